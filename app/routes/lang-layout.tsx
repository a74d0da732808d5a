import { Outlet } from "react-router";
import { notFound } from "~/http/errors";
import { isLanguage } from "~/i18n/languages";
import type { Route } from "./+types/lang-layout";

// Every page lives under its language: /en/…, /de/…, /it/…, /es/…
export function loader({ params }: Route.LoaderArgs) {
  if (!isLanguage(params.lang)) notFound();
  return null;
}

export default function LanguageLayout() {
  return <Outlet />;
}

import { Outlet } from "react-router";

// Every page lives under its language: /en/…, /de/…, /it/…, /es/…. The root middleware has
// already answered 404 for any other first segment.
export default function LanguageLayout() {
  return <Outlet />;
}

import { redirect } from "react-router";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/root-redirect";

// "/" → the visitor's language: the remembered cookie, else the browser's Accept-Language.
export function loader(args: Route.LoaderArgs) {
  return redirect(`/${getRequestState(args).lang}`);
}

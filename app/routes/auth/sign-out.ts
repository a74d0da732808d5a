import { redirect } from "react-router";
import { signOut } from "~/auth/session.server";
import { getRequestState } from "~/tenancy/access.server";
import type { Route } from "./+types/sign-out";

// Sign-out changes state, so it is a POST (with the CSRF token) from the account menu.
export async function action(args: Route.ActionArgs) {
  const { lang } = getRequestState(args);
  return redirect(`/${lang}`, { headers: await signOut(args.request) });
}

export function loader(args: Route.LoaderArgs) {
  return redirect(`/${getRequestState(args).lang}`);
}

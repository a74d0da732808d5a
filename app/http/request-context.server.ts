// What every loader and action of a request shares: the page language, the acting user (if
// signed in) and the CSRF token. Filled once by the root middleware.
import { createContext } from "react-router";
import type { Language } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";

export type RequestState = {
  lang: Language;
  actor: Actor | null;
  csrfToken: string;
  clientIp: string;
};

export const requestState = createContext<RequestState>();

/** Header the server wrapper sets from the socket (or trusted proxy); any client-sent value is replaced. */
export const CLIENT_IP_HEADER = "x-eccipa-client-ip";

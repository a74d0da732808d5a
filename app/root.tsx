import { useMemo } from "react";
import { TranslationProvider } from "~/i18n/use-translation";
import {
  isRouteErrorResponse,
  type ShouldRevalidateFunctionArgs,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { AppShell } from "./components/shell/app-shell";
import { ErrorPage } from "./components/shell/error-page";
import { rootMiddleware } from "./http/middleware.server";
import { getRequestState } from "./tenancy/access.server";
import { shellDataFor } from "./components/shell/shell-data.server";
import { messagesForPage } from "./i18n/catalogs.server";
import { i18nFor } from "./i18n/i18n";
import { DEFAULT_LANGUAGE, isLanguage, languageFromPath, type Language } from "./i18n/languages";
import "./styles/app.css";

export const middleware: Route.MiddlewareFunction[] = [rootMiddleware];

/** The page's language, and of its catalog only the sections the matched routes need (decision 030). */
export async function loader(args: Route.LoaderArgs) {
  const { lang, actor, csrfToken } = getRequestState(args);
  return { lang, messages: messagesForPage(lang, args.pattern), csrfToken, shell: await shellDataFor(actor, lang) };
}

/** A client-side navigation to another page fetches that page's catalog sections with the root data. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;
}

/** The page language: the root loader's, else (an error before it ran) the error's or the URL's. */
function usePageLanguage(): Language {
  const data = useRouteLoaderData<typeof loader>("root");
  const error = useRouteError();
  const location = useLocation();
  const fromError = isRouteErrorResponse(error) && isLanguage(error.data?.lang) ? error.data.lang : undefined;
  return data?.lang ?? fromError ?? languageFromPath(location.pathname) ?? DEFAULT_LANGUAGE;
}

export function Layout({ children }: { children: React.ReactNode }) {
  const lang = usePageLanguage();
  return (
    <html lang={lang} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App({ loaderData }: Route.ComponentProps) {
  const i18n = useMemo(() => i18nFor(loaderData.lang, loaderData.messages), [loaderData.lang, loaderData.messages]);
  return (
    <TranslationProvider i18n={i18n}>
      <AppShell lang={loaderData.lang} csrfToken={loaderData.csrfToken} shell={loaderData.shell}>
        <Outlet />
      </AppShell>
    </TranslationProvider>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const lang = usePageLanguage();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const reason = isRouteErrorResponse(error) && typeof error.data?.error === "string" ? error.data.error : undefined;
  if (!isRouteErrorResponse(error)) console.error(error);
  return <ErrorPage lang={lang} status={status} reason={reason} root={data} />;
}

// Error pages in the page's language. With the root data at hand the error shows inside the
// normal shell; when even that failed (e.g. a refused POST), a bare page uses the small
// error catalog that ships with the bundle.
import { useMemo } from "react";
import { TranslationProvider, useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { errorPage as de } from "~/i18n/messages/de.json";
import { errorPage as en } from "~/i18n/messages/en.json";
import { errorPage as es } from "~/i18n/messages/es.json";
import { errorPage as it } from "~/i18n/messages/it.json";
import { PageTitle } from "~/components/ui/page-title";
import { i18nFor, type MessageSections } from "~/i18n/i18n";
import type { Language } from "~/i18n/languages";
import { AppShell } from "./app-shell";
import type { ShellData } from "./shell-data.server";

const BARE: Record<Language, typeof en> = { en, de, it, es };

type Kind = keyof typeof en.kinds;

function kindOf(status: number, reason: string | undefined): Kind {
  if (reason === "csrf") return "csrf";
  if (status === 413) return "tooLarge";
  if (status === 404) return "notFound";
  if (status === 403) return "forbidden";
  if (status === 400 || status === 405) return "badRequest";
  return "serverError";
}

type RootData = { lang: Language; messages: MessageSections; csrfToken: string; shell: ShellData };

export function ErrorPage({ lang, status, reason, root }: { lang: Language; status: number; reason?: string; root?: RootData }) {
  const kind = kindOf(status, reason);
  const i18n = useMemo(() => (root ? i18nFor(root.lang, root.messages) : null), [root]);
  if (root && i18n) {
    return (
      <TranslationProvider i18n={i18n}>
        <AppShell lang={root.lang} csrfToken={root.csrfToken} shell={root.shell}>
          <ErrorContent lang={root.lang} kind={kind} status={status} />
        </AppShell>
      </TranslationProvider>
    );
  }
  const text = BARE[lang];
  return (
    <main id="main" className="site-main">
      <PageTitle>{text.kinds[kind].title}</PageTitle>
      <h1>{text.kinds[kind].title}</h1>
      <p>{text.kinds[kind].body}</p>
      <p className="muted">{text.status.replace("{{status}}", String(status))}</p>
      <p>
        <a href={`/${lang}`}>{text.home}</a>
      </p>
    </main>
  );
}

function ErrorContent({ lang, kind, status }: { lang: Language; kind: Kind; status: number }) {
  const { t } = useTranslation();
  return (
    <div className="error-page">
      <PageTitle>{t(`errorPage.kinds.${kind}.title`)}</PageTitle>
      <h1>{t(`errorPage.kinds.${kind}.title`)}</h1>
      <p>{t(`errorPage.kinds.${kind}.body`)}</p>
      <p className="muted">{t("errorPage.status", { status })}</p>
      <p>
        <Link to={`/${lang}`}>{t("errorPage.home")}</Link>
      </p>
    </div>
  );
}

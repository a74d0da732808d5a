// The same accessible frame on every page: skip link, header (territory switcher, language
// switcher, account menu), the navigation by stages of the cycle, main content, footer.
import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { Link, NavLink, useLocation, useParams } from "react-router";
import { TerritoryName } from "~/components/territory/territory-name";
import { PostForm } from "~/components/ui/post-form";
import { LANGUAGE_NAMES, LANGUAGES, pathInLanguage, type Language } from "~/i18n/languages";
import type { ShellData } from "./shell-data.server";
import { STAGES } from "./stages";

export function AppShell({ lang, shell, children }: { lang: Language; csrfToken: string; shell: ShellData; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={`/${lang}`} className="brand">
            Eccipa
          </Link>
          <TerritorySwitcher lang={lang} shell={shell} />
          <ProgrammeLinks lang={lang} shell={shell} />
          <div className="site-header__end">
            <LanguageSwitcher lang={lang} />
            {shell.account ? (
              <AccountMenu lang={lang} account={shell.account} />
            ) : (
              <Link to={`/${lang}/sign-in`} className="button button--quiet">
                {t("shell.signIn")}
              </Link>
            )}
          </div>
        </div>
        <StageNav lang={lang} shell={shell} />
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{t("shell.footer")}</p>
      </footer>
    </>
  );
}

function TerritorySwitcher({ lang, shell }: { lang: Language; shell: ShellData }) {
  const { t } = useTranslation();
  const params = useParams();
  const current = shell.territories.find((x) => x.slug === params.territory);
  if (shell.territories.length === 0) return null;
  if (shell.territories.length === 1) {
    const only = shell.territories[0];
    return (
      <Link to={`/${lang}/t/${only.slug}`} className="territory-current" aria-current={current ? "page" : undefined}>
        <TerritoryName name={only.name} nameLang={only.nameLang} />
      </Link>
    );
  }
  return (
    <details className="menu territory-switcher">
      <summary>
        <span className="visually-hidden">{t("shell.territorySwitcher")}: </span>
        {current ? <TerritoryName name={current.name} nameLang={current.nameLang} /> : t("shell.chooseTerritory")}
      </summary>
      <ul className="menu__list">
        {shell.territories.map((x) => (
          <li key={x.slug}>
            <Link to={`/${lang}/t/${x.slug}`} aria-current={x.slug === current?.slug ? "true" : undefined}>
              <TerritoryName name={x.name} nameLang={x.nameLang} />
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

function ProgrammeLinks({ lang, shell }: { lang: Language; shell: ShellData }) {
  const { t } = useTranslation();
  const links = shell.programmes.flatMap((p) => [
    ...(p.isAdmin ? [{ to: `/${lang}/p/${p.slug}`, label: t("shell.programmeDashboard", { programme: p.name }) }] : []),
    ...(p.isExpert ? [{ to: `/${lang}/p/${p.slug}/assessment`, label: t("shell.assessment", { programme: p.name }) }] : []),
    ...(p.canCompare ? [{ to: `/${lang}/p/${p.slug}/needs-review`, label: t("shell.comparison", { programme: p.name }) }] : []),
  ]);
  if (!links.length) return null;
  return (
    <ul className="programme-links">
      {links.map((l) => (
        <li key={l.to}>
          <Link to={l.to}>{l.label}</Link>
        </li>
      ))}
    </ul>
  );
}

function LanguageSwitcher({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <nav aria-label={t("shell.languageSwitcher")} className="language-switcher">
      <ul>
        {LANGUAGES.map((code) => (
          <li key={code}>
            <a
              href={pathInLanguage(location.pathname, location.search, code)}
              hrefLang={code}
              lang={code}
              aria-current={code === lang ? "true" : undefined}
            >
              {LANGUAGE_NAMES[code]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AccountMenu({ lang, account }: { lang: Language; account: NonNullable<ShellData["account"]> }) {
  const { t } = useTranslation();
  return (
    <details className="menu account-menu">
      <summary>
        <span className="visually-hidden">{t("shell.accountMenu")}: </span>
        {account.name}
      </summary>
      <ul className="menu__list">
        <li>
          <Link to={`/${lang}/account`}>{t("shell.account")}</Link>
        </li>
        <li>
          <PostForm action={`/${lang}/sign-out`} reloadDocument>
            <button type="submit" className="link-button">
              {t("shell.signOut")}
            </button>
          </PostForm>
        </li>
      </ul>
    </details>
  );
}

function StageNav({ lang, shell }: { lang: Language; shell: ShellData }) {
  const { t } = useTranslation();
  const params = useParams();
  const territory = shell.territories.find((x) => x.slug === params.territory) ?? (shell.territories.length === 1 ? shell.territories[0] : undefined);
  return (
    <nav aria-label={t("shell.stagesNav")} className="stage-nav">
      <ol>
        {STAGES.map((stage) => {
          const label = t(`stages.${stage.key}`);
          if (!stage.built) {
            return (
              <li key={stage.key}>
                <span className="stage-nav__pending">
                  {label} <span className="stage-nav__badge">{t("shell.notYetAvailable")}</span>
                </span>
              </li>
            );
          }
          const open = territory?.stages.includes(stage.key);
          return (
            <li key={stage.key}>
              {open ? <NavLink to={`/${lang}/t/${territory!.slug}/${stage.built.path}`}>{label}</NavLink> : <span className="stage-nav__closed">{label}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

// The competence framework as readers see it: by group, each competence with its description and
// level descriptors, in the page's language. A text missing in that language is shown in another
// and marked with its language, so screen readers pronounce it right (WCAG 3.1.2).
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { COMPETENCE_GROUPS, type LocalizedText } from "~/db/enums";
import type { CompetenceItem } from "~/features/competences/competences.server";
import { pickLocalized } from "~/i18n/localized";
import type { Language } from "~/i18n/languages";

/** Programme content in the page language, or in another one marked with `lang`. */
export function Localized({ text, lang, fallback = "" }: { text: LocalizedText; lang: Language; fallback?: string }) {
  const shown = pickLocalized(text, lang);
  if (!shown) return <>{fallback}</>;
  return shown.lang === lang ? <>{shown.text}</> : <span lang={shown.lang}>{shown.text}</span>;
}

export function FrameworkView({ lang, competences, editBase }: { lang: Language; competences: CompetenceItem[]; editBase?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {COMPETENCE_GROUPS.map((group) => {
        const inGroup = competences.filter((c) => c.group === group);
        if (!inGroup.length) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`competences.groups.${group}`)}</h2>
            {inGroup.map((c) => (
              <CompetenceView key={c.id} lang={lang} competence={c} editHref={editBase ? `${editBase}/${c.id}` : undefined} />
            ))}
          </section>
        );
      })}
    </>
  );
}

function CompetenceView({ lang, competence, editHref }: { lang: Language; competence: CompetenceItem; editHref?: string }) {
  const { t } = useTranslation();
  const headingId = `competence-${competence.id}`;
  const name = pickLocalized(competence.name, lang)?.text ?? "";
  return (
    <article className="competence" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Localized text={competence.name} lang={lang} />
      </h3>
      {pickLocalized(competence.description, lang) ? (
        <p>
          <Localized text={competence.description} lang={lang} />
        </p>
      ) : null}
      <dl className="competence-levels">
        {competence.levels.map((l) => (
          <div key={l.level}>
            <dt>{t(`competences.levels.${l.level}`)}</dt>
            <dd>
              <Localized text={l.descriptor} lang={lang} fallback={t("competences.noDescriptor")} />
            </dd>
          </div>
        ))}
      </dl>
      {competence.escoUri || editHref ? (
        <ul className="action-links">
          {competence.escoUri ? (
            <li>
              <a href={competence.escoUri} rel="noopener noreferrer">
                {t("competences.escoLink", { name })}
              </a>
            </li>
          ) : null}
          {editHref ? (
            <li>
              <Link to={editHref}>{t("competences.editLink", { name })}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </article>
  );
}

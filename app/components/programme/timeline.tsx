import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import type { Phase } from "~/features/territories/phases";
import { formatMonthRange } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { pickLocalized } from "~/i18n/localized";

/** A phase's name in the page language: the programme's own name (marked with its language when it fell back), else its kind's. */
export function PhaseName({ lang, phase }: { lang: Language; phase: Pick<Phase, "kind" | "name"> }) {
  const { t } = useTranslation();
  const own = pickLocalized(phase.name, lang);
  if (!own) return <>{t(`phases.${phase.kind}`)}</>;
  return own.lang === lang ? <>{own.text}</> : <span lang={own.lang}>{own.text}</span>;
}

/** The same name as plain text (for a heading or a button's hidden subject). */
export function usePhaseNameText(lang: Language): (phase: Pick<Phase, "kind" | "name">) => string {
  const { t } = useTranslation();
  return (phase) => pickLocalized(phase.name, lang)?.text ?? String(t(`phases.${phase.kind}`));
}

/**
 * The programme's phases in their order, as an ordered list with their months. Without phases,
 * the empty state: for whoever may set the timeline (`editHref`), what to do and the link to do it.
 */
export function Timeline({ lang, phases, today, editHref }: { lang: Language; phases: Phase[]; today: string; editHref?: string }) {
  const { t } = useTranslation();
  if (!phases.length) {
    return editHref ? (
      <p>
        {t("timeline.emptyForAdmin")} <Link to={editHref}>{t("timeline.setUp")}</Link>
      </p>
    ) : (
      <p>{t("programme.noTimeline")}</p>
    );
  }
  return (
    <>
      <ol className="timeline">
        {phases.map((p) => {
          const state = p.endsOn < today ? "past" : p.startsOn > today ? "future" : "current";
          return (
            <li key={`${p.kind}-${p.startsOn}-${p.endsOn}`} className={`timeline__item timeline__item--${state}`}>
              <span className="timeline__name">
                <PhaseName lang={lang} phase={p} />
              </span>{" "}
              <span className="timeline__dates">
                {formatMonthRange(lang, p.startsOn, p.endsOn)}
              </span>
              {state === "current" ? <span className="badge">{t("programme.currentPhase")}</span> : null}
            </li>
          );
        })}
      </ol>
      {editHref ? (
        <p>
          <Link to={editHref}>{t("timeline.edit")}</Link>
        </p>
      ) : null}
    </>
  );
}

import { useTranslation } from "react-i18next";
import type { Phase } from "~/features/territories/phases";
import { formatMonthRange } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

/** The programme's phases in order, as an ordered list with their months. */
export function Timeline({ lang, phases, today }: { lang: Language; phases: Phase[]; today: string }) {
  const { t } = useTranslation();
  if (!phases.length) return <p>{t("programme.noTimeline")}</p>;
  return (
    <ol className="timeline">
      {phases.map((p) => {
        const state = p.endsOn < today ? "past" : p.startsOn > today ? "future" : "current";
        return (
          <li key={`${p.kind}-${p.startsOn}`} className={`timeline__item timeline__item--${state}`}>
            <span className="timeline__name">{t(`phases.${p.kind}`)}</span>{" "}
            <span className="timeline__dates">
              {formatMonthRange(lang, p.startsOn, p.endsOn)}
            </span>
            {state === "current" ? <span className="badge">{t("programme.currentPhase")}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

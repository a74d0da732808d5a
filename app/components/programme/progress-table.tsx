// Each territory's progress through the stages of the cycle, as a table (a row per territory, a
// column per stage; the stages the platform does not have yet share one column); the state is said
// in words, "late" too, never by colour alone. Below, what "done" means for each stage.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { AVAILABLE_STAGES, CYCLE_STAGES, type StageProgress } from "~/features/territories/progress";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Row = { slug: string; name: string; progress: StageProgress[] };

export function TerritoryProgressTable({ lang, territories }: { lang: Language; territories: Row[] }) {
  const { t } = useTranslation();
  const unavailable = CYCLE_STAGES.filter((stage) => !(AVAILABLE_STAGES as readonly string[]).includes(stage));
  return (
    <>
      <div className="table-wrap">
        <table className="progress-table">
          <caption>{t("progress.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("territory.name")}</th>
              {AVAILABLE_STAGES.map((stage) => (
                <th scope="col" key={stage}>
                  {t(`progress.stages.${stage}`)}
                </th>
              ))}
              <th scope="col">{unavailable.map((stage) => t(`progress.stages.${stage}`)).join(", ")}</th>
            </tr>
          </thead>
          <tbody>
            {territories.map((x) => (
              <tr key={x.slug}>
                <th scope="row">
                  <Link to={`/${lang}/t/${x.slug}`}>{x.name}</Link>
                </th>
                {x.progress.filter((p) => p.state !== "not_available").map((p) => (
                  <td key={p.stage} className={`progress progress--${p.state}${p.late ? " progress--late" : ""}`}>
                    {t(`progress.states.${p.state}`)}
                    {p.late && p.dueOn ? (
                      <>
                        <br />
                        <strong>{t("progress.late", { date: formatDate(lang, p.dueOn) })}</strong>
                      </>
                    ) : null}
                  </td>
                ))}
                <td className="progress progress--not_available">{t("progress.states.not_available")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="progress-rules">
        <summary>{t("progress.rulesSummary")}</summary>
        <ul>
          {AVAILABLE_STAGES.map((stage) => (
            <li key={stage}>
              <strong>{t(`progress.stages.${stage}`)}</strong>: {t(`progress.rules.${stage}`)}
            </li>
          ))}
          <li>{t("progress.rules.late")}</li>
        </ul>
      </details>
    </>
  );
}

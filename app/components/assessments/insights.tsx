// Tables of the cohort insights page. A hidden group (fewer than five) gets a row that says so,
// with no figures: the table alternative must not show what the chart leaves out.
import { useTranslation } from "~/i18n/use-translation";
import type { RatingGroup } from "~/features/assessments/insights.server";
import { MIN_GROUP_SIZE } from "~/features/assessments/stats";
import { formatDecimal, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { BarChart } from "./bar-chart";
import { type Localized, LocalizedSpan } from "./assessment-form";

type CompetenceRow = { id: string; name: Localized; means: { n: number; pre: number; post: number; gain: number } | null };

function signed(lang: Language, n: number): string {
  const text = formatDecimal(lang, n, 2);
  return n > 0 ? `+${text}` : text;
}

export function AssessmentInsightsTable({ lang, competences }: { lang: Language; competences: CompetenceRow[] }) {
  const { t } = useTranslation();
  if (competences.length === 0) return <p>{t("assessments.noCompetences")}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t("assessments.insightsTableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("assessments.competence")}</th>
            <th scope="col">{t("assessments.answeredBoth")}</th>
            <th scope="col">{t("assessments.meanPre")}</th>
            <th scope="col">{t("assessments.meanPost")}</th>
            <th scope="col">{t("assessments.meanGain")}</th>
          </tr>
        </thead>
        <tbody>
          {competences.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <LocalizedSpan value={c.name} lang={lang} fallback={t("assessments.unnamedCompetence")} />
              </th>
              {c.means ? (
                <>
                  <td>{formatNumber(lang, c.means.n)}</td>
                  <td>{formatDecimal(lang, c.means.pre, 2)}</td>
                  <td>{formatDecimal(lang, c.means.post, 2)}</td>
                  <td>{signed(lang, c.means.gain)}</td>
                </>
              ) : (
                <td colSpan={4} className="muted">
                  {t("assessments.hiddenGroup", { min: MIN_GROUP_SIZE })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FeedbackGroups({ lang, heading, kind, groups }: { lang: Language; heading: string; kind: "module" | "trainer"; groups: RatingGroup[] }) {
  const { t } = useTranslation();
  const shown = groups.filter((g) => g.rating.shown);
  return (
    <section>
      <h3>{heading}</h3>
      {groups.length === 0 ? (
        <p>{t("assessments.noFeedback")}</p>
      ) : (
        <>
          {shown.length > 0 ? (
            <BarChart
              title={t(kind === "module" ? "assessments.moduleChartTitle" : "assessments.trainerChartTitle")}
              description={t("assessments.ratingChartDescription", { min: MIN_GROUP_SIZE })}
              input={{
                categories: shown.map((g) => ({ key: g.key, label: g.label })),
                values: Object.fromEntries(shown.map((g) => [g.key, { rating: g.rating.shown ? g.rating.value.mean : null }])),
                domain: [0, 5],
                ticks: [0, 1, 2, 3, 4, 5],
              }}
              series={[{ key: "rating", label: t("assessments.meanRating") }]}
              formatTick={(v) => formatNumber(lang, v)}
            />
          ) : null}
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{heading}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(kind === "module" ? "assessments.module" : "assessments.trainer")}</th>
                  <th scope="col">{t("assessments.ratingsCount")}</th>
                  <th scope="col">{t("assessments.ratedBy")}</th>
                  <th scope="col">{t("assessments.meanRating")}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.key}>
                    <th scope="row">{g.label}</th>
                    {g.rating.shown ? (
                      <>
                        <td>{formatNumber(lang, g.rating.value.ratings)}</td>
                        <td>{formatNumber(lang, g.rating.n)}</td>
                        <td>{formatDecimal(lang, g.rating.value.mean, 2)}</td>
                      </>
                    ) : (
                      <td colSpan={3} className="muted">
                        {t("assessments.hiddenRatings", { min: MIN_GROUP_SIZE })}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown
            .filter((g) => g.rating.shown && g.rating.value.comments.length > 0)
            .map((g) =>
              g.rating.shown ? (
                <details key={g.key}>
                  <summary>{t("assessments.commentsOn", { name: g.label, total: g.rating.value.commentCount })}</summary>
                  <ul className="comment-list">
                    {g.rating.value.comments.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                  {g.rating.value.commentCount > g.rating.value.comments.length ? (
                    <p className="muted">{t("assessments.moreComments", { shown: g.rating.value.comments.length, total: g.rating.value.commentCount })}</p>
                  ) : null}
                </details>
              ) : null,
            )}
        </>
      )}
    </section>
  );
}

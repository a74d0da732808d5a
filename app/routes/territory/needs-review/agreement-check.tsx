// One agreement check: per theme, percent agreement, Cohen's κ and Krippendorff's α over the
// transcript's paragraphs, and the paragraphs on which the two coders disagree, side by side.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { Swatch } from "~/components/needs-review/codebook";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { PostForm } from "~/components/ui/post-form";
import { getDb } from "~/db/client.server";
import { agreementResults, closeAgreementCheck, findAgreementCheck, mayReadResults } from "~/features/needs-review/coding/agreement-checks.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { notFound } from "~/http/errors";
import { formatDate, formatDecimal, formatPercent } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/agreement-check";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const checkId = parseUuid(args.params.checkId);
  const db = getDb();
  const check = checkId ? await findAgreementCheck(db, { territoryId: territory.id, checkId }) : null;
  if (!check) notFound();
  const visible = mayReadResults(actor, check);
  const results = visible ? await agreementResults(db, { actor, territory, check }) : null;
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    check: { id: check.id, interviewId: check.interviewId, conductedOn: check.conductedOn, coderAName: check.coderAName, coderBName: check.coderBName, status: check.status },
    visible,
    results,
    canClose: check.status === "open" && canInTerritory(actor, "needs-review:edit", territory),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const checkId = parseUuid(args.params.checkId);
  if (!checkId) notFound();
  const closed = await closeAgreementCheck(getDb(), { actor, territory, checkId });
  return { ok: true as const, closed };
}

function Statistic({ lang, value, percent }: { lang: Language; value: number | null; percent?: boolean }) {
  const { t } = useTranslation();
  if (value === null) return <span title={t("agreement.undefinedHint")}>{t("agreement.undefined")}</span>;
  return <>{percent ? formatPercent(lang, value * 100) : formatDecimal(lang, value, 2)}</>;
}

export default function NeedsReviewAgreementCheck({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, check, visible, results, canClose } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("agreement.checkTitle", { date: formatDate(lang, check.conductedOn, "long") });
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/agreement`}>{t("agreement.backToChecks")}</Link>
      </p>
      <h1>{title}</h1>
      {actionData?.ok && actionData.closed ? <Notice>{t("agreement.closed")}</Notice> : null}
      <dl className="figures">
        <div>
          <dt>{t("agreement.coderA")}</dt>
          <dd>{check.coderAName}</dd>
        </div>
        <div>
          <dt>{t("agreement.coderB")}</dt>
          <dd>{check.coderBName}</dd>
        </div>
        <div>
          <dt>{t("agreement.status")}</dt>
          <dd>{t(`agreement.statuses.${check.status}`)}</dd>
        </div>
      </dl>
      <p>
        <Link to={`${base}/interviews/${check.interviewId}/coding`}>{t("agreement.toCoding")}</Link>
      </p>
      {canClose ? (
        <PostForm>
          <p>{t("agreement.closeHint")}</p>
          <button type="submit" className="button button--secondary">
            {t("agreement.close")}
          </button>
        </PostForm>
      ) : null}
      {!visible ? <p className="alert alert--info">{t("agreement.hiddenWhileOpen")}</p> : null}
      {visible && !results ? <p>{t("agreement.noTranscript")}</p> : null}
      {results ? (
        <>
          <h2 id="results-heading">{t("agreement.resultsHeading")}</h2>
          <p>{t("agreement.resultsHint")}</p>
          {results.length === 0 ? (
            <p>{t("agreement.noCodings")}</p>
          ) : (
            <div className="table-wrap">
              <table aria-labelledby="results-heading">
                <thead>
                  <tr>
                    <th scope="col">{t("coding.theme")}</th>
                    <th scope="col">{t("agreement.both")}</th>
                    <th scope="col">{t("agreement.onlyA")}</th>
                    <th scope="col">{t("agreement.onlyB")}</th>
                    <th scope="col">{t("agreement.percent")}</th>
                    <th scope="col">{t("agreement.kappa")}</th>
                    <th scope="col">{t("agreement.alpha")}</th>
                  </tr>
                </thead>
                <tbody>
                  {results.map((r) => (
                    <tr key={r.themeId}>
                      <th scope="row">
                        <Swatch colour={r.colour} /> {r.themeName}
                      </th>
                      <td>{r.both}</td>
                      <td>{r.onlyA}</td>
                      <td>{r.onlyB}</td>
                      <td>
                        <Statistic lang={lang} value={r.percentAgreement} percent />
                      </td>
                      <td>
                        <Statistic lang={lang} value={r.cohensKappa} />
                      </td>
                      <td>
                        <Statistic lang={lang} value={r.krippendorffAlpha} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t("agreement.disagreementsHeading")}</h2>
          {results.every((r) => r.disagreements.length === 0) ? <p>{t("agreement.noDisagreements")}</p> : null}
          {results
            .filter((r) => r.disagreements.length)
            .map((r) => (
              <section key={r.themeId} aria-labelledby={`dis-${r.themeId}`}>
                <h3 id={`dis-${r.themeId}`}>
                  <Swatch colour={r.colour} /> {r.themeName}
                </h3>
                <div className="table-wrap">
                  <table className="side-by-side">
                    <thead>
                      <tr>
                        <th scope="col">{t("agreement.paragraph")}</th>
                        <th scope="col">{check.coderAName}</th>
                        <th scope="col">{check.coderBName}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.disagreements.map((d) => (
                        <tr key={d.paragraph}>
                          <th scope="row">{d.paragraph + 1}</th>
                          <td>{d.appliedBy === "A" ? <q>{d.text}</q> : <span className="muted">{t("agreement.notApplied")}</span>}</td>
                          <td>{d.appliedBy === "B" ? <q>{d.text}</q> : <span className="muted">{t("agreement.notApplied")}</span>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            ))}
        </>
      ) : null}
    </>
  );
}

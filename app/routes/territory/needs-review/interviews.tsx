import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { Pagination } from "~/components/ui/pagination";
import { getDb } from "~/db/client.server";
import { listInterviews } from "~/features/needs-review/interviews/interviews.server";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { pageFromUrl } from "~/http/paging";
import { formatDate, formatLanguageName } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/interviews";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const url = new URL(args.request.url);
  const interviews = await listInterviews(getDb(), { territoryId: territory.id, page: pageFromUrl(url) });
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    interviews,
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
    notice: changeNoticeFromUrl(url),
  };
}

export default function NeedsReviewInterviews({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, interviews, canEdit, notice } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review/interviews`;
  const title = t("needsReview.interviewsTitle", { territory: territory.name });
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {notice.deleted === "deleted" ? (
        <Notice>
          {t("needsReview.interviewDeleted")} {notice.transcripts > 0 ? t("needsReview.interviewTranscriptDeleted") : null}
        </Notice>
      ) : null}
      {notice.deleted === "gone" ? <Notice>{t("needsReview.alreadyDeleted")}</Notice> : null}
      {canEdit ? (
        <p>
          <Link to={`${base}/new`} className="button">
            {t("needsReview.recordInterview")}
          </Link>
        </p>
      ) : null}
      {interviews.rows.length === 0 ? (
        <p>{t("needsReview.noInterviews")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("needsReview.interviewDate")}</th>
                  <th scope="col">{t("needsReview.interviewer")}</th>
                  <th scope="col">{t("needsReview.interviewLanguage")}</th>
                  <th scope="col">{t("needsReview.interviewParticipants")}</th>
                  <th scope="col">{t("needsReview.transcript")}</th>
                </tr>
              </thead>
              <tbody>
                {interviews.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <Link to={`${base}/${row.id}`}>{t("needsReview.interviewOn", { date: formatDate(lang, row.conductedOn, "medium") })}</Link>
                    </th>
                    <td>{row.interviewerName ?? t("needsReview.notStated")}</td>
                    <td>{formatLanguageName(lang, row.language)}</td>
                    <td>{row.pseudonyms.join(", ")}</td>
                    <td>{row.hasTranscript ? t("needsReview.transcriptYes") : t("needsReview.transcriptNo")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={interviews.page} pageSize={interviews.pageSize} total={interviews.total} />
        </>
      )}
    </>
  );
}

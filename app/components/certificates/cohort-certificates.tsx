// The coordinator's table of a cohort's trainees: attendance, eligibility with its reasons,
// the certificate in force or a button to issue it; and one button for every eligible trainee.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { Notice } from "~/components/ui/fields";
import { Pagination } from "~/components/ui/pagination";
import { PostForm } from "~/components/ui/post-form";
import type { IneligibleReason } from "~/features/certificates/completion-rule";
import { formatDate, formatPercent } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { RowAction } from "~/components/ui/row-action";

type Trainee = {
  enrolmentId: string;
  name: string;
  department: string;
  eligible: boolean;
  ratePercent: number;
  reasons: IneligibleReason[];
  certificate: { id: string; issuedAt: string } | null;
};

export function IssueNotice({ issued, alreadyCertified }: { issued: number; alreadyCertified: number }) {
  const { t } = useTranslation();
  return <Notice>{issued > 0 ? t("certificates.cohort.issued", { count: issued }) : t("certificates.cohort.nothingIssued", { count: alreadyCertified })}</Notice>;
}

function ReasonText({ lang, reason }: { lang: Language; reason: IneligibleReason }) {
  const { t } = useTranslation();
  switch (reason.kind) {
    case "noSessionsHeld":
      return <>{t("certificates.reasons.noSessionsHeld", { threshold: formatPercent(lang, reason.thresholdPercent) })}</>;
    case "attendanceBelowThreshold":
      return <>{t("certificates.reasons.attendanceBelowThreshold", { rate: formatPercent(lang, reason.ratePercent), threshold: formatPercent(lang, reason.thresholdPercent) })}</>;
    case "postAssessmentMissing":
      return <>{t("certificates.reasons.postAssessmentMissing")}</>;
  }
}

/** One page of the trainees; `issuable` counts the eligible trainees without a certificate on every page. */
export function CohortCertificates(props: { lang: Language; base: string; trainees: Trainee[]; paging: { page: number; pageSize: number; total: number }; issuable: number }) {
  const { lang, base, trainees, paging, issuable } = props;
  const { t } = useTranslation();
  if (paging.total === 0) return <p>{t("certificates.cohort.noTrainees")}</p>;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>{t("certificates.cohort.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("certificates.cohort.trainee")}</th>
              <th scope="col">{t("certificates.cohort.department")}</th>
              <th scope="col">{t("certificates.cohort.attendance")}</th>
              <th scope="col">{t("certificates.cohort.eligibility")}</th>
              <th scope="col">{t("certificates.cohort.certificate")}</th>
            </tr>
          </thead>
          <tbody>
            {trainees.map((tr) => (
              <tr key={tr.enrolmentId}>
                <th scope="row">{tr.name}</th>
                <td>{tr.department}</td>
                <td>{formatPercent(lang, tr.ratePercent)}</td>
                <td>
                  {tr.eligible ? (
                    t("certificates.cohort.eligible")
                  ) : (
                    <ul className="plain-list">
                      {tr.reasons.map((r) => (
                        <li key={r.kind}>
                          <ReasonText lang={lang} reason={r} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  {tr.certificate ? (
                    <Link to={`${base}/certificates/${tr.certificate.id}`}>{t("certificates.cohort.issuedOn", { date: formatDate(lang, tr.certificate.issuedAt, "medium") })}</Link>
                  ) : tr.eligible ? (
                    <RowAction intent="issue" fields={{ enrolmentId: tr.enrolmentId }} label={t("certificates.cohort.issue")} subject={tr.name} look="button" />
                  ) : (
                    t("certificates.cohort.none")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={paging.page} pageSize={paging.pageSize} total={paging.total} />
      {issuable > 0 ? (
        <PostForm>
          <input type="hidden" name="intent" value="issue-all" />
          <button type="submit" className="button">
            {t("certificates.cohort.issueAll", { count: issuable })}
          </button>
        </PostForm>
      ) : null}
    </>
  );
}

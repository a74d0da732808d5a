// A cohort's trainees with their completion and certificate; the coordinator issues one
// certificate, or one to every eligible trainee. Refusals (not eligible) answer 400, translated.
import { useTranslation } from "~/i18n/use-translation";
import { data, Link } from "react-router";
import { CohortCertificates, IssueNotice } from "~/components/certificates/cohort-certificates";
import { FormAlert } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { issueSchema, parseId } from "~/features/certificates/certificates.schema";
import { findCohort, issueCertificates, listCohortCertificates } from "~/features/certificates/certificates.server";
import { notFound } from "~/http/errors";
import { formError, invalid, parseForm, valuesOf } from "~/http/form.server";
import { formatPercent } from "~/i18n/format";
import { pageFromUrl } from "~/http/paging";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/cohort-certificates";

/** Trainees per page of the table. */
const CERTIFICATES_PAGE_SIZE = 50;

export async function loader(args: Route.LoaderArgs) {
  const { territory } = await requireTerritory(args, args.params.territory, "certificates:issue");
  const cohortId = parseId(args.params.cohortId);
  const listed = cohortId ? await listCohortCertificates(getDb(), { territoryId: territory.id, cohortId }) : null;
  if (!listed) notFound();
  const { cohort, trainees } = listed;
  // Every trainee's completion is computed (the button issues to all who qualify); one page is shown.
  const page = pageFromUrl(new URL(args.request.url));
  const shown = trainees.slice((page - 1) * CERTIFICATES_PAGE_SIZE, page * CERTIFICATES_PAGE_SIZE);
  return {
    paging: { page, pageSize: CERTIFICATES_PAGE_SIZE, total: trainees.length },
    issuable: trainees.filter((t) => t.completion.eligible && !t.certificate).length,
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    cohort: { id: cohort.id, name: cohort.name, threshold: cohort.attendanceThresholdPercent, requirePost: cohort.requirePostAssessment },
    trainees: shown.map((t) => ({
      enrolmentId: t.enrolmentId,
      name: t.name,
      department: t.department,
      eligible: t.completion.eligible,
      ratePercent: t.completion.ratePercent,
      reasons: t.completion.reasons,
      certificate: t.certificate ? { id: t.certificate.id, issuedAt: t.certificate.issuedAt.toISOString() } : null,
    })),
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "certificates:issue");
  const cohortId = parseId(args.params.cohortId);
  const db = getDb();
  if (!cohortId || !(await findCohort(db, { territoryId: territory.id, cohortId }))) notFound();
  const formData = await args.request.formData();
  const language = getRequestState(args).lang;
  const scope = { actor, territory, cohortId, language };
  let enrolmentIds: string[] | "all-eligible";
  switch (formData.get("intent")) {
    case "issue": {
      const parsed = parseForm(issueSchema, formData);
      if (!parsed.ok) return invalid(parsed);
      enrolmentIds = [parsed.value.enrolmentId.toLowerCase()];
      break;
    }
    case "issue-all":
      enrolmentIds = "all-eligible";
      break;
    default:
      return formError(formData, "errors.invalid");
  }
  const result = await issueCertificates(db, { ...scope, enrolmentIds });
  if (!result) return formError(formData, "certificates.errors.traineeUnknown");
  if (result.refused.length) {
    return data({ ok: false as const, errors: { _form: ["certificates.errors.notEligible"] }, values: valuesOf(formData) }, { status: 400 });
  }
  return { ok: true as const, issued: result.issued.length, alreadyCertified: result.alreadyCertified };
}

export default function CohortCertificatesPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, cohort, trainees, paging, issuable } = loaderData;
  const title = t("certificates.cohort.title", { cohort: cohort.name });
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <h1>{title}</h1>
      <p className="lead">
        {cohort.threshold > 0 ? t("certificates.cohort.ruleAttendance", { threshold: formatPercent(lang, cohort.threshold) }) : t("certificates.cohort.ruleNoAttendance")}{" "}
        {cohort.requirePost ? t("certificates.cohort.rulePost") : null}
      </p>
      <p className="muted">{t("certificates.cohort.excusedNote")}</p>
      {actionData?.ok ? <IssueNotice issued={actionData.issued} alreadyCertified={actionData.alreadyCertified} /> : null}
      <FormAlert state={actionData && !actionData.ok ? actionData : undefined} />
      <CohortCertificates lang={lang} base={`/${lang}/t/${territory.slug}`} trainees={trainees} paging={paging} issuable={issuable} />
      <p>
        <Link to={`/${lang}/t/${territory.slug}`}>{t("certificates.backToTerritory", { territory: territory.name })}</Link>
      </p>
    </>
  );
}

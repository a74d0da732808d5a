import { useTranslation } from "~/i18n/use-translation";
import { data, Link, redirect } from "react-router";
import { PseudonymisationForm, ReplacementLog } from "~/components/needs-review/pseudonymisation";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import { parseVersion, readRows } from "~/features/needs-review/interviews/pseudonymisation.schema";
import { confirmPseudonymisation, type DescribedRow, readPseudonymisation } from "~/features/needs-review/interviews/pseudonymisation.server";
import { notFound } from "~/http/errors";
import { type FieldErrors, valuesOf } from "~/http/form.server";
import { formatDate, formatDateTime, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import type { Route } from "./+types/interview-pseudonymise";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const interviewId = parseUuid(args.params.interviewId);
  // Reading the transcript, using real names and reading the log are audited inside.
  const found = interviewId ? await readPseudonymisation(getDb(), { actor, territory, interviewId }) : null;
  if (!found) notFound();
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    ...found,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const interviewId = parseUuid(args.params.interviewId);
  if (!interviewId) notFound();
  const formData = await args.request.formData();
  const version = parseVersion(formData.get("version"));
  if (version === null) return refused(formData, { _form: ["errors.invalid"] }, null);
  const result = await confirmPseudonymisation(getDb(), { actor, territory, interviewId, version, rows: readRows(formData) });
  if (!result.done) {
    if (result.reason === "not-found") notFound();
    if (result.reason === "no-transcript") return refused(formData, { _form: ["errors.noTranscript"] }, null);
    // A stale form is a conflict (409), not a mistake in it; either way nothing typed is lost.
    return refused(formData, result.errors, result.rows, result.reason === "stale" ? 409 : 400);
  }
  const lang = getRequestState(args).lang;
  return redirect(`/${lang}/t/${territory.slug}/needs-review/interviews/${interviewId}?pseudonymised=${result.replacements}`);
}

/** A refused submit: the errors, what was typed, and the rows as submitted (null: show the proposals). */
function refused(formData: FormData, errors: FieldErrors, rows: DescribedRow[] | null, status = 400) {
  return data({ ok: false as const, errors, values: valuesOf(formData), rows }, { status });
}

export default function NeedsReviewPseudonymise({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, interview, transcript, rows, realNamesUsed, log } = loaderData;
  const interviewPath = `/${lang}/t/${territory.slug}/needs-review/interviews/${interview.id}`;
  const title = t("pseudonymisation.title", { date: formatDate(lang, interview.conductedOn, "long") });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  // After a refused submit, the rows as submitted (with their current occurrences).
  const shown = failed?.rows ?? rows;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={interviewPath}>{t("pseudonymisation.backToInterview")}</Link>
      </p>
      <h1>{title}</h1>
      {transcript ? (
        <>
          <p className="lead">{t("pseudonymisation.intro")}</p>
          <p className="muted">
            {t("pseudonymisation.versionLine", { version: formatNumber(lang, transcript.version) })}{" "}
            {transcript.pseudonymisedAt ? t("needsReview.pseudonymisedOn", { date: formatDateTime(lang, transcript.pseudonymisedAt) }) : t("needsReview.notPseudonymised")}
          </p>
          {realNamesUsed ? null : <p className="demo-note">{t("pseudonymisation.namesNotUsed")}</p>}
          <PseudonymisationForm lang={lang} rows={shown} version={transcript.version} state={failed} />
        </>
      ) : (
        <p>{t("pseudonymisation.noTranscript")}</p>
      )}
      {log ? <ReplacementLog lang={lang} rows={log} /> : null}
    </>
  );
}

import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { TranscriptForm, TranscriptUploadForm, TranscriptView } from "~/components/needs-review/interviews";
import { Notice } from "~/components/ui/fields";
import { PageTitle } from "~/components/ui/page-title";
import { getDb } from "~/db/client.server";
import { findInterview } from "~/features/needs-review/interviews/interviews.server";
import { changedSincePseudonymised } from "~/features/needs-review/interviews/pseudonymisation.server";
import { parseUuid, transcriptSchema } from "~/features/needs-review/needs-review.schema";
import { readTranscriptFile } from "~/features/needs-review/interviews/transcript-files";
import { TRANSCRIPT_FILE_MAX_BYTES } from "~/features/needs-review/interviews/transcript-text";
import { readTranscript, saveTranscript } from "~/features/needs-review/interviews/transcripts.server";
import { changeNoticeFromUrl } from "~/http/change-notice";
import { notFound } from "~/http/errors";
import { formError } from "~/http/form.server";
import { formatDate, formatDateTime, formatLanguageName, formatNumber } from "~/i18n/format";
import { getRequestState, requireTerritory } from "~/tenancy/access.server";
import { canInTerritory } from "~/tenancy/policy";
import type { Route } from "./+types/interview";

export async function loader(args: Route.LoaderArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:view");
  const interviewId = parseUuid(args.params.interviewId);
  const db = getDb();
  const found = interviewId ? await findInterview(db, { territoryId: territory.id, interviewId }) : null;
  if (!found) notFound();
  // Every read of a transcript is in the audit log (readTranscript writes it).
  const transcript = await readTranscript(db, { actor, territory, interviewId: found.id });
  // Set by the pseudonymisation page after it applied the replacements (how many originals).
  const pseudonymised = new URL(args.request.url).searchParams.get("pseudonymised");
  return {
    lang: getRequestState(args).lang,
    territory: { slug: territory.slug, name: territory.name },
    interview: found,
    transcript: transcript && { ...transcript, changedSincePseudonymised: changedSincePseudonymised(transcript) },
    canEdit: canInTerritory(actor, "needs-review:edit", territory),
    saved: changeNoticeFromUrl(new URL(args.request.url)).saved,
    pseudonymised: pseudonymised && /^\d{1,4}$/.test(pseudonymised) ? Number(pseudonymised) : null,
  };
}

export async function action(args: Route.ActionArgs) {
  const { actor, territory } = await requireTerritory(args, args.params.territory, "needs-review:edit");
  const interviewId = parseUuid(args.params.interviewId);
  if (!interviewId) notFound();
  const formData = await args.request.formData();
  const upload = formData.get("intent") === "upload";
  let text: unknown = formData.get("text");
  if (upload) {
    // A .docx, .odt or UTF-8 .txt file of at most 2 MB, judged by its content, not its name.
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return formError(formData, "errors.fileRequired", "file");
    if (file.size > TRANSCRIPT_FILE_MAX_BYTES) return formError(formData, "errors.fileTooLarge", "file");
    const read = readTranscriptFile(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return formError(formData, read.error, "file");
    text = read.text;
  }
  const field = upload ? "file" : "text";
  const parsed = transcriptSchema.safeParse({ text });
  if (!parsed.success) return formError(formData, parsed.error.issues[0]?.message ?? "errors.invalid", field);
  const result = await saveTranscript(getDb(), { actor, territory, interviewId, input: parsed.data });
  if (!result.saved && result.reason === "not-found") notFound();
  // The consent gate: no transcript unless every participant has a consent in force.
  if (!result.saved) return formError(formData, "errors.transcriptNeedsConsent", field);
  return { ok: true as const, version: result.version };
}

export default function NeedsReviewInterview({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { lang, territory, interview, transcript, canEdit, saved, pseudonymised } = loaderData;
  const base = `/${lang}/t/${territory.slug}/needs-review`;
  const title = t("needsReview.interviewOn", { date: formatDate(lang, interview.conductedOn, "long") });
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <>
      <PageTitle>{`${title} – ${territory.name}`}</PageTitle>
      <p>
        <Link to={`${base}/interviews`}>{t("needsReview.backToInterviews", { territory: territory.name })}</Link>
      </p>
      <h1>{title}</h1>
      {saved && !actionData ? <Notice>{t("needsReview.interviewSaved")}</Notice> : null}
      {actionData?.ok ? <Notice>{t("needsReview.transcriptSaved")}</Notice> : null}
      {pseudonymised !== null && !actionData ? (
        <Notice>{t("needsReview.pseudonymisedNotice", { count: pseudonymised, formatted: formatNumber(lang, pseudonymised) })}</Notice>
      ) : null}
      {canEdit ? (
        <p>
          <Link to={`${base}/interviews/${interview.id}/edit`}>{t("needsReview.editInterviewLink")}</Link>
        </p>
      ) : null}
      <dl className="figures">
        <div>
          <dt>{t("needsReview.interviewer")}</dt>
          <dd>{interview.interviewerName ?? t("needsReview.notStated")}</dd>
        </div>
        <div>
          <dt>{t("needsReview.interviewLanguage")}</dt>
          <dd>{formatLanguageName(lang, interview.language)}</dd>
        </div>
      </dl>
      <h2>{t("needsReview.interviewParticipants")}</h2>
      <ul className="plain-list">
        {interview.participants.map((p) => (
          <li key={p.id}>
            <Link to={`${base}/participants/${p.id}`}>{p.pseudonym}</Link> – {t(`targetGroups.${p.targetGroup}`)},{" "}
            {p.hasConsent ? t("needsReview.consentInForceLong") : <strong>{t("needsReview.noConsentLong")}</strong>}
          </li>
        ))}
      </ul>
      <h2>{t("needsReview.notes")}</h2>
      <p className="transcript">{interview.notes || t("needsReview.notStated")}</p>
      <h2 id="transcript-heading">{t("needsReview.transcript")}</h2>
      {transcript && canEdit ? (
        <p>
          <Link to={`${base}/interviews/${interview.id}/coding`}>{t("needsReview.codeThisInterview")}</Link>
        </p>
      ) : null}
      <TranscriptView lang={lang} transcript={transcript} language={interview.language} />
      {transcript ? (
        <p>
          {transcript.pseudonymisedAt
            ? t(transcript.changedSincePseudonymised ? "needsReview.pseudonymisedBeforeChange" : "needsReview.pseudonymisedOn", {
                date: formatDateTime(lang, transcript.pseudonymisedAt),
              })
            : t("needsReview.notPseudonymised")}
          {canEdit ? (
            <>
              {" "}
              <Link to={`${base}/interviews/${interview.id}/pseudonymise`}>{t("needsReview.pseudonymise")}</Link>
            </>
          ) : null}
        </p>
      ) : null}
      {canEdit ? (
        <>
          <TranscriptForm state={failed && !failed.errors.file ? failed : undefined} current={transcript?.text ?? null} />
          <TranscriptUploadForm state={failed?.errors.file ? failed : undefined} />
        </>
      ) : null}
    </>
  );
}

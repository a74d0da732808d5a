import { useTranslation } from "~/i18n/use-translation";
import { CheckboxGroup, FileField, FormAlert, SelectField, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { formatDateTime, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type InterviewerOption = { userId: string; name: string };
type ParticipantOption = { id: string; pseudonym: string; hasConsent: boolean };

type StoredInterview = { conductedOn: string; interviewerUserId: string | null; language: string; notes: string; participantIds: string[]; hasTranscript: boolean };

/**
 * Records an interview: date, interviewer (a member of the territory), language, participants,
 * notes; or (given the stored one) edits it with the same fields.
 */
export function InterviewForm({
  state,
  interviewers,
  participants,
  defaultLanguage,
  languageOptions,
  stored,
}: {
  state: FormState;
  interviewers: InterviewerOption[];
  participants: ParticipantOption[];
  defaultLanguage: string;
  /** The languages by name in the page language, the territory's first (interview-languages.ts). */
  languageOptions: { value: string; label: string }[];
  stored?: StoredInterview;
}) {
  const { t } = useTranslation();
  // With a transcript stored, a newcomer needs a consent in force (the consent gate): say so beforehand.
  const participantsHint = stored?.hasTranscript ? t("needsReview.interviewParticipantsHintTranscript") : t("needsReview.interviewParticipantsHint");
  return (
    <section aria-labelledby="interview-form-heading" className="narrow">
      <h2 id="interview-form-heading">{stored ? t("needsReview.editInterview") : t("needsReview.recordInterview")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <TextField name="conductedOn" type="date" label={t("needsReview.interviewDate")} defaultValue={stored?.conductedOn} required state={state} />
        <SelectField
          name="interviewerUserId"
          label={t("needsReview.interviewer")}
          options={[{ value: "", label: t("forms.choose") }, ...interviewers.map((m) => ({ value: m.userId, label: m.name }))]}
          defaultValue={stored?.interviewerUserId}
          required
          state={state}
        />
        <SelectField
          name="language"
          label={t("needsReview.interviewLanguage")}
          hint={t("needsReview.interviewLanguageHint")}
          options={languageOptions}
          defaultValue={stored?.language ?? defaultLanguage}
          required
          state={state}
        />
        <CheckboxGroup
          name="participantIds[]"
          label={t("needsReview.interviewParticipants")}
          hint={participantsHint}
          options={participants.map((p) => ({ value: p.id, label: p.hasConsent ? p.pseudonym : t("needsReview.pseudonymWithoutConsent", { pseudonym: p.pseudonym }) }))}
          defaultValues={stored?.participantIds}
          required
          state={state}
        />
        <TextAreaField name="notes" label={t("needsReview.notes")} defaultValue={stored?.notes} state={state} />
        <button type="submit" className="button">
          {stored ? t("needsReview.saveChanges") : t("needsReview.saveInterview")}
        </button>
      </PostForm>
    </section>
  );
}

type Transcript = { text: string; version: number; updatedAt: Date | string; updatedByName: string | null };

/** The transcript as a readable block, line breaks and speaker turns as stored, in its own language. */
export function TranscriptView({ lang, transcript, language }: { lang: Language; transcript: Transcript | null; language: string }) {
  const { t } = useTranslation();
  if (!transcript) return <p>{t("needsReview.noTranscript")}</p>;
  return (
    <>
      <p className="muted">
        {t("needsReview.transcriptMeta", {
          version: formatNumber(lang, transcript.version),
          date: formatDateTime(lang, transcript.updatedAt),
          name: transcript.updatedByName ?? t("needsReview.notStated"),
        })}
      </p>
      <pre className="transcript" lang={language}>
        {transcript.text}
      </pre>
    </>
  );
}

/** Pastes or replaces the transcript text. */
export function TranscriptForm({ state, current }: { state: FormState; current: string | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="transcript-form-heading" className="narrow">
      <h2 id="transcript-form-heading">{current !== null ? t("needsReview.replaceTranscript") : t("needsReview.addTranscript")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="transcript" />
        <TextAreaField name="text" label={t("needsReview.transcriptText")} hint={t("needsReview.transcriptTextHint")} rows={14} defaultValue={current} required state={state} />
        <button type="submit" className="button">
          {t("needsReview.saveTranscript")}
        </button>
      </PostForm>
    </section>
  );
}

// The accepted kinds, as a hint to the browser's file picker only: the server judges the bytes.
const TRANSCRIPT_FILE_ACCEPT = [
  ".docx",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".odt",
  "application/vnd.oasis.opendocument.text",
  ".txt",
  "text/plain",
].join(",");

/** Uploads the transcript as a file (.docx, .odt or UTF-8 .txt) instead of pasting it. */
export function TranscriptUploadForm({ state }: { state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="transcript-upload-heading" className="narrow">
      <h2 id="transcript-upload-heading">{t("needsReview.uploadTranscript")}</h2>
      <PostForm encType="multipart/form-data" noValidate>
        <input type="hidden" name="intent" value="upload" />
        <FileField name="file" accept={TRANSCRIPT_FILE_ACCEPT} label={t("needsReview.transcriptFile")} hint={t("needsReview.transcriptFileHint")} required state={state} />
        <button type="submit" className="button">
          {t("needsReview.uploadTranscriptButton")}
        </button>
      </PostForm>
    </section>
  );
}

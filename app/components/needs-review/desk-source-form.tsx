import { useTranslation } from "~/i18n/use-translation";
import { FileField, FormAlert, SelectField, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { DESK_SOURCE_KINDS } from "~/db/enums";
import { DESK_SOURCE_FILE_ACCEPT } from "~/features/needs-review/interviews/desk-source-files";

type StoredSource = { title: string; kind: string; url: string | null; notes: string; themes: string[]; fileName: string | null };

/** Adds a source, or (given the stored one) edits it with the same fields; either may carry one file. */
export function DeskSourceForm({ state, stored, fileHref }: { state: FormState; stored?: StoredSource; fileHref?: string }) {
  const { t } = useTranslation();
  const storedFile = stored?.fileName ?? null;
  return (
    <section aria-labelledby="source-form-heading" className="narrow">
      <h2 id="source-form-heading">{stored ? t("needsReview.editSource") : t("needsReview.addSource")}</h2>
      <FormAlert state={state} />
      <PostForm encType="multipart/form-data" noValidate>
        <TextField name="title" label={t("needsReview.sourceTitle")} defaultValue={stored?.title} required state={state} />
        <SelectField
          name="kind"
          label={t("needsReview.sourceKind")}
          options={[{ value: "", label: t("forms.choose") }, ...DESK_SOURCE_KINDS.map((k) => ({ value: k, label: t(`sourceKinds.${k}`) }))]}
          defaultValue={stored?.kind}
          required
          state={state}
        />
        <TextField name="url" type="url" label={t("needsReview.sourceUrl")} inputMode="url" defaultValue={stored?.url} state={state} />
        {storedFile !== null && fileHref ? (
          <p>
            {t("needsReview.sourceFileStored")} <a href={fileHref} download>{storedFile}</a>
          </p>
        ) : null}
        <FileField
          name="file"
          accept={DESK_SOURCE_FILE_ACCEPT}
          label={storedFile !== null ? t("needsReview.sourceFileReplace") : t("needsReview.sourceFileOptional")}
          hint={t("needsReview.sourceFileHint")}
          state={state}
        />
        {storedFile !== null ? (
          <label className="checkbox">
            <input type="checkbox" name="removeFile" value="yes" defaultChecked={state?.values?.removeFile === "yes"} />
            {t("needsReview.sourceFileRemove")}
          </label>
        ) : null}
        <TextField name="themes" label={t("needsReview.themes")} hint={t("needsReview.commaHint")} defaultValue={stored?.themes.join(", ")} state={state} />
        <TextAreaField name="notes" label={t("needsReview.notes")} defaultValue={stored?.notes} state={state} />
        <button type="submit" className="button">
          {stored ? t("needsReview.saveChanges") : t("needsReview.saveSource")}
        </button>
      </PostForm>
    </section>
  );
}

// The exchange page's parts: what each export holds, and the codebook upload form.
import { useTranslation } from "~/i18n/use-translation";
import { FileField, FormAlert, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";

/** File types the picker offers; the server judges the content, not the name. */
const CODEBOOK_FILE_ACCEPT = ".qdc,application/xml,text/xml";

export function CodebookImportForm({ state }: { state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="codebook-import-heading" className="narrow">
      <h2 id="codebook-import-heading">{t("refiQda.importTitle")}</h2>
      <p>{t("refiQda.importIntro")}</p>
      <PostForm encType="multipart/form-data" noValidate>
        <FormAlert state={state} />
        <input type="hidden" name="intent" value="import-codebook" />
        <FileField name="file" accept={CODEBOOK_FILE_ACCEPT} label={t("refiQda.codebookFile")} hint={t("refiQda.codebookFileHint")} required state={state} />
        <button type="submit" className="button">
          {t("refiQda.importButton")}
        </button>
      </PostForm>
    </section>
  );
}

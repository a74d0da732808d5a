import { useTranslation } from "react-i18next";
import { FormAlert, SelectField, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { DESK_SOURCE_KINDS } from "~/db/schema";

export function DeskSourceForm({ state }: { state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="source-form-heading" className="narrow">
      <h2 id="source-form-heading">{t("needsReview.addSource")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <TextField name="title" label={t("needsReview.sourceTitle")} required state={state} />
        <SelectField
          name="kind"
          label={t("needsReview.sourceKind")}
          options={[{ value: "", label: t("forms.choose") }, ...DESK_SOURCE_KINDS.map((k) => ({ value: k, label: t(`sourceKinds.${k}`) }))]}
          required
          state={state}
        />
        <TextField name="url" type="url" label={t("needsReview.sourceUrl")} inputMode="url" state={state} />
        <TextField name="themes" label={t("needsReview.themes")} hint={t("needsReview.commaHint")} state={state} />
        <TextAreaField name="notes" label={t("needsReview.notes")} state={state} />
        <button type="submit" className="button">
          {t("needsReview.saveSource")}
        </button>
      </PostForm>
    </section>
  );
}

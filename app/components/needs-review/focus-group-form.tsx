import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";

type FocusGroup = { title: string; heldOn: string; place: string; notes: string };

/** Records a focus group, or edits one (then it starts from the stored values). */
export function FocusGroupForm({ state, group }: { state: FormState; group?: FocusGroup }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="focus-group-form-heading" className="narrow">
      <h2 id="focus-group-form-heading">{group ? t("focusGroups.edit") : t("focusGroups.add")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={group ? "update" : "create"} />
        <TextField name="title" label={t("focusGroups.groupTitle")} defaultValue={group?.title} required state={state} />
        <TextField name="heldOn" type="date" label={t("focusGroups.heldOn")} defaultValue={group?.heldOn} required state={state} />
        <TextField name="place" label={t("focusGroups.place")} defaultValue={group?.place} state={state} />
        <TextAreaField name="notes" label={t("focusGroups.notes")} defaultValue={group?.notes} state={state} />
        <button type="submit" className="button">
          {group ? t("focusGroups.saveChanges") : t("focusGroups.save")}
        </button>
      </PostForm>
    </section>
  );
}

import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";

type RoundTable = { theme: string; heldOn: string; place: string; onlineUrl: string | null; votesPerParticipant: number; notes: string };

/** Records a round table, or edits its basics (then it starts from the stored values). */
export function RoundTableForm({ state, roundTable }: { state: FormState; roundTable?: RoundTable }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="round-table-form-heading" className="narrow">
      <h2 id="round-table-form-heading">{roundTable ? t("coDesign.editBasics") : t("coDesign.add")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={roundTable ? "update" : "create"} />
        <TextField name="theme" label={t("coDesign.theme")} hint={t("coDesign.themeHint")} defaultValue={roundTable?.theme} required state={state} />
        <TextField name="heldOn" type="date" label={t("coDesign.heldOn")} defaultValue={roundTable?.heldOn} required state={state} />
        <TextField name="place" label={t("coDesign.place")} hint={t("coDesign.placeHint")} defaultValue={roundTable?.place} state={state} />
        <TextField name="onlineUrl" type="url" label={t("coDesign.onlineUrl")} defaultValue={roundTable?.onlineUrl} state={state} />
        <TextField
          name="votesPerParticipant"
          inputMode="numeric"
          label={t("coDesign.votesPerParticipant")}
          hint={t("coDesign.votesPerParticipantHint")}
          defaultValue={roundTable?.votesPerParticipant ?? 3}
          required
          state={state}
        />
        <TextAreaField name="notes" label={t("coDesign.notes")} defaultValue={roundTable?.notes} state={state} />
        <button type="submit" className="button">
          {roundTable ? t("coDesign.saveChanges") : t("coDesign.save")}
        </button>
      </PostForm>
    </section>
  );
}

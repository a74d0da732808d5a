import { useTranslation } from "~/i18n/use-translation";
import { ChoiceFieldset, FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { COHORT_KINDS } from "~/db/enums";

type Cohort = {
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  attendanceThresholdPercent: number;
  requirePostAssessment: boolean;
  midwayAssessment: boolean;
};

/** Creates a cohort, or edits one (then it starts from the stored values). */
export function CohortForm({ state, cohort }: { state: FormState; cohort?: Cohort }) {
  const { t } = useTranslation();
  // After a failed submit the boxes show what was sent (an unticked box is not sent at all).
  const ticked = (name: "requirePostAssessment" | "midwayAssessment", fallback: boolean) => (state?.values ? state.values[name] === "on" : fallback);
  return (
    <section aria-labelledby="cohort-form-heading" className="narrow">
      <h2 id="cohort-form-heading">{cohort ? t("training.cohortForm.edit") : t("training.cohortForm.add")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={cohort ? "update" : "create"} />
        <TextField name="name" label={t("training.cohortForm.name")} defaultValue={cohort?.name} required state={state} />
        <SelectField
          name="kind"
          label={t("training.cohortForm.kind")}
          options={COHORT_KINDS.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))}
          defaultValue={cohort?.kind ?? "staff"}
          required
          state={state}
        />
        <TextField name="startsOn" type="date" label={t("training.cohortForm.startsOn")} defaultValue={cohort?.startsOn} required state={state} />
        <TextField
          name="endsOn"
          type="date"
          label={t("training.cohortForm.endsOn")}
          hint={t("training.cohortForm.endsOnHint")}
          defaultValue={cohort?.endsOn}
          required
          state={state}
        />
        <ChoiceFieldset name="rule" label={t("training.cohortForm.rule")} hint={t("training.cohortForm.ruleHint")} state={state}>
          <TextField
            name="attendanceThresholdPercent"
            inputMode="numeric"
            label={t("training.cohortForm.threshold")}
            defaultValue={cohort?.attendanceThresholdPercent ?? 75}
            required
            state={state}
          />
          <label className="checkbox">
            <input type="checkbox" name="requirePostAssessment" defaultChecked={ticked("requirePostAssessment", cohort?.requirePostAssessment ?? true)} />
            {t("training.cohortForm.requirePost")}
          </label>
          <label className="checkbox">
            <input type="checkbox" name="midwayAssessment" defaultChecked={ticked("midwayAssessment", cohort?.midwayAssessment ?? false)} />
            {t("training.cohortForm.midway")}
          </label>
        </ChoiceFieldset>
        <button type="submit" className="button">
          {cohort ? t("training.cohortForm.saveChanges") : t("training.cohortForm.save")}
        </button>
      </PostForm>
    </section>
  );
}

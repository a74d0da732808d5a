// The module form (create and edit). Works without JavaScript; after a failed submit every field,
// the ticked boxes included, keeps what was sent.
import { formatNumberForInput } from "~/i18n/numbers";
import { useTranslation } from "~/i18n/use-translation";
import { CheckboxGroup, ChoiceFieldset, FormAlert, TextAreaField, TextField, tickedValues, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { TRAINING_METHODS, type FindingKind, type TrainingMethod } from "~/db/enums";
import { formatDate, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

export type ModuleFormValues = {
  title: string;
  summary: string;
  learningOutcomes: string[];
  methods: TrainingMethod[];
  durationMinutes: number;
  trainerNotes: string;
  competenceIds: string[];
  findingIds: string[];
  contributionIds: string[];
};

export type ModuleFormChoices = {
  competences: { id: string; name: string }[];
  findings: { id: string; kind: FindingKind; statement: string; territoryName: string }[];
  contributions: { id: string; proposal: string; theme: string; heldOn: string; territoryName: string; points: number }[];
};

export function ModuleForm({ lang, state, module, choices }: { lang: Language; state: FormState; module?: ModuleFormValues; choices: ModuleFormChoices }) {
  const { t, i18n } = useTranslation();
  const findingsTicked = tickedValues(state, "findingIds[]", module?.findingIds);
  const contributionsTicked = tickedValues(state, "contributionIds[]", module?.contributionIds);
  return (
    <>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="save" />
        <TextField name="title" label={t("toolkit.moduleTitle")} defaultValue={module?.title} required state={state} />
        <TextAreaField name="summary" label={t("toolkit.summary")} defaultValue={module?.summary} rows={3} state={state} />
        <TextAreaField
          name="learningOutcomes"
          label={t("toolkit.learningOutcomes")}
          hint={t("toolkit.learningOutcomesHint")}
          defaultValue={module?.learningOutcomes.join("\n")}
          required
          state={state}
        />
        <CheckboxGroup
          name="methods[]"
          label={t("toolkit.methods")}
          options={TRAINING_METHODS.map((m) => ({ value: m, label: t(`toolkit.method.${m}`) }))}
          defaultValues={module?.methods}
          required
          state={state}
        />
        <TextField
          name="durationMinutes"
          label={t("toolkit.durationMinutes")}
          hint={t("toolkit.durationHint")}
          inputMode="numeric"
          defaultValue={formatNumberForInput(i18n.language as Language, module?.durationMinutes)}
          required
          state={state}
        />
        <TextAreaField name="trainerNotes" label={t("toolkit.trainerNotes")} hint={t("toolkit.trainerNotesHint")} defaultValue={module?.trainerNotes} state={state} />
        {choices.competences.length ? (
          <CheckboxGroup
            name="competenceIds[]"
            label={t("toolkit.competences")}
            options={choices.competences.map((c) => ({ value: c.id, label: c.name }))}
            defaultValues={module?.competenceIds}
            state={state}
          />
        ) : (
          // Still a fieldset: an error about the competences must have a place to show.
          <ChoiceFieldset name="competenceIds[]" label={t("toolkit.competences")} state={state}>
            <p>{t("toolkit.noCompetences")}</p>
          </ChoiceFieldset>
        )}
        <ChoiceFieldset name="findingIds[]" label={t("toolkit.needsAnswered")} hint={t("toolkit.needsAnsweredHint")} state={state}>
          {choices.findings.length ? (
            <ul className="choice-list">
              {choices.findings.map((f) => (
                <li key={f.id}>
                  <label className="checkbox">
                    <input type="checkbox" name="findingIds[]" value={f.id} defaultChecked={findingsTicked.includes(f.id)} />
                    <span>
                      {f.statement} <span className="muted">({f.territoryName}, {t(`findingKinds.${f.kind}`)})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("toolkit.noValidatedNeeds")}</p>
          )}
        </ChoiceFieldset>
        <ChoiceFieldset name="contributionIds[]" label={t("toolkit.contributionsAnswered")} hint={t("toolkit.contributionsHint")} state={state}>
          {choices.contributions.length ? (
            <ul className="choice-list">
              {choices.contributions.map((c) => (
                <li key={c.id}>
                  <label className="checkbox">
                    <input type="checkbox" name="contributionIds[]" value={c.id} defaultChecked={contributionsTicked.includes(c.id)} />
                    <span>
                      {c.proposal}{" "}
                      <span className="muted">
                        ({c.theme}, {c.territoryName}, {formatDate(lang, c.heldOn, "medium")}; {t("toolkit.points", { count: c.points, formatted: formatNumber(lang, c.points) })})
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("toolkit.noContributions")}</p>
          )}
        </ChoiceFieldset>
        <button type="submit" className="button">
          {module ? t("toolkit.saveChanges") : t("toolkit.addModule")}
        </button>
      </PostForm>
    </>
  );
}

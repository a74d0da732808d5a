import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { CheckboxGroup, FormAlert, SelectField, TextAreaField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { FINDING_KINDS, FINDING_PRIORITIES, TARGET_GROUPS, type FindingKind, type FindingPriority, type TargetGroup } from "~/db/enums";

type Finding = { kind: FindingKind; statement: string; targetGroups: TargetGroup[]; priority: FindingPriority };

/** Creates a finding, or edits one (then it starts from the stored values). */
export function FindingForm({ state, finding }: { state: FormState; finding?: Finding }) {
  const { t } = useTranslation();
  const heading = finding ? t("findings.edit") : t("findings.add");
  return (
    <section aria-labelledby="finding-form-heading" className="narrow">
      <h2 id="finding-form-heading">{heading}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={finding ? "update" : "create"} />
        <SelectField
          name="kind"
          label={t("findings.kind")}
          options={[{ value: "", label: t("forms.choose") }, ...FINDING_KINDS.map((k) => ({ value: k, label: t(`findingKinds.${k}`) }))]}
          defaultValue={finding?.kind}
          required
          state={state}
        />
        <TextAreaField name="statement" label={t("findings.statement")} hint={t("findings.statementHint")} defaultValue={finding?.statement} required state={state} />
        <CheckboxGroup
          name="targetGroups[]"
          label={t("findings.targetGroups")}
          hint={t("findings.targetGroupsHint")}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))}
          defaultValues={finding?.targetGroups}
          state={state}
        />
        <SelectField
          name="priority"
          label={t("findings.priority")}
          options={[{ value: "", label: t("forms.choose") }, ...FINDING_PRIORITIES.map((p) => ({ value: p, label: t(`findingPriorities.${p}`) }))]}
          defaultValue={finding?.priority}
          required
          state={state}
        />
        <button type="submit" className="button">
          {finding ? t("findings.saveChanges") : t("findings.save")}
        </button>
      </PostForm>
    </section>
  );
}

/** The second step of a deletion: says what goes and asks once more. */
export function DeleteFindingConfirmation({ cancelHref }: { cancelHref: string }) {
  const { t } = useTranslation();
  return (
    <section className="confirm-box" aria-labelledby="delete-heading" role="alert">
      <h2 id="delete-heading">{t("findings.confirmDeleteTitle")}</h2>
      <p>{t("findings.confirmDeleteBody")}</p>
      <PostForm>
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {t("findings.confirmDelete")}
        </button>{" "}
        <Link to={cancelHref}>{t("findings.cancel")}</Link>
      </PostForm>
    </section>
  );
}

import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { CheckboxGroup, FormAlert, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { VALIDATION_OUTCOMES, type FindingKind, type ValidationOutcome } from "~/db/enums";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { OutcomeText } from "./findings-list";

type Decision = { focusGroupId: string; title: string; heldOn: string; outcome: ValidationOutcome | null; amendedStatement: string | null; notes: string };

/** On a finding's page: what each focus group it was shown to decided. */
export function FindingDecisions({ lang, decisions, focusGroupsBase }: { lang: Language; decisions: Decision[]; focusGroupsBase: string }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return <p>{t("findings.noDecisions")}</p>;
  return (
    <ul className="plain-list">
      {decisions.map((d) => (
        <li key={d.focusGroupId}>
          <Link to={`${focusGroupsBase}/${d.focusGroupId}`}>{t("focusGroups.titleOn", { title: d.title, date: formatDate(lang, d.heldOn, "medium") })}</Link>:{" "}
          {d.outcome ? <OutcomeText outcome={d.outcome} amendedStatement={d.amendedStatement} /> : t("findings.undecided")}
          {d.notes ? <p className="muted">{d.notes}</p> : null}
        </li>
      ))}
    </ul>
  );
}

type GroupFinding = { id: string; kind: FindingKind; statement: string; presented: boolean; outcome: ValidationOutcome | null; amendedStatement: string | null; notes: string | null };

/** Which findings were shown to the group. */
export function PresentedForm({ findings, state }: { findings: GroupFinding[]; state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="presented-heading">
      <h2 id="presented-heading">{t("focusGroups.presented")}</h2>
      {findings.length === 0 ? (
        <p>{t("focusGroups.noFindings")}</p>
      ) : (
        <>
          <FormAlert state={state} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="presented" />
            <CheckboxGroup
              name="findingIds[]"
              label={t("focusGroups.presentedLegend")}
              hint={t("focusGroups.presentedHint")}
              options={findings.map((f) => ({ value: f.id, label: `${t(`findingKinds.${f.kind}`)}: ${f.statement}` }))}
              defaultValues={findings.filter((f) => f.presented).map((f) => f.id)}
              state={state}
            />
            <button type="submit" className="button">
              {t("focusGroups.savePresented")}
            </button>
          </PostForm>
        </>
      )}
    </section>
  );
}

/**
 * One outcome form per presented finding. Its controls carry the finding's id in their ids, so
 * the many forms on the page never share one; errors and typed values return to the right form.
 */
export function OutcomeForms({ findings, state }: { findings: GroupFinding[]; state: FormState }) {
  const { t } = useTranslation();
  const presented = findings.filter((f) => f.presented);
  if (presented.length === 0) return null;
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">{t("focusGroups.outcomes")}</h2>
      {presented.map((f) => {
        const mine = state?.values?.findingId === f.id ? state : undefined;
        const id = `outcome-${f.id}`;
        const chosen = mine?.values?.outcome ?? f.outcome ?? "";
        const wordingError = mine?.errors?.amendedStatement;
        const outcomeError = mine?.errors?.outcome;
        return (
          <article key={f.id} className="card" aria-labelledby={`${id}-heading`}>
            <h3 id={`${id}-heading`}>
              {t(`findingKinds.${f.kind}`)}: {f.statement}
            </h3>
            <p>
              <OutcomeText outcome={f.outcome} amendedStatement={f.amendedStatement} />
            </p>
            <FormAlert state={mine} />
            <PostForm noValidate>
              <input type="hidden" name="intent" value="outcome" />
              <input type="hidden" name="findingId" value={f.id} />
              <fieldset className={`field${outcomeError ? " field--invalid" : ""}`} aria-describedby={outcomeError ? `${id}-outcome-error` : undefined}>
                <legend>{t("focusGroups.outcome")}</legend>
                <div className="checkbox-list">
                  {VALIDATION_OUTCOMES.map((o) => (
                    <label key={o} className="checkbox">
                      <input type="radio" name="outcome" value={o} defaultChecked={chosen === o} />
                      {t(`validationOutcomes.${o}`)}
                    </label>
                  ))}
                </div>
                {outcomeError ? (
                  <p className="field-error" id={`${id}-outcome-error`}>
                    {outcomeError.map((k) => t(k as never)).join(" ")}
                  </p>
                ) : null}
              </fieldset>
              <div className={`field${wordingError ? " field--invalid" : ""}`}>
                <label htmlFor={`${id}-wording`}>{t("focusGroups.amendedStatement")}</label>
                <p className="field-hint" id={`${id}-wording-hint`}>
                  {t("focusGroups.amendedStatementHint")}
                </p>
                <textarea
                  id={`${id}-wording`}
                  name="amendedStatement"
                  rows={3}
                  aria-invalid={wordingError ? true : undefined}
                  aria-describedby={`${id}-wording-hint${wordingError ? ` ${id}-wording-error` : ""}`}
                  defaultValue={mine?.values?.amendedStatement ?? f.amendedStatement ?? ""}
                />
                {wordingError ? (
                  <p className="field-error" id={`${id}-wording-error`}>
                    {wordingError.map((k) => t(k as never)).join(" ")}
                  </p>
                ) : null}
              </div>
              <div className="field">
                <label htmlFor={`${id}-notes`}>{t("focusGroups.outcomeNotes")}</label>
                <textarea id={`${id}-notes`} name="notes" rows={3} defaultValue={mine?.values?.notes ?? f.notes ?? ""} />
              </div>
              <button type="submit" className="button">
                {t("focusGroups.saveOutcome")}
                <span className="visually-hidden"> {t("focusGroups.forFinding", { kind: t(`findingKinds.${f.kind}`) })}</span>
              </button>
            </PostForm>
          </article>
        );
      })}
    </section>
  );
}

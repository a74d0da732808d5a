import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, tickedValues, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import type { FindingKind } from "~/db/enums";

type Group = { territoryId: string; territoryName: string; findings: { id: string; kind: FindingKind; statement: string; onTable: boolean }[] };

/**
 * The needs on the table, and for facilitators the picker: the programme's validated findings as
 * checkboxes, one fieldset per territory, so it works without JavaScript.
 */
export function NeedsSection({ groups, canEdit, state }: { groups: Group[]; canEdit: boolean; state: FormState }) {
  const { t } = useTranslation();
  const onTable = groups.map((g) => ({ ...g, findings: g.findings.filter((f) => f.onTable) })).filter((g) => g.findings.length);
  const ticked = tickedValues(state, "findingIds[]", onTable.flatMap((g) => g.findings.map((f) => f.id)));
  const error = state?.errors?.["findingIds[]"];
  return (
    <section aria-labelledby="needs-heading">
      <h2 id="needs-heading">{t("coDesign.needs")}</h2>
      {onTable.length === 0 ? (
        <p>{t("coDesign.noNeeds")}</p>
      ) : (
        onTable.map((g) => (
          <div key={g.territoryId}>
            <h3>{g.territoryName}</h3>
            <ul className="plain-list">
              {g.findings.map((f) => (
                <li key={f.id}>
                  {t(`findingKinds.${f.kind}`)}: {f.statement}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {canEdit ? (
        <>
          <h3>{t("coDesign.pickNeeds")}</h3>
          {groups.length === 0 ? (
            <p>{t("coDesign.noValidatedFindings")}</p>
          ) : (
            <>
              <FormAlert state={state} />
              <PostForm noValidate>
                <input type="hidden" name="intent" value="needs" />
                <p className="field-hint" id="needs-hint">
                  {t("coDesign.pickNeedsHint")}
                </p>
                {error ? (
                  <p className="field-error" id="needs-error">
                    {error.map((k) => t(k as never)).join(" ")}
                  </p>
                ) : null}
                {groups.map((g) => (
                  <fieldset key={g.territoryId} className="field" aria-describedby={error ? "needs-hint needs-error" : "needs-hint"}>
                    <legend>{t("coDesign.validatedIn", { territory: g.territoryName })}</legend>
                    <div className="checkbox-list">
                      {g.findings.map((f) => (
                        <label key={f.id} className="checkbox">
                          <input type="checkbox" name="findingIds[]" value={f.id} defaultChecked={ticked.includes(f.id)} />
                          {t(`findingKinds.${f.kind}`)}: {f.statement}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                ))}
                <button type="submit" className="button">
                  {t("coDesign.saveNeeds")}
                </button>
              </PostForm>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}

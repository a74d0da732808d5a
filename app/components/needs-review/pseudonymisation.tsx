// The pseudonymisation form (one fieldset per proposal, then empty rows for what the tool missed)
// and the replacement log. Works without JavaScript; every control is labelled inside its row's
// fieldset, whose legend names the original.
import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { REPLACEMENT_KINDS } from "~/db/enums";
import { formatDateTime, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Row = {
  index: number;
  checked: boolean;
  fixed: boolean;
  original: string;
  kind: string;
  replacement: string;
  reason: string | null;
  occurrences: number;
  excerpt: string;
};

const field = (index: number, name: string) => `rows[${index}].${name}`;
const fieldId = (name: string) => `field-${name.replace(/\W/g, "")}`;

function ReplacementRowFields({ lang, row, state, number }: { lang: Language; row: Row; state: FormState; number: number }) {
  const { t } = useTranslation();
  const kinds = REPLACEMENT_KINDS.map((k) => ({ value: k, label: t(`replacementKinds.${k}`) }));
  const originalErrors = row.fixed ? (state?.errors?.[field(row.index, "original")] ?? []) : [];
  const errorId = `${fieldId(field(row.index, "original"))}-error`;
  return (
    <fieldset className="replacement-row">
      <legend>{row.fixed ? row.original : t("pseudonymisation.addRowLegend", { n: formatNumber(lang, number) })}</legend>
      {row.fixed ? (
        <p className="muted">
          {row.reason ? t(`pseudonymisation.reasons.${row.reason as "participant"}`) : null}
          {" · "}
          {t("pseudonymisation.occurrences", { count: row.occurrences, formatted: formatNumber(lang, row.occurrences) })}
          {row.excerpt ? (
            <>
              <br />
              {t("pseudonymisation.context")} <q>{row.excerpt}</q>
            </>
          ) : null}
        </p>
      ) : null}
      {originalErrors.length ? (
        <p className="field-error" id={errorId}>
          {originalErrors.map((key) => t(key as never)).join(" ")}
        </p>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" name={field(row.index, "replace")} value="yes" defaultChecked={row.checked} aria-describedby={originalErrors.length ? errorId : undefined} />
        {t("pseudonymisation.replace")}
      </label>
      {row.fixed ? (
        <>
          <input type="hidden" name={field(row.index, "original")} value={row.original} />
          <input type="hidden" name={field(row.index, "fixed")} value="yes" />
          {row.reason ? <input type="hidden" name={field(row.index, "reason")} value={row.reason} /> : null}
        </>
      ) : (
        <TextField name={field(row.index, "original")} label={t("pseudonymisation.original")} defaultValue={row.original} autoComplete="off" state={state} />
      )}
      <SelectField name={field(row.index, "kind")} label={t("pseudonymisation.kind")} options={kinds} defaultValue={row.kind} state={state} />
      <TextField name={field(row.index, "replacement")} label={t("pseudonymisation.replacement")} defaultValue={row.replacement} autoComplete="off" state={state} />
    </fieldset>
  );
}

/** The proposals to confirm one by one, and a few empty rows; the version guards against a stale form. */
export function PseudonymisationForm({ lang, rows, version, state }: { lang: Language; rows: Row[]; version: number; state: FormState }) {
  const { t } = useTranslation();
  const proposed = rows.filter((r) => r.fixed);
  const added = rows.filter((r) => !r.fixed);
  return (
    <PostForm noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="version" value={version} />
      <h2 id="proposals-heading">{t("pseudonymisation.proposals")}</h2>
      {proposed.length === 0 ? <p>{t("pseudonymisation.noProposals")}</p> : <p className="field-hint">{t("pseudonymisation.certainTicked")}</p>}
      {proposed.map((row) => (
        <ReplacementRowFields key={row.index} lang={lang} row={row} state={state} number={0} />
      ))}
      <h2 id="added-heading">{t("pseudonymisation.addRows")}</h2>
      <p className="field-hint">{t("pseudonymisation.addRowsHint")}</p>
      {added.map((row, i) => (
        <ReplacementRowFields key={row.index} lang={lang} row={row} state={state} number={i + 1} />
      ))}
      <button type="submit" className="button">
        {t("pseudonymisation.submit")}
      </button>
    </PostForm>
  );
}

type LogRow = { id: string; original: string; replacement: string; kind: string; occurrences: number; confirmedAt: Date | string; confirmedByName: string | null };

/** The interview's replacement log: originals next to their replacements (coordinators only). */
export function ReplacementLog({ lang, rows }: { lang: Language; rows: LogRow[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">{t("pseudonymisation.log")}</h2>
      <p className="muted">{t("pseudonymisation.logIntro")}</p>
      {rows.length === 0 ? (
        <p>{t("pseudonymisation.logEmpty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("pseudonymisation.log")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pseudonymisation.original")}</th>
                <th scope="col">{t("pseudonymisation.replacement")}</th>
                <th scope="col">{t("pseudonymisation.kind")}</th>
                <th scope="col">{t("pseudonymisation.occurrencesColumn")}</th>
                <th scope="col">{t("pseudonymisation.confirmed")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.original}</td>
                  <td>{r.replacement}</td>
                  <td>{t(`replacementKinds.${r.kind as "person"}`)}</td>
                  <td>{formatNumber(lang, r.occurrences)}</td>
                  <td>
                    <time dateTime={new Date(r.confirmedAt).toISOString()}>{formatDateTime(lang, r.confirmedAt)}</time>, {r.confirmedByName ?? t("needsReview.notStated")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

import { useTranslation } from "~/i18n/use-translation";
import { CheckboxGroup, FormAlert, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import type { LocalizedText } from "~/db/enums";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "~/i18n/languages";
import { formatNumberForInput } from "~/i18n/numbers";

type Values = {
  names: LocalizedText;
  countryCode: string;
  languages: string[];
  population: number | null;
  foreignResidentsPercent: number | null;
  tcnPercent: number | null;
};

/**
 * Create and edit share one form: the name in each language (required in the territory's own), country,
 * languages and the context figures, written as numbers are in the page's language (decision 027).
 */
export function TerritoryForm({ state, initial, submitLabel }: { state: FormState; initial?: Values; submitLabel: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const number = (value: number | null | undefined) => formatNumberForInput(lang, value);
  return (
    <>
      <FormAlert state={state} />
      <PostForm noValidate>
        <fieldset>
          <legend>{t("territory.name")}</legend>
          <p className="field-hint">{t("locale.territoryNamesHint")}</p>
          {LANGUAGES.map((code) => (
            <TextField
              key={code}
              name={`name_${code}`}
              label={t("locale.nameIn", { language: LANGUAGE_NAMES[code] })}
              defaultValue={initial?.names[code]}
              state={state}
            />
          ))}
        </fieldset>
        <TextField
          name="countryCode"
          label={t("territory.countryCode")}
          hint={t("territory.countryCodeHint")}
          defaultValue={initial?.countryCode}
          required
          state={state}
        />
        <CheckboxGroup
          name="languages[]"
          label={t("territory.languages")}
          options={LANGUAGES.map((code) => ({
            value: code,
            label: LANGUAGE_NAMES[code],
          }))}
          defaultValues={initial?.languages ?? []}
          required
          state={state}
        />
        <TextField name="population" label={t("territory.population")} inputMode="numeric" defaultValue={number(initial?.population)} state={state} />
        <TextField
          name="foreignResidentsPercent"
          label={t("territory.foreignResidentsPercent")}
          hint={t("territory.percentHint")}
          inputMode="decimal"
          defaultValue={number(initial?.foreignResidentsPercent)}
          state={state}
        />
        <TextField
          name="tcnPercent"
          label={t("territory.tcnPercent")}
          hint={t("territory.percentHint")}
          inputMode="decimal"
          defaultValue={number(initial?.tcnPercent)}
          state={state}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </PostForm>
    </>
  );
}

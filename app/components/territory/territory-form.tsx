import { useTranslation } from "react-i18next";
import { CheckboxGroup, FormAlert, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { LANGUAGE_NAMES, LANGUAGES } from "~/i18n/languages";

type Values = {
  name: string;
  countryCode: string;
  languages: string[];
  population: number | null;
  foreignResidentsPercent: number | null;
  tcnPercent: number | null;
};

/** Create and edit share one form: name, country, languages and the context figures. */
export function TerritoryForm({ state, initial, submitLabel }: { state: FormState; initial?: Values; submitLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert state={state} />
      <PostForm noValidate>
        <TextField name="name" label={t("territory.name")} defaultValue={initial?.name} required state={state} />
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
          options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
          defaultValues={initial?.languages ?? []}
          required
          state={state}
        />
        <TextField name="population" label={t("territory.population")} inputMode="numeric" defaultValue={initial?.population} state={state} />
        <TextField
          name="foreignResidentsPercent"
          label={t("territory.foreignResidentsPercent")}
          hint={t("territory.percentHint")}
          inputMode="decimal"
          defaultValue={initial?.foreignResidentsPercent}
          state={state}
        />
        <TextField
          name="tcnPercent"
          label={t("territory.tcnPercent")}
          hint={t("territory.percentHint")}
          inputMode="decimal"
          defaultValue={initial?.tcnPercent}
          state={state}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </PostForm>
    </>
  );
}

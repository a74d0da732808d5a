// The form of a competence (add and edit): name and description in each platform language, group,
// ESCO link, position, and the three level descriptors. At least one name; a language left empty
// is shown in another. One fieldset per text, one field per language, so the form reads in order.
import { formatNumberForInput } from "~/i18n/numbers";
import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, SelectField, TextAreaField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { COMPETENCE_GROUPS, PROFICIENCY_LEVELS } from "~/db/enums";
import type { CompetenceItem } from "~/features/competences/competences.server";
import { formatLanguageName } from "~/i18n/format";
import { LANGUAGES, type Language } from "~/i18n/languages";

export function CompetenceForm({
  lang,
  state,
  current,
  submitLabel,
  intent,
}: {
  lang: Language;
  state: FormState;
  current?: CompetenceItem;
  submitLabel: string;
  intent: "create" | "update";
}) {
  const { t, i18n } = useTranslation();
  const languages = LANGUAGES.map((code) => ({ code, name: formatLanguageName(lang, code) }));
  return (
    <>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={intent} />
        <fieldset className="language-fields">
          <legend>{t("competences.name")}</legend>
          <p className="field-hint">{t("competences.nameHint")}</p>
          {languages.map((l) => (
            <TextField key={l.code} name={`name_${l.code}`} label={t("competences.inLanguage", { language: l.name })} state={state} defaultValue={current?.name[l.code]} />
          ))}
        </fieldset>
        <fieldset className="language-fields">
          <legend>{t("competences.description")}</legend>
          {languages.map((l) => (
            <TextAreaField key={l.code} name={`description_${l.code}`} label={t("competences.inLanguage", { language: l.name })} rows={3} state={state} defaultValue={current?.description[l.code]} />
          ))}
        </fieldset>
        <div className="narrow">
          <SelectField
            name="group"
            label={t("competences.group")}
            options={[{ value: "", label: t("forms.choose") }, ...COMPETENCE_GROUPS.map((g) => ({ value: g, label: t(`competences.groups.${g}`) }))]}
            required
            state={state}
            defaultValue={current?.group}
          />
          <TextField name="escoUri" type="url" label={t("competences.escoUri")} hint={t("competences.escoHint")} state={state} defaultValue={current?.escoUri} />
          <TextField name="position" inputMode="numeric" label={t("competences.position")} hint={t("competences.positionHint")} state={state} defaultValue={formatNumberForInput(i18n.language as Language, current?.position)} />
        </div>
        {PROFICIENCY_LEVELS.map((level) => (
          <fieldset key={level} className="language-fields">
            <legend>{t(`competences.levels.${level}`)}</legend>
            {languages.map((l) => (
              <TextAreaField
                key={l.code}
                name={`level${level}_${l.code}`}
                label={t("competences.inLanguage", { language: l.name })}
                rows={2}
                state={state}
                defaultValue={current?.levels[level - 1].descriptor[l.code]}
              />
            ))}
          </fieldset>
        ))}
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </PostForm>
    </>
  );
}

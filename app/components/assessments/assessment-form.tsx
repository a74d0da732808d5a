// The self-assessment form: one fieldset per competence, its four levels as radio buttons with
// the framework's descriptors as their descriptions. Works without JavaScript; after a failed
// submit every answer she gave is still ticked.
import { useTranslation } from "~/i18n/use-translation";
import { ChoiceFieldset, type FormState, FormAlert } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { levelField } from "~/features/assessments/assessment-fields";
import { LEVELS } from "~/features/assessments/stats";
import type { Language } from "~/i18n/languages";

export type Localized = { text: string; lang: Language } | null;
export type CompetenceChoice = { id: string; name: Localized; description: Localized; levels: Record<number, Localized> };

/** Text in the page's language, or marked with the language it falls back to. */
export function LocalizedSpan({ value, lang, fallback }: { value: Localized; lang: Language; fallback: string }) {
  if (!value) return <>{fallback}</>;
  return value.lang === lang ? <>{value.text}</> : <span lang={value.lang}>{value.text}</span>;
}

export function AssessmentForm({
  lang,
  competences,
  saved,
  state,
}: {
  lang: Language;
  competences: CompetenceChoice[];
  saved: Record<string, number>;
  state: FormState;
}) {
  const { t } = useTranslation();
  return (
    <PostForm className="stack assessment-form">
      <FormAlert state={state} />
      {competences.map((c) => {
        const name = levelField(c.id);
        const chosen = state?.values ? state.values[name] : saved[c.id] === undefined ? undefined : String(saved[c.id]);
        return (
          <ChoiceFieldset key={c.id} name={name} label={c.name?.text ?? t("assessments.unnamedCompetence")} state={state} hint={c.description?.text} required>
            <div className="choice-list">
              {LEVELS.map((level) => {
                const descriptionId = `${name}-${level}-description`;
                const descriptor = c.levels[level];
                return (
                  <label key={level} className="choice">
                    <input type="radio" name={name} value={String(level)} defaultChecked={chosen === String(level)} aria-describedby={descriptionId} required />
                    <span className="choice__label">{t(`assessments.levels.${level}`)}</span>
                    <span className="choice__description" id={descriptionId}>
                      {level === 0 ? t("assessments.levelNotYet") : <LocalizedSpan value={descriptor} lang={lang} fallback={t("assessments.noDescriptor")} />}
                    </span>
                  </label>
                );
              })}
            </div>
          </ChoiceFieldset>
        );
      })}
      <p>
        <button type="submit" className="button">{t("assessments.submit")}</button>
      </p>
    </PostForm>
  );
}

// The form of a phase of the programme timeline (add and edit): which stage it schedules, its name
// in each platform language (optional: empty, the stage's name is shown), first and last day, order.
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { PHASE_KINDS } from "~/db/enums";
import type { TimelinePhase } from "~/features/territories/timeline.server";
import { formatLanguageName } from "~/i18n/format";
import { LANGUAGES, type Language } from "~/i18n/languages";

export function PhaseForm({
  lang,
  state,
  current,
  submitLabel,
  cancelHref,
}: {
  lang: Language;
  state: FormState;
  current?: TimelinePhase;
  submitLabel: string;
  cancelHref?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value={current ? "update" : "create"} />
        {current ? <input type="hidden" name="id" value={current.id} /> : null}
        <div className="narrow">
          <SelectField
            name="kind"
            label={t("timeline.kind")}
            hint={t("timeline.kindHint")}
            options={[{ value: "", label: t("forms.choose") }, ...PHASE_KINDS.map((k) => ({ value: k, label: t(`phases.${k}`) }))]}
            required
            state={state}
            defaultValue={current?.kind}
          />
        </div>
        <fieldset className="language-fields">
          <legend>{t("timeline.name")}</legend>
          <p className="field-hint">{t("timeline.nameHint")}</p>
          {LANGUAGES.map((code) => (
            <TextField key={code} name={`name_${code}`} label={t("competences.inLanguage", { language: formatLanguageName(lang, code) })} state={state} defaultValue={current?.name[code]} />
          ))}
        </fieldset>
        <div className="narrow">
          <TextField name="startsOn" type="date" label={t("timeline.startsOn")} required state={state} defaultValue={current?.startsOn} />
          <TextField name="endsOn" type="date" label={t("timeline.endsOn")} required state={state} defaultValue={current?.endsOn} />
          <TextField name="position" inputMode="numeric" label={t("timeline.position")} hint={t("timeline.positionHint")} state={state} defaultValue={current?.position} />
        </div>
        <button type="submit" className="button">
          {submitLabel}
        </button>
        {cancelHref ? (
          <>
            {" "}
            <Link to={cancelHref}>{t("timeline.cancel")}</Link>
          </>
        ) : null}
      </PostForm>
    </>
  );
}

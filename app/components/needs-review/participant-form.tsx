import { useTranslation } from "react-i18next";
import { FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { TARGET_GROUPS } from "~/db/schema";
import { AGE_BANDS, GENDERS } from "~/features/needs-review/needs-review.schema";

/** Registers a participant. Real name and contact are asked only of those allowed to keep them. */
export function ParticipantForm({ state, withIdentity }: { state: FormState; withIdentity: boolean }) {
  const { t } = useTranslation();
  const optional = { value: "", label: t("needsReview.notStated") };
  return (
    <section aria-labelledby="participant-form-heading" className="narrow">
      <h2 id="participant-form-heading">{t("needsReview.registerParticipant")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <TextField name="pseudonym" label={t("needsReview.pseudonym")} hint={t("needsReview.pseudonymHint")} autoComplete="off" required state={state} />
        <SelectField
          name="targetGroup"
          label={t("needsReview.targetGroup")}
          options={[{ value: "", label: t("forms.choose") }, ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))]}
          required
          state={state}
        />
        <TextField name="department" label={t("needsReview.department")} autoComplete="off" state={state} />
        <SelectField
          name="ageBand"
          label={t("needsReview.ageBand")}
          options={[optional, ...AGE_BANDS.map((a) => ({ value: a, label: t(`ageBands.${a}`) }))]}
          state={state}
        />
        <SelectField
          name="gender"
          label={t("needsReview.gender")}
          options={[optional, ...GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }))]}
          state={state}
        />
        <TextField name="regionOfOrigin" label={t("needsReview.regionOfOrigin")} autoComplete="off" state={state} />
        <TextField name="languages" label={t("needsReview.languages")} hint={t("needsReview.commaHint")} autoComplete="off" state={state} />
        {withIdentity ? (
          <fieldset className="field">
            <legend>{t("needsReview.identity")}</legend>
            <p className="field-hint">{t("needsReview.identityHint")}</p>
            <TextField name="realName" label={t("needsReview.realName")} autoComplete="off" state={state} />
            <TextField name="contact" label={t("needsReview.contact")} autoComplete="off" state={state} />
          </fieldset>
        ) : null}
        <button type="submit" className="button">
          {t("needsReview.saveParticipant")}
        </button>
      </PostForm>
    </section>
  );
}

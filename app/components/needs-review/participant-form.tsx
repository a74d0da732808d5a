import { useTranslation } from "~/i18n/use-translation";
import { FormAlert, SelectField, TextField, tickedValues, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { TARGET_GROUPS } from "~/db/enums";
import { AGE_BANDS, GENDERS } from "~/features/needs-review/participant-values";
import { ConsentFields } from "./consents";

type StoredParticipant = {
  pseudonym: string;
  targetGroup: string;
  department: string | null;
  organisation: string | null;
  ageBand: string | null;
  gender: string | null;
  regionOfOrigin: string | null;
  languages: string[];
  identity: { realName: string | null; contact: string | null } | null;
};

/**
 * Registers a participant, or (given the stored one) edits her with the same fields. Real name
 * and contact are asked only of those allowed to keep them.
 */
export function ParticipantForm({ state, withIdentity, stored }: { state: FormState; withIdentity: boolean; stored?: StoredParticipant }) {
  const { t } = useTranslation();
  const optional = { value: "", label: t("needsReview.notStated") };
  return (
    <section aria-labelledby="participant-form-heading" className="narrow">
      <h2 id="participant-form-heading">{stored ? t("needsReview.editParticipant") : t("needsReview.registerParticipant")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <TextField name="pseudonym" label={t("needsReview.pseudonym")} hint={t("needsReview.pseudonymHint")} autoComplete="off" defaultValue={stored?.pseudonym} required state={state} />
        <SelectField
          name="targetGroup"
          label={t("needsReview.targetGroup")}
          options={[{ value: "", label: t("forms.choose") }, ...TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroups.${g}`) }))]}
          defaultValue={stored?.targetGroup}
          required
          state={state}
        />
        {/* One field for where she works or whom she speaks for; a department stored before it was merged is shown here. */}
        <TextField
          name="organisation"
          label={t("needsReview.organisation")}
          hint={t("needsReview.organisationHint")}
          autoComplete="off"
          defaultValue={stored ? (stored.organisation ?? stored.department) : undefined}
          state={state}
        />
        <SelectField
          name="ageBand"
          label={t("needsReview.ageBand")}
          options={[optional, ...AGE_BANDS.map((a) => ({ value: a, label: t(`ageBands.${a}`) }))]}
          defaultValue={stored?.ageBand}
          state={state}
        />
        <SelectField
          name="gender"
          label={t("needsReview.gender")}
          options={[optional, ...GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }))]}
          defaultValue={stored?.gender}
          state={state}
        />
        <TextField name="regionOfOrigin" label={t("needsReview.regionOfOrigin")} autoComplete="off" defaultValue={stored?.regionOfOrigin} state={state} />
        <TextField name="languages" label={t("needsReview.languages")} hint={t("needsReview.commaHint")} autoComplete="off" defaultValue={stored?.languages.join(", ")} state={state} />
        {withIdentity ? (
          <fieldset className="field">
            <legend>{t("needsReview.identity")}</legend>
            <p className="field-hint">{stored ? t("needsReview.identityEditHint") : t("needsReview.identityHint")}</p>
            <TextField name="realName" label={t("needsReview.realName")} autoComplete="off" defaultValue={stored?.identity?.realName} state={state} />
            <TextField name="contact" label={t("needsReview.contact")} autoComplete="off" defaultValue={stored?.identity?.contact} state={state} />
          </fieldset>
        ) : null}
        {stored ? null : (
          <fieldset className="field">
            <legend>{t("needsReview.consentNow")}</legend>
            <p className="field-hint">{t("needsReview.consentNowHint")}</p>
            <label className="checkbox">
              <input type="checkbox" name="withConsent" value="yes" defaultChecked={tickedValues(state, "withConsent").includes("yes")} />
              {t("needsReview.consentNowTick")}
            </label>
            <ConsentFields state={state} required={false} />
          </fieldset>
        )}
        <button type="submit" className="button">
          {stored ? t("needsReview.saveChanges") : t("needsReview.saveParticipant")}
        </button>
      </PostForm>
    </section>
  );
}

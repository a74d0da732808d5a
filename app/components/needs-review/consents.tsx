import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FormAlert, SelectField, TextField, type FormState } from "~/components/ui/fields";
import { CONSENT_SCOPES, type ConsentScope } from "~/db/enums";
import { PostForm } from "~/components/ui/post-form";
import { formatDate, formatNumber } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { RowAction } from "~/components/ui/row-action";

type ConsentRow = { id: string; purpose: string; scope: ConsentScope; givenOn: string; informationSheetVersion: string; withdrawnAt: Date | string | null };

/** The participant's consents; each one in force can be withdrawn (after a confirmation). */
export function ConsentList({ lang, consents, canEdit }: { lang: Language; consents: ConsentRow[]; canEdit: boolean }) {
  const { t } = useTranslation();
  if (consents.length === 0) return <p>{t("needsReview.noConsentRecorded")}</p>;
  return (
    <ul className="plain-list">
      {consents.map((c) => (
        <li key={c.id}>
          <strong>{t(`personalData.consentScopes.${c.scope}`)}</strong>{" "}
          {t("needsReview.consentLine", {
            purpose: c.purpose,
            date: formatDate(lang, c.givenOn, "medium"),
            version: c.informationSheetVersion,
          })}{" "}
          {c.withdrawnAt ? (
            <strong>{t("needsReview.withdrawnOn", { date: formatDate(lang, c.withdrawnAt, "medium") })}</strong>
          ) : canEdit ? (
            <RowAction intent="withdraw" fields={{ consentId: c.id }} label={t("needsReview.withdraw")} subject={c.purpose} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The second step of a withdrawal: says what happens and asks once more. */
export function WithdrawConfirmation({
  lang,
  consent,
  transcripts,
  cancelHref,
}: {
  lang: Language;
  consent: { id: string; purpose: string; givenOn: string };
  transcripts: number;
  cancelHref: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="confirm-box" aria-labelledby="withdraw-heading" role="alert">
      <h2 id="withdraw-heading">{t("needsReview.confirmWithdrawTitle")}</h2>
      <p>{t("needsReview.confirmWithdrawBody", { purpose: consent.purpose, date: formatDate(lang, consent.givenOn, "medium") })}</p>
      <p>
        <strong>{t("needsReview.confirmWithdrawTranscripts", { count: transcripts, formatted: formatNumber(lang, transcripts) })}</strong>
      </p>
      <PostForm>
        <input type="hidden" name="intent" value="withdraw" />
        <input type="hidden" name="consentId" value={consent.id} />
        <input type="hidden" name="confirm" value="yes" />
        <button type="submit" className="button">
          {t("needsReview.confirmWithdraw")}
        </button>{" "}
        <Link to={cancelHref}>{t("needsReview.cancel")}</Link>
      </PostForm>
    </section>
  );
}

/** The fields of a consent: on its own form, and on the participant form to record it in the same step. */
export function ConsentFields({ state, required }: { state: FormState; required: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        name="scope"
        label={t("personalData.consentScope")}
        options={CONSENT_SCOPES.map((scope) => ({ value: scope, label: t(`personalData.consentScopes.${scope}`) }))}
        defaultValue="interview"
        required={required}
        state={state}
      />
      <TextField name="purpose" label={t("needsReview.consentPurpose")} hint={t("needsReview.consentPurposeHint")} required={required} state={state} />
      <TextField name="givenOn" type="date" label={t("needsReview.consentDate")} required={required} state={state} />
      <TextField name="informationSheetVersion" label={t("needsReview.informationSheetVersion")} required={required} state={state} />
    </>
  );
}

export function ConsentForm({ state }: { state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="consent-form-heading" className="narrow">
      <h2 id="consent-form-heading">{t("needsReview.recordConsent")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="consent" />
        <ConsentFields state={state} required />
        <button type="submit" className="button">
          {t("needsReview.saveConsent")}
        </button>
      </PostForm>
    </section>
  );
}

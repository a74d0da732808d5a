// A certificate's facts, its files and verify page, and the revocation form.
import { useTranslation } from "~/i18n/use-translation";
import { CheckboxGroup, FormAlert, TextAreaField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

type Facts = { recipientName: string; cohortName: string; issuedAt: string; revokedAt: string | null; revocationReason: string | null };

export function CertificateFacts({ lang, certificate: c, territoryName }: { lang: Language; certificate: Facts; territoryName: string }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t("certificates.detail.recipient")}</dt>
      <dd>{c.recipientName}</dd>
      <dt>{t("certificates.pdf.cohort")}</dt>
      <dd>{c.cohortName}</dd>
      <dt>{t("certificates.pdf.territory")}</dt>
      <dd>{territoryName}</dd>
      <dt>{t("certificates.pdf.issuedOn")}</dt>
      <dd>{formatDate(lang, c.issuedAt)}</dd>
      <dt>{t("certificates.detail.status")}</dt>
      <dd>{c.revokedAt ? t("certificates.status.revokedOn", { date: formatDate(lang, c.revokedAt) }) : t("certificates.status.inForce")}</dd>
      {c.revocationReason ? (
        <>
          <dt>{t("certificates.detail.reason")}</dt>
          <dd>{c.revocationReason}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** The PDF, the signed credential and the public verify page of one certificate. */
export function CertificateLinks({ lang, base, id, context }: { lang: Language; base: string; id: string; context?: string }) {
  const { t } = useTranslation();
  // In a list of several certificates, each link also names its cohort (for screen readers).
  const which = context ? <span className="visually-hidden"> – {context}</span> : null;
  return (
    <ul className="action-links">
      <li>
        <a href={`${base}/certificates/${id}/certificate.pdf`} download>
          {t("certificates.links.pdf")}
          {which}
        </a>
      </li>
      <li>
        <a href={`${base}/certificates/${id}/credential.jwt`} download>
          {t("certificates.links.credential")}
          {which}
        </a>
      </li>
      <li>
        <a href={`/${lang}/verify/${id}`}>
          {t("certificates.links.verify")}
          {which}
        </a>
      </li>
    </ul>
  );
}

export function RevocationForm({ state }: { state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="revoke-heading" className="narrow">
      <h2 id="revoke-heading">{t("certificates.revoke.heading")}</h2>
      <p>{t("certificates.revoke.explanation")}</p>
      <FormAlert state={state} />
      <PostForm noValidate>
        <input type="hidden" name="intent" value="revoke" />
        <TextAreaField name="reason" label={t("certificates.revoke.reason")} hint={t("certificates.revoke.reasonHint")} rows={3} required state={state} />
        <CheckboxGroup name="confirm[]" label={t("certificates.revoke.confirmLegend")} options={[{ value: "yes", label: t("certificates.revoke.confirm") }]} required state={state} />
        <button type="submit" className="button">
          {t("certificates.revoke.submit")}
        </button>
      </PostForm>
    </section>
  );
}

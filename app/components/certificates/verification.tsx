// The verdict of a verification: valid, revoked (with its date) or invalid (with why), and what
// the certificate states. Nothing else about the person is shown (decision 018).
import { useTranslation } from "~/i18n/use-translation";
import { Link } from "react-router";
import { FormAlert, TextAreaField, type FormState } from "~/components/ui/fields";
import { PostForm } from "~/components/ui/post-form";
import type { InvalidReason } from "~/features/certificates/verification.server";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";

export type VerdictData =
  | { status: "valid" | "revoked"; stated: { recipientName: string; achievementName: string; issuerName: string; validFrom: string }; revokedAt: string | null }
  | { status: "invalid"; reason: InvalidReason };

export function Verdict({ lang, verdict }: { lang: Language; verdict: VerdictData }) {
  const { t } = useTranslation();
  if (verdict.status === "invalid") {
    return (
      <section className="verdict verdict--invalid" aria-labelledby="verdict-heading" role="status">
        <h2 id="verdict-heading">{t("certificates.verify.invalid")}</h2>
        <p>{t(`certificates.verify.reasons.${verdict.reason}`)}</p>
      </section>
    );
  }
  const { stated } = verdict;
  return (
    <section className={`verdict verdict--${verdict.status}`} aria-labelledby="verdict-heading" role="status">
      <h2 id="verdict-heading">
        {verdict.status === "valid" ? t("certificates.verify.valid") : t("certificates.verify.revoked", { date: formatDate(lang, verdict.revokedAt!) })}
      </h2>
      <p>{verdict.status === "valid" ? t("certificates.verify.validExplanation") : t("certificates.verify.revokedExplanation")}</p>
      <dl className="facts">
        <dt>{t("certificates.detail.recipient")}</dt>
        <dd>{stated.recipientName}</dd>
        <dt>{t("certificates.verify.achievement")}</dt>
        <dd>{stated.achievementName}</dd>
        <dt>{t("certificates.verify.issuer")}</dt>
        <dd>{stated.issuerName}</dd>
        <dt>{t("certificates.pdf.issuedOn")}</dt>
        <dd>{formatDate(lang, stated.validFrom)}</dd>
      </dl>
    </section>
  );
}

export function VerifyForm({ lang, state }: { lang: Language; state: FormState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="paste-heading" className="narrow">
      <h2 id="paste-heading">{t("certificates.verify.pasteHeading")}</h2>
      <FormAlert state={state} />
      <PostForm noValidate action={`/${lang}/verify`}>
        <TextAreaField name="credential" label={t("certificates.verify.credential")} hint={t("certificates.verify.credentialHint")} rows={6} required state={state} />
        <button type="submit" className="button">
          {t("certificates.verify.submit")}
        </button>
      </PostForm>
    </section>
  );
}

export function VerifyAnotherLink({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={`/${lang}/verify`}>{t("certificates.verify.another")}</Link>
    </p>
  );
}

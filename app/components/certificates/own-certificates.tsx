// The list of a person's own certificates: cohort, date, status and the three links.
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/i18n/format";
import type { Language } from "~/i18n/languages";
import { CertificateLinks } from "./certificate";

type Own = { id: string; cohortName: string; issuedAt: string; revokedAt: string | null };

export function OwnCertificates({ lang, base, certificates }: { lang: Language; base: string; certificates: Own[] }) {
  const { t } = useTranslation();
  if (certificates.length === 0) return <p>{t("certificates.own.none")}</p>;
  return (
    <ul className="card-list">
      {certificates.map((c) => (
        <li key={c.id} className="card">
          <h2>{c.cohortName}</h2>
          <p>
            {t("certificates.cohort.issuedOn", { date: formatDate(lang, c.issuedAt) })}
            {" – "}
            {c.revokedAt ? t("certificates.status.revokedOn", { date: formatDate(lang, c.revokedAt) }) : t("certificates.status.inForce")}
          </p>
          <CertificateLinks lang={lang} base={base} id={c.id} context={c.cohortName} />
        </li>
      ))}
    </ul>
  );
}

// The certificate's two files: the PDF in the credential's language (decision 027: the two say the
// same thing in the same words, whoever downloads them), and the signed credential (VC-JWT) exactly
// as issued. Their content is read from the rows, scoped to the territory.
import { asc, eq } from "drizzle-orm";
import { pickLocalized } from "~/i18n/localized";
import type { Executor } from "~/db/client.server";
import { competence, programme, sessionModule, trainingModule, trainingSession } from "~/db/schema";
import { getServerT } from "~/i18n/catalogs.server";
import { formatDate } from "~/i18n/format";
import type { LocalizedText } from "~/db/schema";
import { territoryNameIn } from "~/features/territories/territory-name";
import { isLanguage, type Language } from "~/i18n/languages";
import { renderCertificatePdf } from "./certificate-pdf";
import type { findCertificate } from "./certificates.server";
import { issuerUrls } from "./signing-keys.server";

type Found = NonNullable<Awaited<ReturnType<typeof findCertificate>>>;
type TerritoryRef = { id: string; programmeId: string; name: string; names?: LocalizedText };

/** The language of a certificate's files: its credential's; the page's only for a row without one. */
export function certificateLanguage(found: Pick<Found, "language">, pageLang: Language): Language {
  return isLanguage(found.language) ? found.language : pageLang;
}

export function certificateFileName(lang: Language, territoryName: string, found: Pick<Found, "recipientName">, extension: "pdf" | "jwt"): string {
  const t = getServerT(lang);
  return `${t(extension === "pdf" ? "certificates.files.pdfName" : "certificates.files.credentialName")} – ${found.recipientName} – ${territoryName}.${extension}`;
}

export async function certificatePdf(db: Executor, { territory, found, lang }: { territory: TerritoryRef; found: Found; lang: Language }): Promise<Uint8Array> {
  const t = getServerT(lang);
  const territoryName = territoryNameIn(territory, lang).text;
  const [[prog], modules, competences] = await Promise.all([
    db.select({ name: programme.name }).from(programme).where(eq(programme.id, territory.programmeId)).limit(1),
    // The modules of the cohort's sessions, each once, in the order first taught.
    db
      .selectDistinctOn([trainingModule.id], { id: trainingModule.id, title: trainingModule.title, firstAt: trainingSession.startsAt })
      .from(sessionModule)
      .innerJoin(trainingSession, eq(trainingSession.id, sessionModule.sessionId))
      .innerJoin(trainingModule, eq(trainingModule.id, sessionModule.moduleId))
      .where(eq(trainingSession.cohortId, found.cohortId))
      .orderBy(trainingModule.id, asc(trainingSession.startsAt)),
    db.select({ key: competence.key, name: competence.name }).from(competence).where(eq(competence.programmeId, territory.programmeId)).orderBy(asc(competence.position), asc(competence.key)),
  ]);
  modules.sort((a, b) => a.firstAt.getTime() - b.firstAt.getTime());
  return renderCertificatePdf({
    language: lang,
    title: t("certificates.pdf.title"),
    intro: t("certificates.pdf.intro"),
    recipientName: found.recipientName,
    statement: t("certificates.pdf.statement", { programme: prog.name, territory: territoryName }),
    details: [
      [t("certificates.pdf.cohort"), found.cohortName],
      [t("certificates.pdf.programme"), prog.name],
      [t("certificates.pdf.territory"), territoryName],
      [t("certificates.pdf.dates"), t("certificates.pdf.dateRange", { from: formatDate(lang, found.cohortStartsOn), to: formatDate(lang, found.cohortEndsOn) })],
      [t("certificates.pdf.issuedOn"), formatDate(lang, found.issuedAt)],
    ],
    lists: [
      { heading: t("certificates.pdf.modules"), items: modules.map((m) => m.title) },
      { heading: t("certificates.pdf.competences"), items: competences.map((c) => pickLocalized(c.name, lang)?.text ?? c.key) },
    ],
    revokedNote: found.revokedAt ? t("certificates.pdf.revoked", { date: formatDate(lang, found.revokedAt) }) : null,
    verifyHeading: t("certificates.pdf.verifyHeading"),
    verifyText: t("certificates.pdf.verifyText"),
    verificationUrl: issuerUrls.verify(lang, found.id),
    qrAlt: t("certificates.pdf.qrAlt", { url: issuerUrls.verify(lang, found.id) }),
  });
}

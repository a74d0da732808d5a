// Issuing and revoking certificates (decision 018). A certificate is the signed Open Badges 3.0
// credential of one enrolment; at most one is in force per enrolment (a partial unique index),
// so a double submit inserts nothing twice. Every change writes its audit entry in its transaction.
import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import { baseUrl } from "~/auth/auth.server";
import { pickLocalized } from "~/i18n/localized";
import type { Executor } from "~/db/client.server";
import { certificate, cohort, competence, enrolment, programme, territory, user, type LocalizedText } from "~/db/schema";
import { territoryNameIn } from "~/features/territories/territory-name";
import { recordAudit } from "~/features/audit/audit.server";
import { getServerT } from "~/i18n/catalogs.server";
import { formatDate, formatPercent } from "~/i18n/format";
import { isLanguage, type Language } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";
import { buildCredential, type CredentialAlignment } from "./credential";
import { signCredential } from "./credential-jwt";
import { findCohort, listCompletion, type CohortRow, type TraineeCompletion } from "./eligibility.server";
import { activeSigningKey, issuerUrls } from "./signing-keys.server";

type TerritoryRef = { id: string; programmeId: string; name: string; names?: LocalizedText };
type Scope = { actor: Actor | null; territory: TerritoryRef };

export { findCohort, listCompletion };

/** The cohort's trainees with completion and certificate, for the coordinator's page. */
export async function listCohortCertificates(db: Executor, { territoryId, cohortId }: { territoryId: string; cohortId: string }) {
  const found = await findCohort(db, { territoryId, cohortId });
  if (!found) return null;
  return { cohort: found, trainees: await listCompletion(db, found, { territoryId, cohortId }) };
}

/** The criteria narrative: the cohort's completion rule in words. */
function criteriaOf(lang: Language, row: CohortRow): string {
  const t = getServerT(lang);
  const parts: string[] = [];
  if (row.attendanceThresholdPercent > 0) parts.push(t("certificates.credential.criteriaAttendance", { threshold: formatPercent(lang, row.attendanceThresholdPercent) }));
  if (row.requirePostAssessment) parts.push(t("certificates.credential.criteriaPost"));
  return parts.length ? parts.join(" ") : t("certificates.credential.criteriaEnrolled");
}

async function issueContext(db: Executor, territoryRef: TerritoryRef, lang: Language) {
  const [[prog], competences] = await Promise.all([
    db.select({ name: programme.name, slug: programme.slug }).from(programme).where(eq(programme.id, territoryRef.programmeId)).limit(1),
    db
      .select({ key: competence.key, name: competence.name, escoUri: competence.escoUri })
      .from(competence)
      .where(eq(competence.programmeId, territoryRef.programmeId))
      .orderBy(asc(competence.position), asc(competence.key)),
  ]);
  const alignments: CredentialAlignment[] = competences.map((c) => ({
    targetName: pickLocalized(c.name, lang)?.text ?? c.key,
    // The competence's ESCO skill when it has one; otherwise its place in the programme's framework.
    targetUrl: c.escoUri ?? `${baseUrl()}/${lang}/p/${prog.slug}/competences#competence-${c.key}`,
    targetCode: c.key,
  }));
  return { programmeName: prog.name, alignments };
}

export type IssueResult = { issued: string[]; refused: { name: string; completion: TraineeCompletion["completion"] }[]; alreadyCertified: number };

/**
 * Issues certificates to the given enrolments of the cohort (or to every eligible trainee when
 * enrolmentIds is "all-eligible"). Ineligible trainees are refused and reported; trainees who
 * already hold a certificate in force are skipped. Null when the cohort is not the territory's.
 */
export async function issueCertificates(
  db: Executor,
  { actor, territory: territoryRef, cohortId, enrolmentIds, language }: Scope & { cohortId: string; enrolmentIds: string[] | "all-eligible"; language: Language },
): Promise<IssueResult | null> {
  const row = await findCohort(db, { territoryId: territoryRef.id, cohortId });
  if (!row) return null;
  const trainees = await listCompletion(db, row, { territoryId: territoryRef.id, cohortId, enrolmentIds: enrolmentIds === "all-eligible" ? undefined : enrolmentIds });
  if (enrolmentIds !== "all-eligible" && trainees.length !== new Set(enrolmentIds).size) return null;
  const result: IssueResult = { issued: [], refused: [], alreadyCertified: 0 };
  const candidates = trainees.filter((t) => {
    if (t.certificate) result.alreadyCertified++;
    else if (!t.completion.eligible) {
      if (enrolmentIds !== "all-eligible") result.refused.push({ name: t.name, completion: t.completion });
    } else return true;
    return false;
  });
  if (candidates.length === 0 || result.refused.length > 0) return result;
  const key = await activeSigningKey(db);
  const preferred = await db.select({ id: user.id, language: user.preferredLanguage }).from(user).innerJoin(enrolment, eq(enrolment.userId, user.id)).where(and(eq(enrolment.cohortId, row.id), eq(enrolment.territoryId, territoryRef.id)));
  const languageOf = new Map(preferred.map((p) => [p.id, isLanguage(p.language) ? p.language : language]));
  const contexts = new Map<Language, Awaited<ReturnType<typeof issueContext>>>();
  for (const trainee of candidates) {
    // The credential speaks the trainee's language (her account's), else the coordinator's page's.
    const lang = languageOf.get(trainee.userId) ?? language;
    if (!contexts.has(lang)) contexts.set(lang, await issueContext(db, territoryRef, lang));
    const ctx = contexts.get(lang)!;
    const t = getServerT(lang);
    // The territory's name in the credential's language (decision 027).
    const territoryName = territoryNameIn(territoryRef, lang).text;
    const id = randomUUID();
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const credential = buildCredential({
      certificateId: id,
      issuer: { id: issuerUrls.issuer(), name: `${territoryName} – ${ctx.programmeName}`, url: baseUrl() },
      validFrom: issuedAt,
      recipientName: trainee.name,
      language: lang,
      achievement: {
        id: `urn:uuid:${row.id}`,
        name: t("certificates.credential.achievementName", { cohort: row.name }),
        description: t("certificates.credential.achievementDescription", {
          programme: ctx.programmeName,
          cohort: row.name,
          territory: territoryName,
          from: formatDate(lang, row.startsOn),
          to: formatDate(lang, row.endsOn),
        }),
        criteriaNarrative: criteriaOf(lang, row),
        alignments: ctx.alignments,
      },
      statusUrl: issuerUrls.status(id),
    });
    const signed = await signCredential(credential, { kid: key.id, privateJwk: key.privateJwk });
    await db.transaction(async (tx) => {
      // A second submit, or one racing this, finds the index taken: nothing is inserted or audited.
      const [made] = await tx
        .insert(certificate)
        .values({
          id,
          territoryId: territoryRef.id,
          enrolmentId: trainee.enrolmentId,
          cohortId: row.id,
          recipientName: trainee.name,
          language: lang,
          credential,
          signedCredential: signed,
          signingKeyId: key.id,
          issuedByUserId: actor?.userId ?? null,
          issuedAt,
        })
        .onConflictDoNothing()
        .returning({ id: certificate.id });
      if (!made) return;
      await recordAudit(tx, {
        actorUserId: actor?.userId ?? null,
        programmeId: territoryRef.programmeId,
        territoryId: territoryRef.id,
        action: "certificate.issue",
        objectType: "certificate",
        objectId: made.id,
        details: { cohortId: row.id, enrolmentId: trainee.enrolmentId },
      });
      result.issued.push(made.id);
    });
  }
  return result;
}

/** One certificate of the territory, with what its pages and files show. */
export async function findCertificate(db: Executor, { territoryId, certificateId }: { territoryId: string; certificateId: string }) {
  const [found] = await db
    .select({
      id: certificate.id,
      recipientName: certificate.recipientName,
      language: certificate.language,
      issuedAt: certificate.issuedAt,
      revokedAt: certificate.revokedAt,
      revocationReason: certificate.revocationReason,
      signedCredential: certificate.signedCredential,
      ownerUserId: enrolment.userId,
      cohortId: cohort.id,
      cohortName: cohort.name,
      cohortStartsOn: cohort.startsOn,
      cohortEndsOn: cohort.endsOn,
    })
    .from(certificate)
    // The enrolment is gone once the trainee's account was erased (decision 024); the cohort stays.
    .leftJoin(enrolment, eq(enrolment.id, certificate.enrolmentId))
    .innerJoin(cohort, eq(cohort.id, certificate.cohortId))
    .where(and(eq(certificate.id, certificateId), eq(certificate.territoryId, territoryId)))
    .limit(1);
  return found ?? null;
}

/**
 * Revokes a certificate in force, with the coordinator's reason. False when it is not the
 * territory's; "already" when it was revoked before (a second submit changes nothing).
 */
export async function revokeCertificate(db: Executor, { actor, territory: territoryRef, certificateId, reason }: Scope & { certificateId: string; reason: string }) {
  return db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: certificate.id }).from(certificate).where(and(eq(certificate.id, certificateId), eq(certificate.territoryId, territoryRef.id)));
    if (!exists) return false as const;
    const [revoked] = await tx
      .update(certificate)
      .set({ revokedAt: new Date(), revokedByUserId: actor?.userId ?? null, revocationReason: reason })
      .where(and(eq(certificate.id, certificateId), eq(certificate.territoryId, territoryRef.id), isNull(certificate.revokedAt)))
      .returning({ id: certificate.id });
    if (!revoked) return "already" as const;
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      programmeId: territoryRef.programmeId,
      territoryId: territoryRef.id,
      action: "certificate.revoke",
      objectType: "certificate",
      objectId: certificateId,
      details: { reason },
    });
    return true as const;
  });
}

/** The signed-in person's own certificates in the territory, newest first. */
export async function listOwnCertificates(db: Executor, { territoryId, userId }: { territoryId: string; userId: string }) {
  return db
    .select({ id: certificate.id, cohortName: cohort.name, issuedAt: certificate.issuedAt, revokedAt: certificate.revokedAt })
    .from(certificate)
    .innerJoin(enrolment, eq(enrolment.id, certificate.enrolmentId))
    .innerJoin(cohort, eq(cohort.id, enrolment.cohortId))
    .where(and(eq(certificate.territoryId, territoryId), eq(enrolment.userId, userId)))
    .orderBy(desc(certificate.issuedAt), asc(certificate.id))
    .limit(200);
}

/**
 * Key figure "trainees certified": certificates in force in the programme (or one territory of it).
 * One per enrolment at most, so a revoked-then-reissued certificate counts once.
 */
export async function countCertifiedTrainees(db: Executor, { programmeId, territoryId }: { programmeId: string; territoryId?: string }): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(certificate)
    .innerJoin(territory, eq(territory.id, certificate.territoryId))
    .where(and(eq(territory.programmeId, programmeId), territoryId ? eq(certificate.territoryId, territoryId) : undefined, isNull(certificate.revokedAt)));
  return n;
}

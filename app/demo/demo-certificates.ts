// Demo certificates: in each completed staff cohort of the demo programme, a few eligible
// trainees (invented people, from the training seed) receive their certificate, and one is
// revoked, so the verify page shows both states. A cohort that has any certificate is left
// alone, so a restart adds nothing and a revocation made in the app is never undone. Without
// completed cohorts (no training seed yet) it does nothing.
import { and, asc, eq, inArray, isNotNull, lt, or } from "drizzle-orm";
import { certificate, cohort, enrolment, programme, territory } from "~/db/schema";
import { findCohort, issueCertificates, listCompletion, revokeCertificate } from "~/features/certificates/certificates.server";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/languages";
import type { Database } from "~/db/client.server";

const PER_COHORT = 3;
const DEMO_REVOCATION_REASON = "Demo: issued to the wrong cohort (an invented example).";

export async function seedDemoCertificates(db: Database): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const cohorts = await db
    .select({ id: cohort.id, territoryId: territory.id, programmeId: territory.programmeId, name: territory.name, names: territory.names, slug: territory.slug, languages: territory.languages })
    .from(cohort)
    .innerJoin(territory, eq(territory.id, cohort.territoryId))
    .innerJoin(programme, eq(programme.id, territory.programmeId))
    .where(and(eq(programme.isDemo, true), eq(cohort.kind, "staff"), or(isNotNull(cohort.completedAt), lt(cohort.endsOn, today))))
    .orderBy(asc(territory.slug), asc(cohort.startsOn), asc(cohort.id));
  if (cohorts.length === 0) return;
  const certified = await db
    .selectDistinct({ cohortId: enrolment.cohortId })
    .from(certificate)
    .innerJoin(enrolment, eq(enrolment.id, certificate.enrolmentId))
    .where(inArray(enrolment.cohortId, cohorts.map((c) => c.id)));
  const done = new Set(certified.map((c) => c.cohortId));
  let revoked = done.size > 0; // the one revocation was made by an earlier start
  for (const c of cohorts) {
    if (done.has(c.id)) continue;
    const row = await findCohort(db, { territoryId: c.territoryId, cohortId: c.id });
    if (!row) continue;
    const eligible = (await listCompletion(db, row, { territoryId: c.territoryId, cohortId: c.id })).filter((t) => t.completion.eligible && !t.certificate);
    if (eligible.length === 0) continue;
    const language = isLanguage(c.languages[0]) ? c.languages[0] : DEFAULT_LANGUAGE;
    const terr = { id: c.territoryId, programmeId: c.programmeId, name: c.name };
    const result = await issueCertificates(db, {
      actor: null,
      territory: terr,
      cohortId: c.id,
      enrolmentIds: eligible.slice(0, PER_COHORT).map((t) => t.enrolmentId),
      language,
    });
    if (!revoked && result && result.issued.length > 1) {
      await revokeCertificate(db, { actor: null, territory: terr, certificateId: result.issued[result.issued.length - 1], reason: DEMO_REVOCATION_REASON });
      revoked = true;
    }
  }
}

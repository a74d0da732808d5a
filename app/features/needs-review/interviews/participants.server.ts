// Participants of the Needs Review: pseudonymised people interviewed or consulted. Their real
// name and contact, if kept at all, live in participant_identity and reach coordinators only.
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { isUniqueViolation } from "~/db/errors";
import { consent, interview, interviewParticipant, participant, participantIdentity, type TargetGroup } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { canInTerritory } from "~/tenancy/policy";
import type { ParticipantInput } from "../needs-review.schema";
import { INTERVIEW_SCOPE } from "./interviews.server";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";

type Territory = { id: string; programmeId: string };

export function canSeeIdentity(actor: Actor, territory: Territory): boolean {
  return canInTerritory(actor, "participants:identity", territory);
}

/** One page of the territory's participants by pseudonym, with whether a consent is in force. */
export async function listParticipants(db: Executor, args: { territoryId: string; page: number }) {
  const where = eq(participant.territoryId, args.territoryId);
  const activeConsents = db
    .select({ participantId: consent.participantId, n: count().as("n") })
    .from(consent)
    .where(and(isNull(consent.withdrawnAt), eq(consent.scope, INTERVIEW_SCOPE)))
    .groupBy(consent.participantId)
    .as("active_consents");
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: participant.id,
        pseudonym: participant.pseudonym,
        targetGroup: participant.targetGroup,
        // A department stored before the two fields became one counts as the organisation.
        organisation: sql<string | null>`coalesce(${participant.organisation}, ${participant.department})`,
        languages: participant.languages,
        hasConsent: sql<boolean>`coalesce(${activeConsents.n}, 0) > 0`,
      })
      .from(participant)
      .leftJoin(activeConsents, eq(activeConsents.participantId, participant.id))
      .where(where)
      .orderBy(asc(participant.pseudonym))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(participant).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

export async function countParticipantsByGroup(db: Executor, args: { territoryId: string }): Promise<Record<TargetGroup, number>> {
  const rows = await db
    .select({ group: participant.targetGroup, n: count() })
    .from(participant)
    .where(eq(participant.territoryId, args.territoryId))
    .groupBy(participant.targetGroup);
  const counts: Record<TargetGroup, number> = { civil_servant: 0, third_country_national: 0, stakeholder: 0 };
  for (const r of rows) counts[r.group] = r.n;
  return counts;
}

/**
 * Registers a participant (and her identity, if given and the actor may keep it) with its audit
 * entry. Returns "duplicate" when the territory already has the pseudonym.
 */
export async function createParticipant(
  db: Executor,
  args: { actor: Actor; territory: Territory; input: ParticipantInput },
): Promise<{ id: string } | "duplicate"> {
  const { actor, territory, input } = args;
  const keepIdentity = canSeeIdentity(actor, territory) && Boolean(input.realName || input.contact);
  try {
    return await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: participant.id })
        .from(participant)
        .where(and(eq(participant.territoryId, territory.id), eq(participant.pseudonym, input.pseudonym)));
      if (existing) return "duplicate" as const;
      const [row] = await tx
        .insert(participant)
        .values({
          territoryId: territory.id,
          pseudonym: input.pseudonym,
          targetGroup: input.targetGroup,
          // One field since issue 9: a department sent by an older form goes where the form now puts it.
          department: null,
          organisation: input.organisation ?? input.department ?? null,
          ageBand: input.ageBand ?? null,
          gender: input.gender ?? null,
          regionOfOrigin: input.regionOfOrigin ?? null,
          languages: input.languages,
          createdByUserId: actor.userId,
        })
        .returning({ id: participant.id });
      if (keepIdentity) {
        await tx.insert(participantIdentity).values({ participantId: row.id, realName: input.realName ?? null, contact: input.contact ?? null });
      }
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "participant.create",
        objectType: "participant",
        objectId: row.id,
        details: { targetGroup: input.targetGroup, identityKept: keepIdentity },
      });
      return row;
    });
  } catch (error) {
    // Two registrations of the same pseudonym at once: the unique index decides.
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/** A participant's id, pseudonym and attributes: what her page shows and her edit form changes. */
export const participantAttributeColumns = {
  id: participant.id,
  pseudonym: participant.pseudonym,
  targetGroup: participant.targetGroup,
  department: participant.department,
  organisation: participant.organisation,
  ageBand: participant.ageBand,
  gender: participant.gender,
  regionOfOrigin: participant.regionOfOrigin,
  languages: participant.languages,
};

/** Whether the member conducted an interview of the territory in which the participant took part. */
async function interviewedBy(db: Executor, args: { territoryId: string; participantId: string; userId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: interview.id })
    .from(interview)
    .innerJoin(interviewParticipant, eq(interviewParticipant.interviewId, interview.id))
    .where(and(eq(interview.territoryId, args.territoryId), eq(interview.interviewerUserId, args.userId), eq(interviewParticipant.participantId, args.participantId)))
    .limit(1);
  return Boolean(row);
}

/**
 * A participant of the territory with her consents, or null (unknown, or another territory's).
 * The identity is included only for those allowed; every read is in the audit log.
 */
export async function readParticipant(db: Executor, args: { actor: Actor; territory: Territory; participantId: string }) {
  const { actor, territory, participantId } = args;
  const [row] = await db
    .select({ ...participantAttributeColumns, createdAt: participant.createdAt })
    .from(participant)
    .where(and(eq(participant.id, participantId), eq(participant.territoryId, territory.id)));
  if (!row) return null;
  // Coordinators keep identities; the member who interviewed her may read it too (issue: "visible
  // only to the coordinator and the interviewer"), but only coordinators change it.
  const canEditIdentity = canSeeIdentity(actor, territory);
  const withIdentity = canEditIdentity || (await interviewedBy(db, { territoryId: territory.id, participantId: row.id, userId: actor.userId }));
  const [consents, identity] = await Promise.all([
    db
      .select({
        id: consent.id,
        purpose: consent.purpose,
        scope: consent.scope,
        givenOn: consent.givenOn,
        informationSheetVersion: consent.informationSheetVersion,
        withdrawnAt: consent.withdrawnAt,
      })
      .from(consent)
      .where(eq(consent.participantId, row.id))
      .orderBy(asc(consent.givenOn), asc(consent.createdAt)),
    withIdentity
      ? db
          .select({ realName: participantIdentity.realName, contact: participantIdentity.contact })
          .from(participantIdentity)
          .where(eq(participantIdentity.participantId, row.id))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
  ]);
  await recordAudit(db, {
    actorUserId: actor.userId,
    programmeId: territory.programmeId,
    territoryId: territory.id,
    action: "participant.read",
    objectType: "participant",
    objectId: row.id,
    details: { identity: withIdentity },
  });
  return { ...row, consents, identity, canSeeIdentity: withIdentity, canEditIdentity };
}

// Consent of Needs Review participants: recorded with its purpose, date and information sheet,
// withdrawn (after a confirmation step in the page) with who did it and when.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { consent, participant } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { ConsentInput } from "../needs-review.schema";
import { INTERVIEW_SCOPE } from "./interviews.server";
import { countTranscriptsOfParticipant, deleteTranscriptsOfParticipant } from "./transcripts.server";

type Territory = { id: string; programmeId: string };

export async function countConsents(db: Executor, args: { territoryId: string }) {
  const [row] = await db
    .select({
      active: sql<number>`count(*) filter (where ${consent.withdrawnAt} is null)`.mapWith(Number),
      withdrawn: sql<number>`count(*) filter (where ${consent.withdrawnAt} is not null)`.mapWith(Number),
    })
    .from(consent)
    .innerJoin(participant, eq(participant.id, consent.participantId))
    .where(eq(participant.territoryId, args.territoryId));
  return { active: row?.active ?? 0, withdrawn: row?.withdrawn ?? 0 };
}

/** Records a consent for a participant of the territory; false when she is not one of its participants. */
export async function recordConsent(
  db: Executor,
  args: { actor: Actor; territory: Territory; participantId: string; input: ConsentInput },
): Promise<boolean> {
  const { actor, territory, participantId, input } = args;
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ id: participant.id })
      .from(participant)
      .where(and(eq(participant.id, participantId), eq(participant.territoryId, territory.id)));
    if (!owner) return false;
    const [row] = await tx
      .insert(consent)
      .values({
        participantId: owner.id,
        purpose: input.purpose,
        scope: input.scope,
        givenOn: input.givenOn,
        informationSheetVersion: input.informationSheetVersion,
        collectedByUserId: actor.userId,
      })
      .returning({ id: consent.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "consent.record",
      objectType: "consent",
      objectId: row.id,
      details: { participantId: owner.id, scope: input.scope, informationSheetVersion: input.informationSheetVersion },
    });
    return true;
  });
}

/** The consent, if it belongs to this participant of this territory and is still in force. */
export async function findActiveConsent(db: Executor, args: { territoryId: string; participantId: string; consentId: string }) {
  const [row] = await db
    .select({ id: consent.id, purpose: consent.purpose, scope: consent.scope, givenOn: consent.givenOn })
    .from(consent)
    .innerJoin(participant, eq(participant.id, consent.participantId))
    .where(
      and(
        eq(consent.id, args.consentId),
        eq(consent.participantId, args.participantId),
        eq(participant.territoryId, args.territoryId),
        isNull(consent.withdrawnAt),
      ),
    );
  return row ?? null;
}

/** Whether withdrawing this consent leaves the participant without a consent in force for interviews. */
async function losesInterviewConsent(db: Executor, args: { participantId: string; consentId: string }): Promise<boolean> {
  const inForce = await db
    .select({ id: consent.id })
    .from(consent)
    .where(and(eq(consent.participantId, args.participantId), isNull(consent.withdrawnAt), eq(consent.scope, INTERVIEW_SCOPE)));
  return inForce.some((c) => c.id === args.consentId) && inForce.length === 1;
}

/** How many transcripts withdrawing this consent deletes (none when it is not the last for interviews). */
export async function countTranscriptsAtStake(db: Executor, args: { territoryId: string; participantId: string; consentId: string }): Promise<number> {
  if (!(await losesInterviewConsent(db, args))) return 0;
  return countTranscriptsOfParticipant(db, args);
}

/**
 * Withdraws a consent in force and deletes the transcripts of the participant's interviews, in
 * one transaction with their audit entries. Returns how many transcripts were deleted, or null
 * when there is no consent to withdraw.
 */
export async function withdrawConsent(
  db: Executor,
  args: { actor: Actor; territory: Territory; participantId: string; consentId: string },
): Promise<{ transcriptsDeleted: number } | null> {
  const { actor, territory } = args;
  return db.transaction(async (tx) => {
    // Lock the participant: a transcript being saved for her interviews waits for this to finish.
    await tx.select({ id: participant.id }).from(participant).where(and(eq(participant.id, args.participantId), eq(participant.territoryId, territory.id))).for("update");
    const found = await findActiveConsent(tx, { territoryId: territory.id, participantId: args.participantId, consentId: args.consentId });
    if (!found) return null;
    // Per purpose (decision 025): the transcripts go when no consent for interviews is left in force.
    const losesInterview = await losesInterviewConsent(tx, { participantId: args.participantId, consentId: found.id });
    const [withdrawn] = await tx
      .update(consent)
      .set({ withdrawnAt: new Date(), withdrawnByUserId: actor.userId })
      .where(and(eq(consent.id, found.id), isNull(consent.withdrawnAt)))
      .returning({ id: consent.id });
    if (!withdrawn) return null;
    const transcriptsDeleted = losesInterview
      ? await deleteTranscriptsOfParticipant(tx, { actor, territory, participantId: args.participantId, reason: "consent_withdrawal" })
      : 0;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "consent.withdraw",
      objectType: "consent",
      objectId: withdrawn.id,
      // Codings do not exist yet; when they do, their removal is counted here too.
      details: { participantId: args.participantId, confirmed: true, transcriptsDeleted },
    });
    return { transcriptsDeleted };
  });
}

// Consent of Needs Review participants: recorded with its purpose, date and information sheet,
// withdrawn (after a confirmation step in the page) with who did it and when.
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { consent, participant } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { ConsentInput } from "./needs-review.schema";
import { deleteTranscriptsOfParticipant } from "./transcripts.server";

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
      details: { participantId: owner.id, informationSheetVersion: input.informationSheetVersion },
    });
    return true;
  });
}

/** The consent, if it belongs to this participant of this territory and is still in force. */
export async function findActiveConsent(db: Executor, args: { territoryId: string; participantId: string; consentId: string }) {
  const [row] = await db
    .select({ id: consent.id, purpose: consent.purpose, givenOn: consent.givenOn })
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
    const [withdrawn] = await tx
      .update(consent)
      .set({ withdrawnAt: new Date(), withdrawnByUserId: actor.userId })
      .where(and(eq(consent.id, found.id), isNull(consent.withdrawnAt)))
      .returning({ id: consent.id });
    if (!withdrawn) return null;
    const transcriptsDeleted = await deleteTranscriptsOfParticipant(tx, { actor, territory, participantId: args.participantId, reason: "consent_withdrawal" });
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

// Transcripts of Needs Review interviews: stored normalised (see transcript-text.ts), only while
// every participant of the interview has a consent in force. Every read is in the audit log;
// withdrawing a consent deletes the transcripts of the participant's interviews.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { interview, interviewParticipant, participant, transcript, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { realignTranscriptCodings } from "../coding/codings.server";
import { participantsWithoutConsent } from "./interviews.server";
import type { TranscriptInput } from "../needs-review.schema";

type Territory = { id: string; programmeId: string };

/** The interview's transcript, or null when it has none; a transcript read is audited. */
export async function readTranscript(db: Executor, args: { actor: Actor; territory: Territory; interviewId: string }) {
  const { actor, territory, interviewId } = args;
  const [row] = await db
    .select({
      id: transcript.id,
      text: transcript.text,
      version: transcript.version,
      updatedAt: transcript.updatedAt,
      updatedByName: user.name,
      pseudonymisedAt: transcript.pseudonymisedAt,
    })
    .from(transcript)
    .innerJoin(interview, eq(interview.id, transcript.interviewId))
    .leftJoin(user, eq(user.id, transcript.updatedByUserId))
    .where(and(eq(transcript.interviewId, interviewId), eq(interview.territoryId, territory.id)));
  if (!row) return null;
  await recordAudit(db, {
    actorUserId: actor.userId,
    programmeId: territory.programmeId,
    territoryId: territory.id,
    action: "transcript.read",
    objectType: "transcript",
    objectId: row.id,
    details: { interviewId, version: row.version },
  });
  return row;
}

export type SaveTranscriptResult = { saved: true; version: number; codings: { placed: number; unplaced: number } } | { saved: false; reason: "not-found" } | { saved: false; reason: "consent"; pseudonyms: string[] };

/**
 * Stores (or replaces) the transcript of an interview of the territory, with its audit entry.
 * Refused when a participant of the interview has no consent in force. The participants' rows
 * are locked for the check, so a withdrawal running at the same time waits (or goes first).
 */
export async function saveTranscript(
  db: Executor,
  args: { actor: Actor; territory: Territory; interviewId: string; input: TranscriptInput },
): Promise<SaveTranscriptResult> {
  const { actor, territory, interviewId, input } = args;
  return db.transaction(async (tx) => {
    // Share-lock the interview: an edit of its participants (which locks it for update) either
    // finishes first, and the check below sees the new participants, or waits for this save.
    const [owner] = await tx
      .select({ id: interview.id })
      .from(interview)
      .where(and(eq(interview.id, interviewId), eq(interview.territoryId, territory.id)))
      .for("share");
    if (!owner) return { saved: false as const, reason: "not-found" as const };
    const linked = tx.select({ id: interviewParticipant.participantId }).from(interviewParticipant).where(eq(interviewParticipant.interviewId, owner.id));
    await tx.select({ id: participant.id }).from(participant).where(inArray(participant.id, linked)).for("share");
    const missing = await participantsWithoutConsent(tx, { territoryId: territory.id, interviewId: owner.id });
    if (missing.length) return { saved: false as const, reason: "consent" as const, pseudonyms: missing };

    const [previous] = await tx
      .select({ id: transcript.id, text: transcript.text })
      .from(transcript)
      .where(eq(transcript.interviewId, owner.id))
      .for("update");
    const [row] = await tx
      .insert(transcript)
      .values({ interviewId: owner.id, territoryId: territory.id, text: input.text, updatedByUserId: actor.userId })
      .onConflictDoUpdate({
        target: transcript.interviewId,
        set: { text: input.text, version: sql`${transcript.version} + 1`, updatedAt: new Date(), updatedByUserId: actor.userId },
      })
      .returning({ id: transcript.id, version: transcript.version });
    // Codings follow their words into the new text, or are flagged for a person to place.
    const codings = previous ? await realignTranscriptCodings(tx, { transcriptId: row.id, oldText: previous.text, newText: input.text }) : { placed: 0, unplaced: 0 };
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "transcript.save",
      objectType: "transcript",
      objectId: row.id,
      details: { interviewId: owner.id, version: row.version, characters: input.text.length, codingsPlaced: codings.placed, codingsUnplaced: codings.unplaced },
    });
    return { saved: true as const, version: row.version, codings };
  });
}

/** The transcripts of the territory's interviews in which the participant took part. */
function transcriptsOfParticipant(db: Executor, args: { territoryId: string; participantId: string }) {
  return db
    .select({ id: transcript.id, interviewId: transcript.interviewId })
    .from(transcript)
    .innerJoin(interview, eq(interview.id, transcript.interviewId))
    .innerJoin(interviewParticipant, eq(interviewParticipant.interviewId, interview.id))
    .where(and(eq(interview.territoryId, args.territoryId), eq(interviewParticipant.participantId, args.participantId)));
}

export async function countTranscriptsOfParticipant(db: Executor, args: { territoryId: string; participantId: string }): Promise<number> {
  return (await transcriptsOfParticipant(db, args)).length;
}

/** Why a transcript was deleted, as its audit entry says. */
export type TranscriptDeletionReason = "consent_withdrawal" | "participant_deleted" | "interview_deleted";

/**
 * Deletes the transcripts of every interview the participant took part in, each with a
 * "transcript.delete" audit entry giving the reason. Call it inside the withdrawal's (or the
 * participant's deletion's) transaction.
 */
export async function deleteTranscriptsOfParticipant(
  tx: Executor,
  args: { actor: Actor; territory: Territory; participantId: string; reason: TranscriptDeletionReason },
): Promise<number> {
  const { actor, territory, participantId, reason } = args;
  const doomed = await transcriptsOfParticipant(tx, { territoryId: territory.id, participantId });
  if (doomed.length === 0) return 0;
  await tx.delete(transcript).where(inArray(transcript.id, doomed.map((d) => d.id)));
  for (const d of doomed) {
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "transcript.delete",
      objectType: "transcript",
      objectId: d.id,
      details: { interviewId: d.interviewId, participantId, reason },
    });
  }
  return doomed.length;
}

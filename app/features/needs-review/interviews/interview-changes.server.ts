// Corrections and deletion of Needs Review interviews. An edit is checked as a new interview is
// (interviewer a member, participants the territory's), plus the consent gate: a participant
// without a consent in force cannot join an interview that already has a transcript.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { interview, interviewParticipant, participant, transcript } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { FieldErrors } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import { changedFields } from "./changed-fields";
import { checkInterviewInput, hasConsentInForce } from "./interviews.server";
import type { InterviewInput } from "../needs-review.schema";
import type { TranscriptDeletionReason } from "./transcripts.server";

type Territory = { id: string; programmeId: string };

const DETAILS = ["conductedOn", "interviewerUserId", "language", "notes"] as const;

const detailColumns = {
  id: interview.id,
  conductedOn: interview.conductedOn,
  interviewerUserId: interview.interviewerUserId,
  language: interview.language,
  notes: interview.notes,
};

function ownInterview(territoryId: string, interviewId: string) {
  return and(eq(interview.id, interviewId), eq(interview.territoryId, territoryId));
}

async function participantIdsOf(db: Executor, interviewId: string): Promise<string[]> {
  const rows = await db
    .select({ id: interviewParticipant.participantId })
    .from(interviewParticipant)
    .where(eq(interviewParticipant.interviewId, interviewId))
    .orderBy(asc(interviewParticipant.participantId));
  return rows.map((r) => r.id);
}

async function transcriptIdOf(db: Executor, interviewId: string): Promise<string | null> {
  const [row] = await db.select({ id: transcript.id }).from(transcript).where(eq(transcript.interviewId, interviewId));
  return row?.id ?? null;
}

/** An interview of the territory as its edit form shows it, or null (unknown, or another territory's). */
export async function findInterviewForEdit(db: Executor, args: { territoryId: string; interviewId: string }) {
  const [row] = await db.select(detailColumns).from(interview).where(ownInterview(args.territoryId, args.interviewId));
  if (!row) return null;
  const [participantIds, transcriptId] = await Promise.all([participantIdsOf(db, row.id), transcriptIdOf(db, row.id)]);
  return { ...row, participantIds, hasTranscript: transcriptId !== null };
}

/**
 * Saves the edited interview and its participants with an "interview.update" entry saying which
 * details changed and who joined or left. Returns the field errors (catalog keys) when the input
 * does not fit the territory or fails the consent gate, null when the interview is gone.
 */
export async function updateInterview(
  db: Executor,
  args: { actor: Actor; territory: Territory; interviewId: string; input: InterviewInput },
): Promise<{ id: string } | { errors: FieldErrors } | null> {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    // Lock the interview: a transcript being saved for it (saveTranscript share-locks it) waits, or goes first.
    const [before] = await tx.select(detailColumns).from(interview).where(ownInterview(territory.id, args.interviewId)).for("update");
    if (!before) return null;
    const checked = await checkInterviewInput(tx, { territoryId: territory.id, input });
    if ("errors" in checked) return checked;
    const current = await participantIdsOf(tx, before.id);
    const added = checked.participantIds.filter((id) => !current.includes(id));
    const removed = current.filter((id) => !checked.participantIds.includes(id));

    if (added.length && (await transcriptIdOf(tx, before.id))) {
      // The consent gate, with the newcomers locked as saveTranscript locks participants: a
      // withdrawal of their consent running now either finishes first (and we refuse) or waits.
      await tx.select({ id: participant.id }).from(participant).where(inArray(participant.id, added)).for("share");
      const withoutConsent = await tx
        .select({ id: participant.id })
        .from(participant)
        .where(and(inArray(participant.id, added), sql`not ${hasConsentInForce}`));
      if (withoutConsent.length) return { errors: { "participantIds[]": ["errors.addedParticipantNeedsConsent"] } };
    }

    const after = { conductedOn: input.conductedOn, interviewerUserId: input.interviewerUserId, language: input.language, notes: input.notes };
    await tx.update(interview).set(after).where(eq(interview.id, before.id));
    if (removed.length) {
      await tx.delete(interviewParticipant).where(and(eq(interviewParticipant.interviewId, before.id), inArray(interviewParticipant.participantId, removed)));
    }
    if (added.length) await tx.insert(interviewParticipant).values(added.map((participantId) => ({ interviewId: before.id, participantId })));
    const changed: string[] = changedFields(before, after, DETAILS);
    if (added.length || removed.length) changed.push("participants");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "interview.update",
      objectType: "interview",
      objectId: before.id,
      details: { changed, participantsAdded: added, participantsRemoved: removed },
    });
    return { id: before.id };
  });
}

/**
 * Deletes an interview of the territory. The database removes its participant links and its
 * transcript with it (on delete cascade; so will it remove its codings); the transcript's removal
 * gets its own "transcript.delete" entry (reason "interview_deleted") beside "interview.delete".
 * Null when there is no such interview (any more).
 */
export async function deleteInterview(
  db: Executor,
  args: { actor: Actor; territory: Territory; interviewId: string },
): Promise<{ transcriptDeleted: boolean } | null> {
  const { actor, territory } = args;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: interview.id, conductedOn: interview.conductedOn })
      .from(interview)
      .where(ownInterview(territory.id, args.interviewId))
      .for("update");
    if (!row) return null;
    const [participantIds, transcriptId] = await Promise.all([participantIdsOf(tx, row.id), transcriptIdOf(tx, row.id)]);
    await tx.delete(interview).where(eq(interview.id, row.id));
    const entry = { actorUserId: actor.userId, programmeId: territory.programmeId, territoryId: territory.id };
    if (transcriptId) {
      await recordAudit(tx, { ...entry, action: "transcript.delete", objectType: "transcript", objectId: transcriptId, details: { interviewId: row.id, reason: "interview_deleted" satisfies TranscriptDeletionReason } });
    }
    await recordAudit(tx, {
      ...entry,
      action: "interview.delete",
      objectType: "interview",
      objectId: row.id,
      details: { conductedOn: row.conductedOn, participantIds, transcriptDeleted: transcriptId !== null },
    });
    return { transcriptDeleted: transcriptId !== null };
  });
}

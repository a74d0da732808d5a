// Corrections and erasure of Needs Review participants. An edit may change the pseudonym (still
// unique in the territory), the attributes and, for those allowed, the identity. Deleting a
// participant erases her identity, consents, links to interviews and the transcripts of those
// interviews, in one transaction with the audit entries. No audit entry carries her real name.
import { and, count, eq, ne } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { isUniqueViolation } from "~/db/errors";
import { consent, interviewParticipant, participant, participantIdentity } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { changedFields } from "./changed-fields";
import type { ParticipantInput } from "../needs-review.schema";
import { canSeeIdentity, participantAttributeColumns } from "./participants.server";
import { countTranscriptsOfParticipant, deleteTranscriptsOfParticipant } from "./transcripts.server";

type Territory = { id: string; programmeId: string };

const ATTRIBUTES = ["pseudonym", "targetGroup", "department", "organisation", "ageBand", "gender", "regionOfOrigin", "languages"] as const;
const IDENTITY = ["realName", "contact"] as const;


function ownParticipant(territoryId: string, participantId: string) {
  return and(eq(participant.id, participantId), eq(participant.territoryId, territoryId));
}

/**
 * Saves the edited participant with a "participant.update" entry naming the fields changed.
 * The identity is written (or removed, when both its fields are empty) only if the actor may
 * keep one; otherwise it stays as it is. Returns "duplicate" when another participant of the
 * territory has the pseudonym, null when the participant is gone.
 */
export async function updateParticipant(
  db: Executor,
  args: { actor: Actor; territory: Territory; participantId: string; input: ParticipantInput },
): Promise<{ id: string; pseudonym: string } | "duplicate" | null> {
  const { actor, territory, input } = args;
  const withIdentity = canSeeIdentity(actor, territory);
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select(participantAttributeColumns).from(participant).where(ownParticipant(territory.id, args.participantId)).for("update");
      if (!before) return null;
      if (input.pseudonym !== before.pseudonym) {
        const [taken] = await tx
          .select({ id: participant.id })
          .from(participant)
          .where(and(eq(participant.territoryId, territory.id), eq(participant.pseudonym, input.pseudonym), ne(participant.id, before.id)));
        if (taken) return "duplicate" as const;
      }
      const after = {
        pseudonym: input.pseudonym,
        targetGroup: input.targetGroup,
        // One field since issue 9: a department sent by an older form goes where the form now puts it.
        department: null,
        organisation: input.organisation ?? input.department ?? null,
        ageBand: input.ageBand ?? null,
        gender: input.gender ?? null,
        regionOfOrigin: input.regionOfOrigin ?? null,
        languages: input.languages,
      };
      await tx.update(participant).set(after).where(eq(participant.id, before.id));
      const changed: string[] = changedFields(before, after, ATTRIBUTES);
      if (withIdentity) changed.push(...(await saveIdentity(tx, before.id, { realName: input.realName ?? null, contact: input.contact ?? null })));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "participant.update",
        objectType: "participant",
        objectId: before.id,
        details: { changed },
      });
      return { id: before.id, pseudonym: after.pseudonym };
    });
  } catch (error) {
    // Two edits (or an edit and a registration) taking the same pseudonym at once: the unique index decides.
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
}

/** Writes, replaces or removes the identity; returns the names of the identity fields changed. */
async function saveIdentity(tx: Executor, participantId: string, identity: { realName: string | null; contact: string | null }) {
  const [stored] = await tx
    .select({ realName: participantIdentity.realName, contact: participantIdentity.contact })
    .from(participantIdentity)
    .where(eq(participantIdentity.participantId, participantId));
  const changed = changedFields(stored ?? { realName: null, contact: null }, identity, IDENTITY);
  if (changed.length === 0) return changed;
  if (!identity.realName && !identity.contact) {
    await tx.delete(participantIdentity).where(eq(participantIdentity.participantId, participantId));
  } else {
    await tx.insert(participantIdentity).values({ participantId, ...identity }).onConflictDoUpdate({ target: participantIdentity.participantId, set: identity });
  }
  return changed;
}

/** What deleting the participant takes with her, for the confirmation; null when she is not the territory's. */
export async function describeParticipantErasure(db: Executor, args: { territoryId: string; participantId: string }) {
  const [row] = await db.select({ id: participant.id, pseudonym: participant.pseudonym }).from(participant).where(ownParticipant(args.territoryId, args.participantId));
  if (!row) return null;
  const [[consents], [interviews], transcripts] = await Promise.all([
    db.select({ n: count() }).from(consent).where(eq(consent.participantId, row.id)),
    db.select({ n: count() }).from(interviewParticipant).where(eq(interviewParticipant.participantId, row.id)),
    countTranscriptsOfParticipant(db, { territoryId: args.territoryId, participantId: row.id }),
  ]);
  return { ...row, consents: consents.n, interviews: interviews.n, transcripts };
}

/**
 * Erases a participant of the territory: the transcripts of her interviews (each with a
 * "transcript.delete" entry, reason "participant_deleted"), then the participant, whose identity,
 * consents and interview links the database removes with her (on delete cascade), and a
 * "participant.delete" entry with the counts. Null when there is no such participant (any more).
 */
export async function deleteParticipant(
  db: Executor,
  args: { actor: Actor; territory: Territory; participantId: string },
): Promise<{ transcriptsDeleted: number } | null> {
  const { actor, territory } = args;
  return db.transaction(async (tx) => {
    // Lock her row: a transcript being saved for one of her interviews waits (saveTranscript share-locks participants).
    const [row] = await tx
      .select({ id: participant.id, targetGroup: participant.targetGroup })
      .from(participant)
      .where(ownParticipant(territory.id, args.participantId))
      .for("update");
    if (!row) return null;
    const [[consents], [links], [identity]] = await Promise.all([
      tx.select({ n: count() }).from(consent).where(eq(consent.participantId, row.id)),
      tx.select({ n: count() }).from(interviewParticipant).where(eq(interviewParticipant.participantId, row.id)),
      tx.select({ id: participantIdentity.participantId }).from(participantIdentity).where(eq(participantIdentity.participantId, row.id)),
    ]);
    const transcriptsDeleted = await deleteTranscriptsOfParticipant(tx, { actor, territory, participantId: row.id, reason: "participant_deleted" });
    await tx.delete(participant).where(eq(participant.id, row.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "participant.delete",
      objectType: "participant",
      objectId: row.id,
      // Counts only: neither her pseudonym nor her identity outlives her in the log.
      details: {
        targetGroup: row.targetGroup,
        identityDeleted: Boolean(identity),
        consentsDeleted: consents.n,
        interviewsUnlinked: links.n,
        transcriptsDeleted,
      },
    });
    return { transcriptsDeleted };
  });
}

// The prioritisation: each participant spreads the round table's points across its contributions,
// recorded by the facilitator or cast by herself when her account is linked. Saving replaces her
// votes as a whole, so a form sent twice leaves the same votes. Only while "prioritising".
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { roundTable, roundTableContribution, roundTableParticipant, roundTableVote } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import type { Actor } from "~/tenancy/actor.server";
import { type Refusal, refuse } from "./refusal";
import type { VotesInput } from "./co-design.schema";
import { lockRoundTable, type Territory } from "./round-tables.server";
import { checkVotes } from "./votes";

/** Every vote at the round table (participant, contribution, points): the forms are filled from it. */
export async function listVotes(db: Executor, args: { territoryId: string; roundTableId: string }) {
  return db
    .select({ participantId: roundTableVote.participantId, contributionId: roundTableVote.contributionId, points: roundTableVote.points })
    .from(roundTableVote)
    .innerJoin(roundTableParticipant, eq(roundTableParticipant.id, roundTableVote.participantId))
    .innerJoin(roundTable, and(eq(roundTable.id, roundTableParticipant.roundTableId), eq(roundTable.territoryId, args.territoryId)))
    .where(eq(roundTableParticipant.roundTableId, args.roundTableId));
}

/** The participant of the round table linked to the account, or null. The caller has checked the round table is the territory's. */
export async function findLinkedParticipant(db: Executor, args: { roundTableId: string; userId: string }) {
  const [row] = await db
    .select({ id: roundTableParticipant.id, name: roundTableParticipant.name })
    .from(roundTableParticipant)
    .where(and(eq(roundTableParticipant.roundTableId, args.roundTableId), eq(roundTableParticipant.userId, args.userId)))
    .limit(1);
  return row ?? null;
}

/** The territory's round tables at which the account sits as a linked participant, newest first: her way to her vote pages. */
export async function listMyRoundTables(db: Executor, args: { territoryId: string; userId: string }) {
  return db
    .select({ id: roundTable.id, theme: roundTable.theme, heldOn: roundTable.heldOn, status: roundTable.status })
    .from(roundTableParticipant)
    .innerJoin(roundTable, eq(roundTable.id, roundTableParticipant.roundTableId))
    .where(and(eq(roundTable.territoryId, args.territoryId), eq(roundTableParticipant.userId, args.userId)))
    .orderBy(desc(roundTable.heldOn), roundTable.id)
    .limit(20);
}

export type SaveVotesResult = { ok: true; total: number } | Refusal | null;

/**
 * Replaces the votes of one participant of the round table. `ownUserId` set: she votes herself,
 * and the participant must be the one linked to that account (else null, a 404).
 */
export async function saveVotes(
  db: Executor,
  args: { actor: Actor; territory: Territory; roundTableId: string; participantId: string; input: VotesInput; ownUserId?: string },
): Promise<SaveVotesResult> {
  const { actor, territory, roundTableId, input } = args;
  return db.transaction(async (tx) => {
    const table = await lockRoundTable(tx, { territoryId: territory.id, roundTableId });
    if (!table) return null;
    const participantId = parseUuid(args.participantId);
    const [person] = participantId
      ? await tx
          .select({ id: roundTableParticipant.id, userId: roundTableParticipant.userId })
          .from(roundTableParticipant)
          .where(and(eq(roundTableParticipant.id, participantId), eq(roundTableParticipant.roundTableId, roundTableId)))
      : [];
    if (args.ownUserId !== undefined && person?.userId !== args.ownUserId) return null;
    if (!person) return refuse("_form", "coDesign.errors.participantUnknown");
    if (table.status === "closed") return refuse("_form", "coDesign.errors.closed", 409);
    if (table.status !== "prioritising") return refuse("_form", "coDesign.errors.notPrioritising", 409);
    const contributions = await tx.select({ id: roundTableContribution.id }).from(roundTableContribution).where(eq(roundTableContribution.roundTableId, roundTableId));
    const checked = checkVotes(
      { contributionIds: input["contributionIds[]"], points: input["points[]"] },
      { contributionIds: contributions.map((c) => c.id), votesPerParticipant: table.votesPerParticipant },
    );
    if (!checked.ok) return { errors: { _form: [checked.error] } };
    const before = await tx
      .select({ contributionId: roundTableVote.contributionId, points: roundTableVote.points })
      .from(roundTableVote)
      .where(eq(roundTableVote.participantId, person.id));
    // The same votes again (a double submit, the back button): nothing to change or to log.
    if (sameVotes(before, checked.votes)) return { ok: true as const, total: checked.total };
    await tx.delete(roundTableVote).where(eq(roundTableVote.participantId, person.id));
    if (checked.votes.length) {
      await tx.insert(roundTableVote).values(checked.votes.map((v) => ({ ...v, participantId: person.id, recordedByUserId: actor.userId })));
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "round_table.votes",
      objectType: "round_table",
      objectId: roundTableId,
      details: { participantId: person.id, own: args.ownUserId !== undefined, total: checked.total, votes: checked.votes },
    });
    return { ok: true as const, total: checked.total };
  });
}

function sameVotes(a: { contributionId: string; points: number }[], b: { contributionId: string; points: number }[]): boolean {
  const key = (votes: typeof a) => votes.map((v) => `${v.contributionId}:${v.points}`).sort().join(",");
  return key(a) === key(b);
}

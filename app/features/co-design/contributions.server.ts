// Contributions: what the round table proposes staff should learn, each optionally answering one
// of the needs on the table and proposed by one of its participants; and their ranking after the
// prioritisation, which the Toolkit links its modules to.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { roundTable, roundTableContribution, roundTableParticipant, roundTableVote, territory } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import type { Actor } from "~/tenancy/actor.server";
import { type Refusal, refuse } from "./refusal";
import type { ContributionInput } from "./co-design.schema";
import { isNeedOnTable } from "./needs.server";
import { lockRoundTable, type Territory } from "./round-tables.server";

export type RankedContribution = {
  id: string;
  proposal: string;
  roundTableId: string;
  theme: string;
  territoryId: string;
  findingId: string | null;
  points: number;
  voters: number;
  /** 1 for the first of its round table; ties on points go to more voters, then the earlier contribution. */
  rank: number;
};

/**
 * The contributions of the programme's round tables (or of one territory, or one round table)
 * ranked within their round table, in one query: points and voters summed in SQL, the rank a
 * window over the sums. Round tables in date order, contributions by rank.
 */
export async function listRankedContributions(
  db: Executor,
  args: { programmeId: string; territoryId?: string; roundTableId?: string },
): Promise<RankedContribution[]> {
  const points = sql<number>`coalesce(sum(${roundTableVote.points}), 0)::int`;
  const voters = sql<number>`count(${roundTableVote.participantId})::int`;
  const rank = sql<number>`(row_number() over (partition by ${roundTableContribution.roundTableId}
    order by coalesce(sum(${roundTableVote.points}), 0) desc, count(${roundTableVote.participantId}) desc,
    ${roundTableContribution.createdAt} asc, ${roundTableContribution.id} asc))::int`.as("rank");
  return db
    .select({
      id: roundTableContribution.id,
      proposal: roundTableContribution.proposal,
      roundTableId: roundTableContribution.roundTableId,
      theme: roundTable.theme,
      territoryId: roundTable.territoryId,
      findingId: roundTableContribution.findingId,
      points,
      voters,
      rank,
    })
    .from(roundTableContribution)
    .innerJoin(roundTable, eq(roundTable.id, roundTableContribution.roundTableId))
    .innerJoin(territory, eq(territory.id, roundTable.territoryId))
    .leftJoin(roundTableVote, eq(roundTableVote.contributionId, roundTableContribution.id))
    .where(
      and(
        eq(territory.programmeId, args.programmeId),
        args.territoryId ? eq(roundTable.territoryId, args.territoryId) : undefined,
        args.roundTableId ? eq(roundTable.id, args.roundTableId) : undefined,
      ),
    )
    .groupBy(roundTableContribution.id, roundTable.id)
    .orderBy(asc(roundTable.heldOn), asc(roundTable.id), sql`"rank"`);
}

/** The round table's contributions in the order they were made, with their proposer's name (one query). */
export async function listContributions(db: Executor, args: { territoryId: string; roundTableId: string }) {
  return db
    .select({
      id: roundTableContribution.id,
      proposal: roundTableContribution.proposal,
      findingId: roundTableContribution.findingId,
      proposedBy: roundTableParticipant.name,
    })
    .from(roundTableContribution)
    .innerJoin(roundTable, and(eq(roundTable.id, roundTableContribution.roundTableId), eq(roundTable.territoryId, args.territoryId)))
    .leftJoin(roundTableParticipant, eq(roundTableParticipant.id, roundTableContribution.proposedByParticipantId))
    .where(eq(roundTableContribution.roundTableId, args.roundTableId))
    .orderBy(asc(roundTableContribution.createdAt), asc(roundTableContribution.id));
}

/**
 * Adds a contribution. Its need must be on the table and its proposer at the table; closed round
 * tables are refused. The same proposal twice at one round table is taken as a double submit.
 */
export async function addContribution(
  db: Executor,
  args: { actor: Actor; territory: Territory; roundTableId: string; input: ContributionInput },
): Promise<{ id: string; duplicate?: true } | Refusal | null> {
  const { actor, territory, roundTableId, input } = args;
  return db.transaction(async (tx) => {
    const table = await lockRoundTable(tx, { territoryId: territory.id, roundTableId });
    if (!table) return null;
    if (table.status === "closed") return refuse("_form", "coDesign.errors.closed", 409);
    let findingId: string | null = null;
    if (input.findingId !== undefined) {
      findingId = parseUuid(input.findingId);
      if (!findingId || !(await isNeedOnTable(tx, { roundTableId, findingId }))) return refuse("findingId", "coDesign.errors.needNotOnTable");
    }
    let proposerId: string | null = null;
    if (input.proposedByParticipantId !== undefined) {
      proposerId = parseUuid(input.proposedByParticipantId);
      const [found] = proposerId
        ? await tx
            .select({ id: roundTableParticipant.id })
            .from(roundTableParticipant)
            .where(and(eq(roundTableParticipant.id, proposerId), eq(roundTableParticipant.roundTableId, roundTableId)))
        : [];
      if (!found) return refuse("proposedByParticipantId", "coDesign.errors.participantUnknown");
    }
    const [same] = await tx
      .select({ id: roundTableContribution.id })
      .from(roundTableContribution)
      .where(and(eq(roundTableContribution.roundTableId, roundTableId), eq(roundTableContribution.proposal, input.proposal)));
    if (same) return { id: same.id, duplicate: true as const };
    const [row] = await tx
      .insert(roundTableContribution)
      .values({ roundTableId, proposal: input.proposal, findingId, proposedByParticipantId: proposerId, createdByUserId: actor.userId })
      .returning({ id: roundTableContribution.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "round_table.contribution_add",
      objectType: "round_table",
      objectId: roundTableId,
      details: { contributionId: row.id, findingId },
    });
    return row;
  });
}


// Round tables (Thematic Core City Groups) hosted by a territory: the list with its key figures,
// one round table, its basics and its status (planned → prioritising → closed). Every query is
// scoped by the host territory; every change is audited in its transaction.
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { type RoundTableStatus, ROUND_TABLE_STATUSES, roundTable, roundTableContribution, roundTableParticipant } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { RoundTableInput } from "./co-design.schema";

export type Territory = { id: string; programmeId: string };

export const ROUND_TABLE_PAGE_SIZE = 25;

const participantCount = sql<number>`(select count(*)::int from ${roundTableParticipant} where ${roundTableParticipant.roundTableId} = ${qualified(roundTable.id)})`;
const contributionCount = sql<number>`(select count(*)::int from ${roundTableContribution} where ${roundTableContribution.roundTableId} = ${qualified(roundTable.id)})`;

/** One page of the territory's round tables, most recent first, with their counts (one query). */
export async function listRoundTables(db: Executor, args: { territoryId: string; page: number }) {
  const where = eq(roundTable.territoryId, args.territoryId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: roundTable.id,
        theme: roundTable.theme,
        heldOn: roundTable.heldOn,
        place: roundTable.place,
        onlineUrl: roundTable.onlineUrl,
        status: roundTable.status,
        participants: participantCount,
        contributions: contributionCount,
      })
      .from(roundTable)
      .where(where)
      .orderBy(desc(roundTable.heldOn), asc(roundTable.theme), asc(roundTable.id))
      .limit(ROUND_TABLE_PAGE_SIZE)
      .offset((args.page - 1) * ROUND_TABLE_PAGE_SIZE),
    db.select({ total: count() }).from(roundTable).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: ROUND_TABLE_PAGE_SIZE };
}

/**
 * The co-design figures of a territory in one query: round tables held (dated today or earlier),
 * participants by scope (a person at two round tables counts twice: seats, not people, since
 * participants are recorded per round table), and contributions.
 */
export async function countCoDesignFigures(db: Executor, args: { territoryId: string }) {
  const [row] = await db
    .select({
      roundTables: sql<number>`count(*)::int`,
      held: sql<number>`(count(*) filter (where ${roundTable.heldOn} <= current_date))::int`,
      local: sql<number>`coalesce(sum((select count(*) from ${roundTableParticipant} where ${roundTableParticipant.roundTableId} = ${qualified(roundTable.id)} and ${roundTableParticipant.scope} = 'local')), 0)::int`,
      international: sql<number>`coalesce(sum((select count(*) from ${roundTableParticipant} where ${roundTableParticipant.roundTableId} = ${qualified(roundTable.id)} and ${roundTableParticipant.scope} = 'international')), 0)::int`,
      contributions: sql<number>`coalesce(sum(${contributionCount}), 0)::int`,
    })
    .from(roundTable)
    .where(eq(roundTable.territoryId, args.territoryId));
  return row;
}

export async function findRoundTable(db: Executor, args: { territoryId: string; roundTableId: string }) {
  const [row] = await db
    .select({
      id: roundTable.id,
      theme: roundTable.theme,
      heldOn: roundTable.heldOn,
      place: roundTable.place,
      onlineUrl: roundTable.onlineUrl,
      votesPerParticipant: roundTable.votesPerParticipant,
      status: roundTable.status,
      notes: roundTable.notes,
    })
    .from(roundTable)
    .where(and(eq(roundTable.id, args.roundTableId), eq(roundTable.territoryId, args.territoryId)));
  return row ?? null;
}

export type RoundTableRow = NonNullable<Awaited<ReturnType<typeof findRoundTable>>>;

/** The round table, locked for the rest of the transaction: status checks and the change they guard see the same row. */
export async function lockRoundTable(tx: Executor, args: { territoryId: string; roundTableId: string }) {
  const [row] = await tx
    .select({ id: roundTable.id, status: roundTable.status, votesPerParticipant: roundTable.votesPerParticipant })
    .from(roundTable)
    .where(and(eq(roundTable.id, args.roundTableId), eq(roundTable.territoryId, args.territoryId)))
    .for("update");
  return row ?? null;
}

const valuesOf = (input: RoundTableInput) => ({
  theme: input.theme,
  heldOn: input.heldOn,
  place: input.place,
  onlineUrl: input.onlineUrl ?? null,
  votesPerParticipant: input.votesPerParticipant,
  notes: input.notes,
});

export async function createRoundTable(db: Executor, args: { actor: Actor; territory: Territory; input: RoundTableInput }): Promise<{ id: string }> {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(roundTable)
      .values({ territoryId: territory.id, ...valuesOf(input), createdByUserId: actor.userId })
      .returning({ id: roundTable.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "round_table.create",
      objectType: "round_table",
      objectId: row.id,
      details: { heldOn: input.heldOn },
    });
    return row;
  });
}

export async function updateRoundTable(db: Executor, args: { actor: Actor; territory: Territory; roundTableId: string; input: RoundTableInput }): Promise<boolean> {
  const { actor, territory, roundTableId, input } = args;
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(roundTable)
      .set(valuesOf(input))
      .where(and(eq(roundTable.id, roundTableId), eq(roundTable.territoryId, territory.id)))
      .returning({ id: roundTable.id });
    if (!updated.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "round_table.update",
      objectType: "round_table",
      objectId: roundTableId,
      details: { heldOn: input.heldOn, votesPerParticipant: input.votesPerParticipant },
    });
    return true;
  });
}

/** The status that may follow, or null once closed. */
export function nextStatus(status: RoundTableStatus): Exclude<RoundTableStatus, "planned"> | null {
  return (ROUND_TABLE_STATUSES[ROUND_TABLE_STATUSES.indexOf(status) + 1] as Exclude<RoundTableStatus, "planned"> | undefined) ?? null;
}

/**
 * Moves the round table one step on. Asking for the status it already has changes nothing (a
 * double submit); skipping a step or going back is refused.
 */
export async function setRoundTableStatus(
  db: Executor,
  args: { actor: Actor; territory: Territory; roundTableId: string; status: RoundTableStatus },
): Promise<"changed" | "unchanged" | "refused" | null> {
  const { actor, territory, roundTableId, status } = args;
  return db.transaction(async (tx) => {
    const current = await lockRoundTable(tx, { territoryId: territory.id, roundTableId });
    if (!current) return null;
    if (current.status === status) return "unchanged";
    if (nextStatus(current.status) !== status) return "refused";
    await tx.update(roundTable).set({ status }).where(eq(roundTable.id, roundTableId));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "round_table.status",
      objectType: "round_table",
      objectId: roundTableId,
      details: { from: current.status, to: status },
    });
    return "changed";
  });
}

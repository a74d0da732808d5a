// The people at a round table: local and international participants, each optionally linked to a
// member account of the host territory, so she can cast her own votes. Audit entries name ids only.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { roundTable, roundTableParticipant, roundTableVote, territoryMember, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { type Refusal, refuse } from "./refusal";
import type { ParticipantInput } from "./co-design.schema";
import { lockRoundTable, type Territory } from "./round-tables.server";

/** The round table's participants, with whether each has voted (one query). The caller has checked the round table is the territory's. */
/** The round table's participants, scoped by its host territory, with whether each has voted. */
export async function listParticipants(db: Executor, args: { territoryId: string; roundTableId: string }) {
  return db
    .select({
      id: roundTableParticipant.id,
      name: roundTableParticipant.name,
      organisationName: roundTableParticipant.organisationName,
      category: roundTableParticipant.category,
      scope: roundTableParticipant.scope,
      userId: roundTableParticipant.userId,
      hasVoted: sql<boolean>`exists (select 1 from ${roundTableVote} where ${roundTableVote.participantId} = ${qualified(roundTableParticipant.id)})`,
    })
    .from(roundTableParticipant)
    .innerJoin(roundTable, and(eq(roundTable.id, roundTableParticipant.roundTableId), eq(roundTable.territoryId, args.territoryId)))
    .where(eq(roundTableParticipant.roundTableId, args.roundTableId))
    .orderBy(asc(roundTableParticipant.name), asc(roundTableParticipant.createdAt), asc(roundTableParticipant.id));
}

/** Members of the territory a participant may be linked to: one row per person, by name. */
export async function listMemberOptions(db: Executor, args: { territoryId: string }) {
  return db
    .selectDistinct({ userId: user.id, name: user.name })
    .from(territoryMember)
    .innerJoin(user, eq(user.id, territoryMember.userId))
    .where(eq(territoryMember.territoryId, args.territoryId))
    .orderBy(asc(user.name), asc(user.id));
}

/**
 * Adds a participant. A linked account must be a member of the host territory and not already at
 * this round table (she has one set of votes). Closed round tables are refused.
 */
export async function addParticipant(
  db: Executor,
  args: { actor: Actor; territory: Territory; roundTableId: string; input: ParticipantInput },
): Promise<{ id: string } | Refusal | null> {
  const { actor, territory, roundTableId, input } = args;
  return db.transaction(async (tx) => {
    const table = await lockRoundTable(tx, { territoryId: territory.id, roundTableId });
    if (!table) return null;
    if (table.status === "closed") return refuse("_form", "coDesign.errors.closed", 409);
    let name = input.name;
    let userId: string | null = null;
    if (input.userId !== undefined) {
      const [member] = await tx
        .select({ id: user.id, name: user.name })
        .from(territoryMember)
        .innerJoin(user, eq(user.id, territoryMember.userId))
        .where(and(eq(territoryMember.territoryId, territory.id), eq(territoryMember.userId, input.userId)))
        .limit(1);
      if (!member) return refuse("userId", "coDesign.errors.memberUnknown");
      const [already] = await tx
        .select({ id: roundTableParticipant.id })
        .from(roundTableParticipant)
        .where(and(eq(roundTableParticipant.roundTableId, roundTableId), eq(roundTableParticipant.userId, member.id)));
      if (already) return refuse("userId", "coDesign.errors.memberAlreadyLinked");
      userId = member.id;
      name ||= member.name;
    }
    if (name.length < 2) return refuse("name", "errors.nameTooShort");
    const [row] = await tx
      .insert(roundTableParticipant)
      .values({ roundTableId, name, organisationName: input.organisationName, category: input.category, scope: input.scope, userId })
      .returning({ id: roundTableParticipant.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "round_table.participant_add",
      objectType: "round_table",
      objectId: roundTableId,
      details: { participantId: row.id, scope: input.scope, category: input.category, linked: userId !== null },
    });
    return row;
  });
}


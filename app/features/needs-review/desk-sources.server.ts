// Desk research: the documents a territory reviews (policies, strategies, reports, statistics).
import { count, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { deskSource } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { DeskSourceInput } from "./needs-review.schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "./paging";

type Territory = { id: string; programmeId: string };

/** One page of the territory's sources, newest first. */
export async function listDeskSources(db: Executor, args: { territoryId: string; page: number }) {
  const where = eq(deskSource.territoryId, args.territoryId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: deskSource.id,
        title: deskSource.title,
        kind: deskSource.kind,
        url: deskSource.url,
        notes: deskSource.notes,
        themes: deskSource.themes,
        createdAt: deskSource.createdAt,
      })
      .from(deskSource)
      .where(where)
      .orderBy(desc(deskSource.createdAt), desc(deskSource.id))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(deskSource).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

export async function countDeskSources(db: Executor, args: { territoryId: string }): Promise<number> {
  const [{ total }] = await db.select({ total: count() }).from(deskSource).where(eq(deskSource.territoryId, args.territoryId));
  return total;
}

export async function createDeskSource(db: Executor, args: { actor: Actor; territory: Territory; input: DeskSourceInput }) {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(deskSource)
      .values({
        territoryId: territory.id,
        title: input.title,
        kind: input.kind,
        url: input.url ?? null,
        notes: input.notes,
        themes: input.themes,
        createdByUserId: actor.userId,
      })
      .returning({ id: deskSource.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "desk_source.create",
      objectType: "desk_source",
      objectId: row.id,
      details: { kind: input.kind },
    });
    return row;
  });
}

// Desk research: the documents a territory reviews (policies, strategies, reports, statistics).
import { and, count, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { deskSource } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { changedFields } from "./changed-fields";
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

const EDITABLE = ["title", "kind", "url", "notes", "themes"] as const;

/** A source of the territory with the fields its edit form shows, or null (unknown, or another territory's). */
export async function findDeskSource(db: Executor, args: { territoryId: string; sourceId: string }) {
  const [row] = await db
    .select({ id: deskSource.id, title: deskSource.title, kind: deskSource.kind, url: deskSource.url, notes: deskSource.notes, themes: deskSource.themes })
    .from(deskSource)
    .where(and(eq(deskSource.id, args.sourceId), eq(deskSource.territoryId, args.territoryId)));
  return row ?? null;
}

/** Saves the edited source with an audit entry naming the fields changed; null when it is gone. */
export async function updateDeskSource(db: Executor, args: { actor: Actor; territory: Territory; sourceId: string; input: DeskSourceInput }) {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ id: deskSource.id, title: deskSource.title, kind: deskSource.kind, url: deskSource.url, notes: deskSource.notes, themes: deskSource.themes })
      .from(deskSource)
      .where(and(eq(deskSource.id, args.sourceId), eq(deskSource.territoryId, territory.id)))
      .for("update");
    if (!before) return null;
    const after = { title: input.title, kind: input.kind, url: input.url ?? null, notes: input.notes, themes: input.themes };
    await tx.update(deskSource).set(after).where(eq(deskSource.id, before.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "desk_source.update",
      objectType: "desk_source",
      objectId: before.id,
      details: { changed: changedFields(before, after, EDITABLE) },
    });
    return { id: before.id };
  });
}

/** Deletes a source of the territory with its audit entry; null when there is none (already deleted). */
export async function deleteDeskSource(db: Executor, args: { actor: Actor; territory: Territory; sourceId: string }) {
  const { actor, territory } = args;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(deskSource)
      .where(and(eq(deskSource.id, args.sourceId), eq(deskSource.territoryId, territory.id)))
      .returning({ id: deskSource.id, title: deskSource.title, kind: deskSource.kind });
    if (!row) return null;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "desk_source.delete",
      objectType: "desk_source",
      objectId: row.id,
      // A source is a public document, not a person: its title may stay in the log.
      details: { kind: row.kind, title: row.title },
    });
    return row;
  });
}

// Desk research: the documents a territory reviews (policies, strategies, reports, statistics).
import { createHash } from "node:crypto";
import { and, count, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { deskSource, deskSourceFile } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { changedFields } from "./changed-fields";
import type { DeskSourceFileUpload } from "./desk-source-files";
import type { DeskSourceInput } from "../needs-review.schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";

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
        fileName: deskSourceFile.fileName,
        fileSize: deskSourceFile.size,
      })
      .from(deskSource)
      .leftJoin(deskSourceFile, eq(deskSourceFile.deskSourceId, deskSource.id))
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



/** Stores (or replaces) the source's file, with its audit entry: type and size, not the name. */
async function storeFile(tx: Executor, args: { actor: Actor; territory: Territory; sourceId: string; file: DeskSourceFileUpload }) {
  const { actor, territory, sourceId, file } = args;
  const values = {
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.size,
    sha256: createHash("sha256").update(file.content).digest("hex"),
    content: Buffer.from(file.content),
    uploadedByUserId: actor.userId,
    uploadedAt: new Date(),
  };
  await tx
    .insert(deskSourceFile)
    .values({ deskSourceId: sourceId, ...values })
    .onConflictDoUpdate({ target: deskSourceFile.deskSourceId, set: values });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    programmeId: territory.programmeId,
    territoryId: territory.id,
    action: "desk_source.file_upload",
    objectType: "desk_source",
    objectId: sourceId,
    details: { mediaType: file.mediaType, size: file.size },
  });
}

export async function createDeskSource(db: Executor, args: { actor: Actor; territory: Territory; input: DeskSourceInput; file?: DeskSourceFileUpload | null }) {
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
    if (args.file) await storeFile(tx, { actor, territory, sourceId: row.id, file: args.file });
    return row;
  });
}

const EDITABLE = ["title", "kind", "url", "notes", "themes"] as const;

/** A source of the territory with the fields its edit form shows, or null (unknown, or another territory's). */
export async function findDeskSource(db: Executor, args: { territoryId: string; sourceId: string }) {
  const [row] = await db
    .select({
      id: deskSource.id,
      title: deskSource.title,
      kind: deskSource.kind,
      url: deskSource.url,
      notes: deskSource.notes,
      themes: deskSource.themes,
      fileName: deskSourceFile.fileName,
      fileSize: deskSourceFile.size,
    })
    .from(deskSource)
    .leftJoin(deskSourceFile, eq(deskSourceFile.deskSourceId, deskSource.id))
    .where(and(eq(deskSource.id, args.sourceId), eq(deskSource.territoryId, args.territoryId)));
  return row ?? null;
}

/** The stored file of a source of the territory, or null (unknown source, another territory's, or no file). */
export async function findDeskSourceFile(db: Executor, args: { territoryId: string; sourceId: string }) {
  const [row] = await db
    .select({ fileName: deskSourceFile.fileName, mediaType: deskSourceFile.mediaType, content: deskSourceFile.content })
    .from(deskSourceFile)
    .innerJoin(deskSource, eq(deskSource.id, deskSourceFile.deskSourceId))
    .where(and(eq(deskSource.id, args.sourceId), eq(deskSource.territoryId, args.territoryId)));
  return row ?? null;
}

/**
 * Saves the edited source with an audit entry naming the fields changed; a new file replaces the
 * stored one, or `removeFile` removes it (each audited). Null when the source is gone.
 */
export async function updateDeskSource(
  db: Executor,
  args: { actor: Actor; territory: Territory; sourceId: string; input: DeskSourceInput; file?: DeskSourceFileUpload | null; removeFile?: boolean },
) {
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
    if (args.file) await storeFile(tx, { actor, territory, sourceId: before.id, file: args.file });
    else if (args.removeFile) {
      const [removed] = await tx
        .delete(deskSourceFile)
        .where(eq(deskSourceFile.deskSourceId, before.id))
        .returning({ mediaType: deskSourceFile.mediaType, size: deskSourceFile.size });
      if (removed) {
        await recordAudit(tx, {
          actorUserId: actor.userId,
          programmeId: territory.programmeId,
          territoryId: territory.id,
          action: "desk_source.file_remove",
          objectType: "desk_source",
          objectId: before.id,
          details: { mediaType: removed.mediaType, size: removed.size },
        });
      }
    }
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

// Versions of a Training Programme Toolkit: freezing it as it stands, publishing a version (its
// frozen copy, and nothing else, is what the public sees), reading versions back, and the key
// result "Training Programme Toolkit delivered". Every change is audited in its transaction.
import { and, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { toolkit, toolkitVersion } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { readVersionContent } from "./version-content.server";
import { asVersionContent, isSameContent, type VersionContent } from "./version-content";

export const VERSIONS_PAGE_SIZE = 20;

/** The territory through which the change is made (null for the demo seed), for the audit log. */
type Territory = { id: string; programmeId: string } | null;
type ToolkitRef = { id: string; programmeId: string };

export type CreatedVersion = { id: string; number: number; created: boolean };

/**
 * Freezes the Toolkit as it stands into a new version. When nothing changed since the latest
 * version, that version is returned and nothing is added: a double submit, or a second click,
 * never makes two identical versions.
 */
export async function createVersion(db: Executor, args: { actor: Actor | null; territory: Territory; toolkit: ToolkitRef; note: string }): Promise<CreatedVersion> {
  const { actor, territory, note } = args;
  return db.transaction(async (tx) => {
    // The lock orders concurrent freezes of one Toolkit: each sees the other's version.
    const [current] = await tx
      .select({ id: toolkit.id, title: toolkit.title, introduction: toolkit.introduction, language: toolkit.language })
      .from(toolkit)
      .where(and(eq(toolkit.id, args.toolkit.id), eq(toolkit.programmeId, args.toolkit.programmeId)))
      .for("update");
    if (!current) throw new Error("createVersion: the Toolkit is not the programme's");
    const [latest] = await tx
      .select({ id: toolkitVersion.id, number: toolkitVersion.number, content: toolkitVersion.content })
      .from(toolkitVersion)
      .where(eq(toolkitVersion.toolkitId, current.id))
      .orderBy(desc(toolkitVersion.number))
      .limit(1);
    const content = await readVersionContent(tx, { toolkit: current });
    const previous = latest ? asVersionContent(latest.content) : null;
    if (latest && previous && isSameContent(previous, content)) return { id: latest.id, number: latest.number, created: false };
    const number = (latest?.number ?? 0) + 1;
    const [row] = await tx
      .insert(toolkitVersion)
      .values({ toolkitId: current.id, number, note, content: content as unknown as Record<string, unknown>, createdByUserId: actor?.userId ?? null })
      .returning({ id: toolkitVersion.id });
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      programmeId: args.toolkit.programmeId,
      territoryId: territory?.id ?? null,
      action: "toolkit.version.create",
      objectType: "toolkit_version",
      objectId: row.id,
      details: { toolkitId: current.id, number, modules: content.modules.length, note: note.length },
    });
    return { id: row.id, number, created: true };
  });
}

/** "published" when this call published it, "already" when it was, null when the Toolkit has no such version. */
export async function publishVersion(
  db: Executor,
  args: { actor: Actor | null; territory: Territory; toolkit: ToolkitRef; versionId: string },
): Promise<"published" | "already" | null> {
  const { actor, territory } = args;
  return db.transaction(async (tx) => {
    const ofToolkit = and(eq(toolkitVersion.id, args.versionId), eq(toolkitVersion.toolkitId, args.toolkit.id));
    const [row] = await tx
      .update(toolkitVersion)
      .set({ publishedAt: new Date() })
      .where(and(ofToolkit, isNull(toolkitVersion.publishedAt)))
      .returning({ id: toolkitVersion.id, number: toolkitVersion.number });
    if (!row) {
      const [exists] = await tx.select({ id: toolkitVersion.id }).from(toolkitVersion).where(ofToolkit);
      return exists ? "already" : null;
    }
    await recordAudit(tx, {
      actorUserId: actor?.userId ?? null,
      programmeId: args.toolkit.programmeId,
      territoryId: territory?.id ?? null,
      action: "toolkit.version.publish",
      objectType: "toolkit_version",
      objectId: row.id,
      details: { toolkitId: args.toolkit.id, number: row.number },
    });
    return "published";
  });
}

/** One page of the Toolkit's versions, newest first (no content: the list only names them). */
export async function listVersions(db: Executor, args: { toolkitId: string; page: number }) {
  const where = eq(toolkitVersion.toolkitId, args.toolkitId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ id: toolkitVersion.id, number: toolkitVersion.number, note: toolkitVersion.note, createdAt: toolkitVersion.createdAt, publishedAt: toolkitVersion.publishedAt })
      .from(toolkitVersion)
      .where(where)
      .orderBy(desc(toolkitVersion.number))
      .limit(VERSIONS_PAGE_SIZE)
      .offset((args.page - 1) * VERSIONS_PAGE_SIZE),
    db.select({ n: count() }).from(toolkitVersion).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page: args.page, pageSize: VERSIONS_PAGE_SIZE };
}

export type FoundVersion = { id: string; number: number; createdAt: Date; publishedAt: Date | null; content: VersionContent };

async function findVersion(db: Executor, where: ReturnType<typeof and>): Promise<FoundVersion | null> {
  const [row] = await db
    .select({ id: toolkitVersion.id, number: toolkitVersion.number, createdAt: toolkitVersion.createdAt, publishedAt: toolkitVersion.publishedAt, content: toolkitVersion.content })
    .from(toolkitVersion)
    .where(where);
  const content = row ? asVersionContent(row.content) : null;
  return row && content ? { ...row, content } : null;
}

/** A version of this Toolkit, published or not (members' downloads). */
export function findVersionOfToolkit(db: Executor, args: { toolkitId: string; versionId: string }) {
  return findVersion(db, and(eq(toolkitVersion.id, args.versionId), eq(toolkitVersion.toolkitId, args.toolkitId)));
}

/** A published version by its id, for anyone: its frozen content only, never who made it. */
export function findPublishedVersion(db: Executor, args: { versionId: string }) {
  return findVersion(db, and(eq(toolkitVersion.id, args.versionId), isNotNull(toolkitVersion.publishedAt)));
}

/** Key result "Training Programme Toolkit delivered": published versions of the programme's own Toolkit (≥ 1: delivered). */
export async function countPublishedToolkitVersions(db: Executor, args: { programmeId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(toolkitVersion)
    .innerJoin(toolkit, eq(toolkit.id, toolkitVersion.toolkitId))
    .where(and(eq(toolkit.programmeId, args.programmeId), isNull(toolkit.territoryId), isNotNull(toolkitVersion.publishedAt)));
  return row?.n ?? 0;
}

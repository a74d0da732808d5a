// The codebook of a territory: a tree of themes. Themes can be renamed, moved, merged and split
// without losing a coding: merging moves the codings (and the findings that cite them) to the
// surviving theme; splitting moves the chosen codings to a new theme. Every change is audited.
import { and, asc, count, eq, inArray, max, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "~/db/client.server";
import { isUniqueViolation } from "~/db/errors";
import { coding, findingEvidence, theme } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Language } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";
import type { SplitInput, ThemeInput } from "./codebook.schema";
import { DEFAULT_CODEBOOK, type DefaultTheme } from "./default-codebook";
import { buildThemeTree, flattenTree, type ThemeItem } from "./theme-tree";

type Territory = { id: string; programmeId: string };

/**
 * Every theme of the territory with its number of codings, in tree order. `counts: false` leaves
 * the codings uncounted (0): the analysis page has its own totals and need not read 100,000
 * codings once more (decision 031).
 */
export async function listThemes(db: Executor, args: { territoryId: string; counts?: boolean }): Promise<ThemeItem[]> {
  const counts = db
    .select({ themeId: coding.themeId, n: count().as("n") })
    .from(coding)
    .where(eq(coding.territoryId, args.territoryId))
    .groupBy(coding.themeId)
    .as("coding_counts");
  const columns = {
    id: theme.id,
    parentId: theme.parentId,
    name: theme.name,
    description: theme.description,
    colour: theme.colour,
    position: theme.position,
  };
  const where = eq(theme.territoryId, args.territoryId);
  const order = [asc(theme.position), asc(theme.name)];
  const rows =
    args.counts === false
      ? await db.select({ ...columns, codings: sql<number>`0` }).from(theme).where(where).orderBy(...order)
      : await db
          .select({ ...columns, codings: sql<number>`coalesce(${counts.n}, 0)::int` })
          .from(theme)
          .leftJoin(counts, eq(counts.themeId, theme.id))
          .where(where)
          .orderBy(...order);
  return flattenTree(buildThemeTree(rows));
}

export async function findTheme(db: Executor, args: { territoryId: string; themeId: string }) {
  const [row] = await db
    .select({ id: theme.id, parentId: theme.parentId, name: theme.name, description: theme.description, colour: theme.colour, defaultKey: theme.defaultKey })
    .from(theme)
    .where(and(eq(theme.id, args.themeId), eq(theme.territoryId, args.territoryId)));
  return row ?? null;
}

/**
 * Copies the default codebook into an empty codebook, in the given language. Does nothing when
 * the territory already has themes, so a double submit or a second call cannot duplicate it.
 */
export async function createDefaultCodebook(db: Executor, args: { actor: Actor | null; territory: Territory; language: Language }): Promise<number> {
  const { territory, language } = args;
  return db.transaction(async (tx) => {
    const [{ existing }] = await tx.select({ existing: count() }).from(theme).where(eq(theme.territoryId, territory.id));
    if (existing > 0) return 0;
    let created = 0;
    const insertAll = async (themes: DefaultTheme[], parentId: string | null) => {
      for (const [position, t] of themes.entries()) {
        const [row] = await tx
          .insert(theme)
          .values({ territoryId: territory.id, parentId, name: t.name[language], description: t.description[language], colour: t.colour, position, defaultKey: t.key })
          .returning({ id: theme.id });
        created++;
        await insertAll(t.children ?? [], row.id);
      }
    };
    await insertAll(DEFAULT_CODEBOOK, null);
    await recordAudit(tx, {
      actorUserId: args.actor?.userId ?? null,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "codebook.create_default",
      objectType: "territory",
      objectId: territory.id,
      details: { language, themes: created },
    });
    return created;
  });
}

/** Whether `candidate` is `themeId` itself or one of its descendants (a move there would loop). */
async function isSelfOrDescendant(tx: Executor, territoryId: string, themeId: string, candidate: string): Promise<boolean> {
  const rows = await tx.select({ id: theme.id, parentId: theme.parentId }).from(theme).where(eq(theme.territoryId, territoryId));
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  for (let at: string | null | undefined = candidate; at; at = parentOf.get(at)) {
    if (at === themeId) return true;
  }
  return false;
}

export type ThemeWriteResult = { ok: true; id: string } | { ok: false; field: "name" | "parentId"; error: string } | { ok: false; field: null; error: "not-found" };

async function parentBelongs(tx: Executor, territoryId: string, parentId: string | undefined): Promise<boolean> {
  if (!parentId) return true;
  return Boolean(await findTheme(tx, { territoryId, themeId: parentId }));
}

export async function createTheme(db: Executor, args: { actor: Actor; territory: Territory; input: ThemeInput }): Promise<ThemeWriteResult> {
  const { actor, territory, input } = args;
  try {
    return await db.transaction(async (tx) => {
      if (!(await parentBelongs(tx, territory.id, input.parentId))) return { ok: false as const, field: "parentId" as const, error: "errors.choose" };
      const [{ last }] = await tx.select({ last: max(theme.position) }).from(theme).where(eq(theme.territoryId, territory.id));
      const [row] = await tx
        .insert(theme)
        .values({ territoryId: territory.id, parentId: input.parentId ?? null, name: input.name, description: input.description, colour: input.colour, position: (last ?? -1) + 1 })
        .returning({ id: theme.id });
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "theme.create",
        objectType: "theme",
        objectId: row.id,
        details: { name: input.name, parentId: input.parentId ?? null },
      });
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "name", error: "errors.themeNameTaken" };
    throw error;
  }
}

/** Renames, describes, recolours and moves a theme (a new parent that is not its own descendant). */
export async function updateTheme(db: Executor, args: { actor: Actor; territory: Territory; themeId: string; input: ThemeInput }): Promise<ThemeWriteResult> {
  const { actor, territory, themeId, input } = args;
  try {
    return await db.transaction(async (tx) => {
      const current = await findTheme(tx, { territoryId: territory.id, themeId });
      if (!current) return { ok: false as const, field: null, error: "not-found" as const };
      if (!(await parentBelongs(tx, territory.id, input.parentId))) return { ok: false as const, field: "parentId" as const, error: "errors.choose" };
      if (input.parentId && (await isSelfOrDescendant(tx, territory.id, themeId, input.parentId))) {
        return { ok: false as const, field: "parentId" as const, error: "errors.themeMoveIntoItself" };
      }
      await tx
        .update(theme)
        .set({ name: input.name, description: input.description, colour: input.colour, parentId: input.parentId ?? null, updatedAt: new Date() })
        .where(and(eq(theme.id, themeId), eq(theme.territoryId, territory.id)));
      const changed = (["name", "description", "colour", "parentId"] as const).filter((k) => (current[k] ?? null) !== (input[k] ?? null));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: changed.includes("parentId") ? "theme.move" : "theme.update",
        objectType: "theme",
        objectId: themeId,
        details: { changed, ...(changed.includes("name") ? { from: current.name, to: input.name } : {}) },
      });
      return { ok: true as const, id: themeId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "name", error: "errors.themeNameTaken" };
    throw error;
  }
}

/**
 * Merges `sourceId` into `targetId`: its codings and sub-themes move to the target, then it is
 * deleted. A coding that would duplicate one the same coder already gave the target for the same
 * passage is dropped, and the findings that cited it now cite the surviving coding.
 */
export async function mergeThemes(
  db: Executor,
  args: { actor: Actor; territory: Territory; sourceId: string; targetId: string },
): Promise<{ ok: true; moved: number } | { ok: false; error: "not-found" | "errors.themeMergeIntoItself" }> {
  const { actor, territory, sourceId, targetId } = args;
  return db.transaction(async (tx) => {
    const source = await findTheme(tx, { territoryId: territory.id, themeId: sourceId });
    const target = await findTheme(tx, { territoryId: territory.id, themeId: targetId });
    if (!source || !target) return { ok: false as const, error: "not-found" as const };
    if (await isSelfOrDescendant(tx, territory.id, sourceId, targetId)) return { ok: false as const, error: "errors.themeMergeIntoItself" as const };

    // Codings of the source that the target already has (same transcript, coder and range).
    const twin = alias(coding, "twin");
    const pairs = await tx
      .select({ sourceId: coding.id, targetId: twin.id })
      .from(coding)
      .innerJoin(
        twin,
        and(
          eq(twin.transcriptId, coding.transcriptId),
          eq(twin.start, coding.start),
          eq(twin.end, coding.end),
          sql`${twin.coderUserId} is not distinct from ${coding.coderUserId}`,
          eq(twin.themeId, targetId),
        ),
      )
      .where(and(eq(coding.themeId, sourceId), eq(coding.territoryId, territory.id)));
    if (pairs.length) {
      const survivorOf = new Map(pairs.map((p) => [p.sourceId, p.targetId]));
      const cited = await tx.select().from(findingEvidence).where(inArray(findingEvidence.codingId, [...survivorOf.keys()]));
      if (cited.length) {
        await tx
          .insert(findingEvidence)
          .values(cited.map((e) => ({ findingId: e.findingId, codingId: survivorOf.get(e.codingId)! })))
          .onConflictDoNothing();
      }
      await tx.delete(coding).where(inArray(coding.id, [...survivorOf.keys()]));
    }
    const moved = await tx
      .update(coding)
      .set({ themeId: targetId })
      .where(and(eq(coding.themeId, sourceId), eq(coding.territoryId, territory.id)))
      .returning({ id: coding.id });
    await tx.update(theme).set({ parentId: targetId }).where(and(eq(theme.parentId, sourceId), eq(theme.territoryId, territory.id)));
    await tx.delete(theme).where(and(eq(theme.id, sourceId), eq(theme.territoryId, territory.id)));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "theme.merge",
      objectType: "theme",
      objectId: targetId,
      details: { mergedThemeId: sourceId, mergedName: source.name, into: target.name, codingsMoved: moved.length, duplicatesDropped: pairs.length },
    });
    return { ok: true as const, moved: moved.length };
  });
}

/** Splits a theme: the chosen codings of it move to a new theme beside it. */
export async function splitTheme(
  db: Executor,
  args: { actor: Actor; territory: Territory; themeId: string; input: SplitInput },
): Promise<{ ok: true; id: string; moved: number } | { ok: false; field: "name" | "codingIds[]" | null; error: string }> {
  const { actor, territory, themeId, input } = args;
  try {
    return await db.transaction(async (tx) => {
      const source = await findTheme(tx, { territoryId: territory.id, themeId });
      if (!source) return { ok: false as const, field: null, error: "not-found" };
      const ids = [...new Set(input["codingIds[]"])];
      const owned = await tx
        .select({ id: coding.id })
        .from(coding)
        .where(and(inArray(coding.id, ids), eq(coding.themeId, themeId), eq(coding.territoryId, territory.id)));
      // A forged or stale id (another theme's coding, one since deleted) is an error, not a partial split.
      if (owned.length !== ids.length) return { ok: false as const, field: "codingIds[]" as const, error: "errors.passagesChanged" };
      const [{ last }] = await tx.select({ last: max(theme.position) }).from(theme).where(eq(theme.territoryId, territory.id));
      const [created] = await tx
        .insert(theme)
        .values({ territoryId: territory.id, parentId: source.parentId, name: input.name, colour: input.colour, position: (last ?? -1) + 1 })
        .returning({ id: theme.id });
      await tx.update(coding).set({ themeId: created.id }).where(inArray(coding.id, ids));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "theme.split",
        objectType: "theme",
        objectId: themeId,
        details: { newThemeId: created.id, newName: input.name, codingsMoved: ids.length },
      });
      return { ok: true as const, id: created.id, moved: ids.length };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "name", error: "errors.themeNameTaken" };
    throw error;
  }
}

/** Deletes a theme that has neither codings nor sub-themes; otherwise says why not. */
export async function deleteTheme(
  db: Executor,
  args: { actor: Actor; territory: Territory; themeId: string },
): Promise<{ ok: true } | { ok: false; error: "not-found" | "errors.themeNotEmpty" }> {
  const { actor, territory, themeId } = args;
  return db.transaction(async (tx) => {
    const current = await findTheme(tx, { territoryId: territory.id, themeId });
    if (!current) return { ok: false as const, error: "not-found" as const };
    const [{ codings }] = await tx.select({ codings: count() }).from(coding).where(eq(coding.themeId, themeId));
    const [{ children }] = await tx.select({ children: count() }).from(theme).where(and(eq(theme.parentId, themeId), ne(theme.id, themeId)));
    if (codings > 0 || children > 0) return { ok: false as const, error: "errors.themeNotEmpty" as const };
    await tx.delete(theme).where(and(eq(theme.id, themeId), eq(theme.territoryId, territory.id)));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "theme.delete",
      objectType: "theme",
      objectId: themeId,
      details: { name: current.name },
    });
    return { ok: true as const };
  });
}

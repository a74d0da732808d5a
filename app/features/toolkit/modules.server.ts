// Modules of a Toolkit: create, edit, move, delete, each audited in its transaction. A module is
// always looked up through the Toolkit the territory works with (toolkits.server.ts), so an id
// of another programme's module is simply not found.
import { and, asc, count, desc, eq, gt, inArray, lt, max, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { competence, moduleCompetence, moduleContribution, moduleFinding, moduleMaterial, toolkit, trainingModule } from "~/db/schema";
import { pickLocalized } from "~/i18n/localized";
import { qualified } from "~/db/sql";
import { recordAudit } from "~/features/audit/audit.server";
import type { FieldErrors } from "~/http/form.server";
import type { Language } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";
import { checkModuleLinks, type CheckedLinks } from "./links.server";
import type { ModuleInput, MoveInput } from "./toolkit.schema";
import { ensureToolkit, type ToolkitRef } from "./toolkits.server";

type Territory = { id: string; programmeId: string };
export const MODULES_PAGE_SIZE = 50;

/** A module's own columns, as the pages and the frozen versions read them. */
export const moduleColumns = {
  id: trainingModule.id,
  title: trainingModule.title,
  summary: trainingModule.summary,
  learningOutcomes: trainingModule.learningOutcomes,
  methods: trainingModule.methods,
  durationMinutes: trainingModule.durationMinutes,
  trainerNotes: trainingModule.trainerNotes,
  position: trainingModule.position,
};

/** Competence names of the given modules, in the page language, in one query. */
async function competencesOf(db: Executor, moduleIds: string[], lang: Language) {
  const byModule = new Map<string, { id: string; name: string }[]>();
  if (!moduleIds.length) return byModule;
  const rows = await db
    .select({ moduleId: moduleCompetence.moduleId, id: competence.id, key: competence.key, name: competence.name })
    .from(moduleCompetence)
    .innerJoin(competence, eq(competence.id, moduleCompetence.competenceId))
    .where(inArray(moduleCompetence.moduleId, moduleIds))
    .orderBy(asc(competence.position), asc(competence.key));
  for (const r of rows) {
    const list = byModule.get(r.moduleId) ?? [];
    list.push({ id: r.id, name: pickLocalized(r.name, lang)?.text ?? r.key });
    byModule.set(r.moduleId, list);
  }
  return byModule;
}

/** One page of the Toolkit's modules in order, each with its competences and number of needs answered. */
export async function listModules(db: Executor, args: { toolkitId: string; lang: Language; page: number }) {
  const where = eq(trainingModule.toolkitId, args.toolkitId);
  const needs = sql<number>`(select count(*) from ${moduleFinding} where ${moduleFinding.moduleId} = ${qualified(trainingModule.id)})::int`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ ...moduleColumns, needs })
      .from(trainingModule)
      .where(where)
      .orderBy(asc(trainingModule.position), asc(trainingModule.createdAt), asc(trainingModule.id))
      .limit(MODULES_PAGE_SIZE)
      .offset((args.page - 1) * MODULES_PAGE_SIZE),
    db.select({ total: count() }).from(trainingModule).where(where),
  ]);
  const competences = await competencesOf(db, rows.map((r) => r.id), args.lang);
  return { rows: rows.map((r) => ({ ...r, competences: competences.get(r.id) ?? [] })), total, page: args.page, pageSize: MODULES_PAGE_SIZE };
}

/** A module of the Toolkit with the ids it links to and its materials (without their bytes); or null. */
export async function findModule(db: Executor, args: { toolkitId: string; moduleId: string; lang: Language }) {
  const [row] = await db
    .select(moduleColumns)
    .from(trainingModule)
    .where(and(eq(trainingModule.id, args.moduleId), eq(trainingModule.toolkitId, args.toolkitId)));
  if (!row) return null;
  const [competences, findings, contributions, materials] = await Promise.all([
    competencesOf(db, [row.id], args.lang),
    db.select({ id: moduleFinding.findingId }).from(moduleFinding).where(eq(moduleFinding.moduleId, row.id)),
    db.select({ id: moduleContribution.contributionId }).from(moduleContribution).where(eq(moduleContribution.moduleId, row.id)),
    db
      .select({ id: moduleMaterial.id, title: moduleMaterial.title, url: moduleMaterial.url, fileName: moduleMaterial.fileName, size: moduleMaterial.size })
      .from(moduleMaterial)
      .where(eq(moduleMaterial.moduleId, row.id))
      .orderBy(asc(moduleMaterial.createdAt), asc(moduleMaterial.id)),
  ]);
  return {
    ...row,
    competences: competences.get(row.id) ?? [],
    findingIds: findings.map((f) => f.id),
    contributionIds: contributions.map((c) => c.id),
    materials,
  };
}
export type ModuleDetail = NonNullable<Awaited<ReturnType<typeof findModule>>>;

/** Another module of the Toolkit with this title (case ignored), or null. */
async function findByTitle(tx: Executor, toolkitId: string, title: string, exceptId?: string) {
  const [row] = await tx
    .select({ id: trainingModule.id, ...fieldColumns })
    .from(trainingModule)
    .where(
      and(
        eq(trainingModule.toolkitId, toolkitId),
        sql`lower(${trainingModule.title}) = lower(${title})`,
        exceptId ? sql`${trainingModule.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

const fieldColumns = {
  title: trainingModule.title,
  summary: trainingModule.summary,
  learningOutcomes: trainingModule.learningOutcomes,
  methods: trainingModule.methods,
  durationMinutes: trainingModule.durationMinutes,
  trainerNotes: trainingModule.trainerNotes,
};

/** Whether a stored module says exactly what the form says (a second click on the same form). */
function isSameModule(stored: ReturnType<typeof fieldsOf>, input: ModuleInput): boolean {
  return JSON.stringify(stored) === JSON.stringify(fieldsOf(input));
}

async function replaceLinks(tx: Executor, moduleId: string, links: CheckedLinks) {
  await tx.delete(moduleCompetence).where(eq(moduleCompetence.moduleId, moduleId));
  await tx.delete(moduleFinding).where(eq(moduleFinding.moduleId, moduleId));
  await tx.delete(moduleContribution).where(eq(moduleContribution.moduleId, moduleId));
  if (links.competenceIds.length) await tx.insert(moduleCompetence).values(links.competenceIds.map((competenceId) => ({ moduleId, competenceId })));
  if (links.findingIds.length) await tx.insert(moduleFinding).values(links.findingIds.map((findingId) => ({ moduleId, findingId })));
  if (links.contributionIds.length) await tx.insert(moduleContribution).values(links.contributionIds.map((contributionId) => ({ moduleId, contributionId })));
}

const fieldsOf = (input: ModuleInput) => ({
  title: input.title,
  summary: input.summary,
  learningOutcomes: input.learningOutcomes,
  methods: input["methods[]"],
  durationMinutes: input.durationMinutes,
  trainerNotes: input.trainerNotes,
});

type Result = { id: string } | { errors: FieldErrors };

/**
 * Adds a module at the end of the Toolkit (created with it when the programme has none). A title
 * the Toolkit already has is refused, unless that module says exactly what the form says: then it
 * is the same form sent twice, and the answer is the module already made (nothing is added).
 */
export async function createModule(
  db: Executor,
  args: { actor: Actor; territory: Territory; toolkitTitle: string; language: string; input: ModuleInput },
): Promise<Result> {
  const { actor, territory, input } = args;
  const links = await checkModuleLinks(db, { programmeId: territory.programmeId, input });
  if ("errors" in links) return links;
  return db.transaction(async (tx) => {
    const kit = await ensureToolkit(tx, { territory, title: args.toolkitTitle, language: args.language });
    // Serialises module changes of this Toolkit (the title check, the next position).
    await tx.select({ id: toolkit.id }).from(toolkit).where(eq(toolkit.id, kit.id)).for("update");
    const namesake = await findByTitle(tx, kit.id, input.title);
    if (namesake) {
      const { id, ...stored } = namesake;
      return isSameModule(stored, input) ? { id } : { errors: { title: ["toolkit.errors.titleTaken"] } };
    }
    const [{ last }] = await tx.select({ last: max(trainingModule.position) }).from(trainingModule).where(eq(trainingModule.toolkitId, kit.id));
    const [row] = await tx
      .insert(trainingModule)
      .values({ toolkitId: kit.id, ...fieldsOf(input), position: (last ?? -1) + 1 })
      .returning({ id: trainingModule.id });
    await replaceLinks(tx, row.id, links);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "toolkit.module.create",
      objectType: "training_module",
      objectId: row.id,
      details: { title: input.title, ...countsOf(links) },
    });
    return row;
  });
}

const countsOf = (links: CheckedLinks) => ({
  competences: links.competenceIds.length,
  needs: links.findingIds.length,
  contributions: links.contributionIds.length,
});

/** Saves the module's fields and replaces its links; null when the Toolkit has no such module. */
export async function updateModule(
  db: Executor,
  args: { actor: Actor; territory: Territory; kit: ToolkitRef; moduleId: string; input: ModuleInput },
): Promise<Result | null> {
  const { actor, territory, kit, moduleId, input } = args;
  const links = await checkModuleLinks(db, { programmeId: territory.programmeId, input });
  if ("errors" in links) return links;
  return db.transaction(async (tx) => {
    await tx.select({ id: toolkit.id }).from(toolkit).where(eq(toolkit.id, kit.id)).for("update");
    const [found] = await tx
      .select({ id: trainingModule.id })
      .from(trainingModule)
      .where(and(eq(trainingModule.id, moduleId), eq(trainingModule.toolkitId, kit.id)));
    if (!found) return null;
    if (await findByTitle(tx, kit.id, input.title, moduleId)) return { errors: { title: ["toolkit.errors.titleTaken"] } };
    await tx.update(trainingModule).set({ ...fieldsOf(input), updatedAt: new Date() }).where(eq(trainingModule.id, moduleId));
    await replaceLinks(tx, moduleId, links);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "toolkit.module.update",
      objectType: "training_module",
      objectId: moduleId,
      details: { title: input.title, ...countsOf(links) },
    });
    return { id: moduleId };
  });
}

/** Deletes the module (its links and materials go with it); false when it was already gone. */
export async function deleteModule(db: Executor, args: { actor: Actor; territory: Territory; kit: ToolkitRef; moduleId: string }): Promise<boolean> {
  const { actor, territory, kit, moduleId } = args;
  return db.transaction(async (tx) => {
    const [gone] = await tx
      .delete(trainingModule)
      .where(and(eq(trainingModule.id, moduleId), eq(trainingModule.toolkitId, kit.id)))
      .returning({ id: trainingModule.id, title: trainingModule.title });
    if (!gone) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "toolkit.module.delete",
      objectType: "training_module",
      objectId: moduleId,
      details: { title: gone.title },
    });
    return true;
  });
}

/**
 * Swaps the module with its neighbour above or below. False when the module is not in the
 * Toolkit; a move past either end changes nothing and is not audited.
 */
export async function moveModule(db: Executor, args: { actor: Actor; territory: Territory; kit: ToolkitRef; moduleId: string; input: MoveInput }): Promise<boolean> {
  const { actor, territory, kit, moduleId, input } = args;
  return db.transaction(async (tx) => {
    await tx.select({ id: toolkit.id }).from(toolkit).where(eq(toolkit.id, kit.id)).for("update");
    const [current] = await tx
      .select({ id: trainingModule.id, position: trainingModule.position })
      .from(trainingModule)
      .where(and(eq(trainingModule.id, moduleId), eq(trainingModule.toolkitId, kit.id)));
    if (!current) return false;
    const up = input.direction === "up";
    const [neighbour] = await tx
      .select({ id: trainingModule.id, position: trainingModule.position })
      .from(trainingModule)
      .where(and(eq(trainingModule.toolkitId, kit.id), up ? lt(trainingModule.position, current.position) : gt(trainingModule.position, current.position)))
      .orderBy(up ? desc(trainingModule.position) : asc(trainingModule.position))
      .limit(1);
    if (!neighbour) return true;
    await tx.update(trainingModule).set({ position: neighbour.position }).where(eq(trainingModule.id, current.id));
    await tx.update(trainingModule).set({ position: current.position }).where(eq(trainingModule.id, neighbour.id));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "toolkit.module.move",
      objectType: "training_module",
      objectId: moduleId,
      details: { direction: input.direction },
    });
    return true;
  });
}

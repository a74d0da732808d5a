// The competence framework of a programme: list, install the default, create, edit and delete
// competences. Every query is scoped by the programme; every change is audited in its
// transaction. Other modules (Toolkit, self-assessments, certificates) read it through
// listCompetences and display its texts with localized() (./localized.ts).
import { and, asc, count, countDistinct, eq, inArray, max, ne, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { isUniqueViolation } from "~/db/errors";
import {
  COMPETENCE_GROUPS,
  PROFICIENCY_LEVELS,
  competence,
  competenceLevel,
  moduleCompetence,
  selfAssessmentRating,
  type CompetenceGroup,
  type LocalizedText,
  type ProficiencyLevel,
} from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { LANGUAGES } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";
import type { CompetenceInput } from "./competences.schema";
import { competenceKey } from "./competence-key";
import { DEFAULT_FRAMEWORK } from "./default-framework";

export type CompetenceLevelItem = { level: ProficiencyLevel; descriptor: LocalizedText };
export type CompetenceItem = {
  id: string;
  key: string;
  group: CompetenceGroup;
  name: LocalizedText;
  description: LocalizedText;
  escoUri: string | null;
  position: number;
  /** Always levels 1, 2 and 3, in order (a descriptor not written yet is {}). */
  levels: CompetenceLevelItem[];
};

const columns = {
  id: competence.id,
  key: competence.key,
  group: competence.group,
  name: competence.name,
  description: competence.description,
  escoUri: competence.escoUri,
  position: competence.position,
};

/** Attaches the levels to their competences: one query for all of them. */
async function withLevels(db: Executor, rows: Omit<CompetenceItem, "levels">[]): Promise<CompetenceItem[]> {
  if (!rows.length) return [];
  const levels = await db
    .select({ competenceId: competenceLevel.competenceId, level: competenceLevel.level, descriptor: competenceLevel.descriptor })
    .from(competenceLevel)
    .where(
      inArray(
        competenceLevel.competenceId,
        rows.map((r) => r.id),
      ),
    );
  const byCompetence = new Map<string, Map<number, LocalizedText>>();
  for (const l of levels) {
    let of = byCompetence.get(l.competenceId);
    if (!of) byCompetence.set(l.competenceId, (of = new Map()));
    of.set(l.level, l.descriptor);
  }
  return rows.map((r) => ({ ...r, levels: PROFICIENCY_LEVELS.map((level) => ({ level, descriptor: byCompetence.get(r.id)?.get(level) ?? {} })) }));
}

const groupOrder = (g: CompetenceGroup) => COMPETENCE_GROUPS.indexOf(g);

/** The programme's framework: by group (values, attitudes, skills, knowledge), then position. Two queries. */
export async function listCompetences(db: Executor, args: { programmeId: string }): Promise<CompetenceItem[]> {
  const rows = await db.select(columns).from(competence).where(eq(competence.programmeId, args.programmeId)).orderBy(asc(competence.position), asc(competence.key));
  rows.sort((a, b) => groupOrder(a.group) - groupOrder(b.group));
  return withLevels(db, rows);
}

export async function findCompetence(db: Executor, args: { programmeId: string; competenceId: string }): Promise<CompetenceItem | null> {
  const rows = await db
    .select(columns)
    .from(competence)
    .where(and(eq(competence.id, args.competenceId), eq(competence.programmeId, args.programmeId)));
  const [found] = await withLevels(db, rows);
  return found ?? null;
}

/** How many Toolkit modules develop the competence and how many self-assessments rate it. */
export async function countCompetenceUse(db: Executor, args: { competenceId: string }): Promise<{ modules: number; assessments: number }> {
  const [[{ modules }], [{ assessments }]] = await Promise.all([
    db.select({ modules: count() }).from(moduleCompetence).where(eq(moduleCompetence.competenceId, args.competenceId)),
    db.select({ assessments: countDistinct(selfAssessmentRating.assessmentId) }).from(selfAssessmentRating).where(eq(selfAssessmentRating.competenceId, args.competenceId)),
  ]);
  return { modules, assessments };
}

/**
 * Adds the default framework's competences the programme lacks (matched by key), with their
 * levels. Idempotent: a second call, or two at once, adds nothing more (the unique key decides).
 * Returns how many were added; audited only when something was.
 */
export async function installDefaultFramework(db: Executor, args: { programmeId: string; actor?: Actor | null }): Promise<number> {
  const { programmeId } = args;
  return db.transaction(async (tx) => {
    const existing = await tx.select({ key: competence.key }).from(competence).where(eq(competence.programmeId, programmeId));
    const have = new Set(existing.map((r) => r.key));
    const missing = DEFAULT_FRAMEWORK.map((c, i) => ({ c, position: i * 10 })).filter(({ c }) => !have.has(c.key));
    if (!missing.length) return 0;
    const added = await tx
      .insert(competence)
      .values(missing.map(({ c, position }) => ({ programmeId, key: c.key, group: c.group, name: c.name, description: c.description, escoUri: c.escoUri ?? null, position })))
      .onConflictDoNothing()
      .returning({ id: competence.id, key: competence.key });
    if (!added.length) return 0;
    const byKey = new Map(DEFAULT_FRAMEWORK.map((c) => [c.key, c]));
    await tx.insert(competenceLevel).values(added.flatMap((row) => byKey.get(row.key)!.levels.map((descriptor, i) => ({ competenceId: row.id, level: PROFICIENCY_LEVELS[i], descriptor }))));
    await recordAudit(tx, {
      actorUserId: args.actor?.userId ?? null,
      programmeId,
      territoryId: null,
      action: "competence_framework.install_default",
      objectType: "programme",
      objectId: programmeId,
      details: { keys: added.map((r) => r.key) },
    });
    return added.length;
  });
}

export type CompetenceWriteResult = { ok: true; id: string } | { ok: false; field: string; error: string } | { ok: false; field: null; error: "not-found" };

/** The first language in which another competence of the programme has the same name, if any. */
async function takenNameField(tx: Executor, programmeId: string, name: LocalizedText, exceptId?: string): Promise<string | null> {
  const others = await tx
    .select({ name: competence.name })
    .from(competence)
    .where(and(eq(competence.programmeId, programmeId), exceptId ? ne(competence.id, exceptId) : undefined));
  for (const lang of LANGUAGES) {
    const wanted = name[lang]?.toLocaleLowerCase();
    if (wanted && others.some((o) => o.name[lang]?.toLocaleLowerCase() === wanted)) return `name_${lang}`;
  }
  return null;
}

async function writeLevels(tx: Executor, competenceId: string, levels: CompetenceInput["levels"]): Promise<void> {
  await tx
    .insert(competenceLevel)
    .values(PROFICIENCY_LEVELS.map((level) => ({ competenceId, level, descriptor: levels[level] })))
    .onConflictDoUpdate({ target: [competenceLevel.competenceId, competenceLevel.level], set: { descriptor: sql`excluded.descriptor` } });
}

/**
 * Adds a competence at the end of the framework (or at the given position). Its key is made
 * from its name and never changes. The same name twice is refused, so a double submit adds one.
 */
export async function createCompetence(db: Executor, args: { actor: Actor; programmeId: string; input: CompetenceInput }): Promise<CompetenceWriteResult> {
  const { actor, programmeId, input } = args;
  try {
    return await db.transaction(async (tx) => {
      const taken = await takenNameField(tx, programmeId, input.name);
      if (taken) return { ok: false as const, field: taken, error: "competences.errors.nameTaken" };
      const keys = await tx.select({ key: competence.key }).from(competence).where(eq(competence.programmeId, programmeId));
      const key = competenceKey(input.name, new Set(keys.map((k) => k.key)));
      const [{ last }] = await tx.select({ last: max(competence.position) }).from(competence).where(eq(competence.programmeId, programmeId));
      const [row] = await tx
        .insert(competence)
        .values({ programmeId, key, group: input.group, name: input.name, description: input.description, escoUri: input.escoUri, position: input.position ?? (last ?? -10) + 10 })
        .returning({ id: competence.id });
      await writeLevels(tx, row.id, input.levels);
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId,
        territoryId: null,
        action: "competence.create",
        objectType: "competence",
        objectId: row.id,
        details: { key, group: input.group, name: input.name },
      });
      return { ok: true as const, id: row.id };
    });
  } catch (error) {
    // Two submits racing past the name check: the key made from the same name collides.
    if (isUniqueViolation(error)) return { ok: false, field: "name_en", error: "competences.errors.nameTaken" };
    throw error;
  }
}

/** Rewrites a competence's texts, group, ESCO link, position and level descriptors; the key stays. */
export async function updateCompetence(
  db: Executor,
  args: { actor: Actor; programmeId: string; competenceId: string; input: CompetenceInput },
): Promise<CompetenceWriteResult> {
  const { actor, programmeId, competenceId, input } = args;
  return db.transaction(async (tx) => {
    const current = await findCompetence(tx, { programmeId, competenceId });
    if (!current) return { ok: false as const, field: null, error: "not-found" as const };
    const taken = await takenNameField(tx, programmeId, input.name, competenceId);
    if (taken) return { ok: false as const, field: taken, error: "competences.errors.nameTaken" };
    const next = { group: input.group, name: input.name, description: input.description, escoUri: input.escoUri, position: input.position ?? current.position };
    await tx
      .update(competence)
      .set({ ...next, updatedAt: new Date() })
      .where(and(eq(competence.id, competenceId), eq(competence.programmeId, programmeId)));
    await writeLevels(tx, competenceId, input.levels);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => !same(current[k], next[k]));
    for (const level of PROFICIENCY_LEVELS) if (!same(current.levels[level - 1].descriptor, input.levels[level])) changed.push(`level${level}` as never);
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId,
      territoryId: null,
      action: "competence.update",
      objectType: "competence",
      objectId: competenceId,
      details: { key: current.key, changed },
    });
    return { ok: true as const, id: competenceId };
  });
}

export type CompetenceDeleteResult = { ok: true } | { ok: false; error: "not-found" } | { ok: false; error: "in-use"; modules: number; assessments: number };

/** Deletes a competence that no module develops and no self-assessment rates; otherwise says how many do. */
export async function deleteCompetence(db: Executor, args: { actor: Actor; programmeId: string; competenceId: string }): Promise<CompetenceDeleteResult> {
  const { actor, programmeId, competenceId } = args;
  return db.transaction(async (tx) => {
    const current = await findCompetence(tx, { programmeId, competenceId });
    if (!current) return { ok: false as const, error: "not-found" as const };
    const use = await countCompetenceUse(tx, { competenceId });
    if (use.modules > 0 || use.assessments > 0) return { ok: false as const, error: "in-use" as const, ...use };
    await tx.delete(competence).where(and(eq(competence.id, competenceId), eq(competence.programmeId, programmeId)));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId,
      territoryId: null,
      action: "competence.delete",
      objectType: "competence",
      objectId: competenceId,
      details: { key: current.key, name: current.name },
    });
    return { ok: true as const };
  });
}

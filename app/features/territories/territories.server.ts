// Territories of a programme: the public view, the programme dashboard, creation and editing.
import { and, asc, eq, inArray, like, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { programme, programmePhase, territory, territoryMember, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { createDefaultCodebook } from "~/features/needs-review/codebook/codebook.server";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";
import { slugify } from "./slug";
import type { TerritoryInput } from "./territories.schema";

/** Everything a visitor may see of every programme: names, context figures, the timeline. */
export async function listPublicProgrammes(db: Executor) {
  const programmes = await db.select().from(programme).orderBy(asc(programme.createdAt));
  if (programmes.length === 0) return [];
  const ids = programmes.map((p) => p.id);
  const [territories, phases] = await Promise.all([
    db
      .select({
        id: territory.id,
        programmeId: territory.programmeId,
        slug: territory.slug,
        name: territory.name,
        names: territory.names,
        countryCode: territory.countryCode,
        languages: territory.languages,
        population: territory.population,
        foreignResidentsPercent: territory.foreignResidentsPercent,
        tcnPercent: territory.tcnPercent,
      })
      .from(territory)
      .where(inArray(territory.programmeId, ids))
      .orderBy(asc(territory.name)),
    listPhases(db, ids),
  ]);
  return programmes.map((p) => ({
    ...p,
    territories: territories.filter((t) => t.programmeId === p.id),
    phases: phases.filter((ph) => ph.programmeId === p.id),
  }));
}

export function listPhases(db: Executor, programmeIds: string[]) {
  return db
    .select({
      programmeId: programmePhase.programmeId,
      kind: programmePhase.kind,
      name: programmePhase.name,
      startsOn: programmePhase.startsOn,
      endsOn: programmePhase.endsOn,
    })
    .from(programmePhase)
    .where(inArray(programmePhase.programmeId, programmeIds))
    // The order the programme admin gave them (decision 028), then by start.
    .orderBy(asc(programmePhase.position), asc(programmePhase.startsOn), asc(programmePhase.id));
}

/** The programme dashboard: every territory with its member count and coordinators, in four queries whatever the size. */
export async function getProgrammeOverview(db: Executor, programmeId: string) {
  const [territories, counts, coordinators, phases] = await Promise.all([
    db.select().from(territory).where(eq(territory.programmeId, programmeId)).orderBy(asc(territory.name)),
    db
      .select({ territoryId: territoryMember.territoryId, members: sql<number>`count(distinct ${territoryMember.userId})::int` })
      .from(territoryMember)
      .innerJoin(territory, eq(territory.id, territoryMember.territoryId))
      .where(eq(territory.programmeId, programmeId))
      .groupBy(territoryMember.territoryId),
    db
      .select({ territoryId: territoryMember.territoryId, name: user.name })
      .from(territoryMember)
      .innerJoin(territory, eq(territory.id, territoryMember.territoryId))
      .innerJoin(user, eq(user.id, territoryMember.userId))
      .where(and(eq(territory.programmeId, programmeId), eq(territoryMember.role, "coordinator")))
      .orderBy(asc(user.name)),
    listPhases(db, [programmeId]),
  ]);
  const memberCount = new Map(counts.map((c) => [c.territoryId, c.members]));
  const coordinatorNames = new Map<string, string[]>();
  for (const c of coordinators) coordinatorNames.set(c.territoryId, [...(coordinatorNames.get(c.territoryId) ?? []), c.name]);
  return {
    phases,
    territories: territories.map((t) => ({
      ...t,
      memberCount: memberCount.get(t.id) ?? 0,
      coordinators: coordinatorNames.get(t.id) ?? [],
    })),
  };
}

async function uniqueSlug(db: Executor, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await db.select({ slug: territory.slug }).from(territory).where(like(territory.slug, `${base}%`))).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

function columnsFrom(input: TerritoryInput) {
  return {
    name: input.name,
    names: input.names,
    countryCode: input.countryCode,
    languages: input["languages[]"],
    population: input.population ?? null,
    foreignResidentsPercent: input.foreignResidentsPercent ?? null,
    tcnPercent: input.tcnPercent ?? null,
  };
}

export async function createTerritory(db: Executor, args: { actor: Actor; programmeId: string; input: TerritoryInput }) {
  return db.transaction(async (tx) => {
    // One creation at a time chooses a slug: two at once (a double submit) would pick the same.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('eccipa.territory.slug'))`);
    const [created] = await tx
      .insert(territory)
      .values({ programmeId: args.programmeId, slug: await uniqueSlug(tx, args.input.name), ...columnsFrom(args.input) })
      .returning();
    await recordAudit(tx, {
      actorUserId: args.actor.userId,
      programmeId: args.programmeId,
      territoryId: created.id,
      action: "territory.create",
      objectType: "territory",
      objectId: created.id,
      details: { name: created.name },
    });
    // A new territory's Needs Review starts from the default codebook, in its first language.
    const first = created.languages[0];
    await createDefaultCodebook(tx, { actor: args.actor, territory: created, language: isLanguage(first) ? first : DEFAULT_LANGUAGE });
    return created;
  });
}

export async function updateTerritory(
  db: Executor,
  args: { actor: Actor; programmeId: string; territoryId: string; input: TerritoryInput },
) {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(territory)
      .set(columnsFrom(args.input))
      .where(and(eq(territory.id, args.territoryId), eq(territory.programmeId, args.programmeId)))
      .returning();
    await recordAudit(tx, {
      actorUserId: args.actor.userId,
      programmeId: args.programmeId,
      territoryId: args.territoryId,
      action: "territory.update",
      objectType: "territory",
      objectId: args.territoryId,
    });
    return updated;
  });
}

export async function countMembers(db: Executor, territoryId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(distinct ${territoryMember.userId})::int` })
    .from(territoryMember)
    .where(eq(territoryMember.territoryId, territoryId));
  return n;
}

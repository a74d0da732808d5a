// What the shell (header, switchers, navigation) needs to know about the signed-in person.
import { asc, inArray } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { programme, territory } from "~/db/schema";
import { territoryNameIn } from "~/features/territories/territory-name";
import type { Language } from "~/i18n/languages";
import type { Actor } from "~/tenancy/actor.server";
import { canInTerritory, programmesWhere } from "~/tenancy/policy";
import { STAGES, type StageKey } from "./stages";

export type ShellData = {
  account: { name: string; email: string } | null;
  /** The territories the person may enter, each with the built stages she may open there. */
  territories: { slug: string; name: string; nameLang: Language; stages: StageKey[] }[];
  programmes: { slug: string; name: string; isAdmin: boolean; isExpert: boolean; canCompare: boolean }[];
};

export async function shellDataFor(actor: Actor | null, lang: Language): Promise<ShellData> {
  if (!actor) return { account: null, territories: [], programmes: [] };
  const programmeIds = [...new Set(actor.programmeRoles.map((r) => r.programmeId))];
  const adminOf = programmesWhere(actor, "programme:view-dashboard");
  const comparerOf = programmesWhere(actor, "programme:compare-needs-reviews");
  const db = getDb();
  const [programmes, administered] = await Promise.all([
    programmeIds.length
      ? db.select({ id: programme.id, slug: programme.slug, name: programme.name }).from(programme).where(inArray(programme.id, programmeIds))
      : Promise.resolve([]),
    // A programme admin may enter every territory of her programmes.
    adminOf.length
      ? db
          .select({ territoryId: territory.id, programmeId: territory.programmeId, slug: territory.slug, name: territory.name })
          .from(territory)
          .where(inArray(territory.programmeId, adminOf))
          .orderBy(asc(territory.name))
      : Promise.resolve([]),
  ]);
  const territories = new Map<string, ShellData["territories"][number]>();
  for (const t of [...actor.territoryRoles, ...administered]) {
    const ref = { id: t.territoryId, programmeId: t.programmeId };
    const stages = STAGES.filter((s) => s.built && canInTerritory(actor, s.built.permission, ref)).map((s) => s.key);
    territories.set(t.slug, { slug: t.slug, name: t.name, nameLang: lang, stages });
  }
  // Each territory's name in the page's language (decision 027).
  if (territories.size) {
    const named = await db
      .select({ slug: territory.slug, name: territory.name, names: territory.names, languages: territory.languages })
      .from(territory)
      .where(inArray(territory.slug, [...territories.keys()]));
    for (const row of named) Object.assign(territories.get(row.slug)!, { name: territoryNameIn(row, lang).text, nameLang: territoryNameIn(row, lang).lang });
  }
  return {
    account: { name: actor.name, email: actor.email },
    territories: [...territories.values()].sort((a, b) => a.name.localeCompare(b.name)),
    programmes: programmes.map((p) => ({
      slug: p.slug,
      name: p.name,
      isAdmin: adminOf.includes(p.id),
      isExpert: actor.programmeRoles.some((r) => r.programmeId === p.id && r.role === "expert"),
      canCompare: comparerOf.includes(p.id),
    })),
  };
}

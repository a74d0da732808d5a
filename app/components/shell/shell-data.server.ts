// What the shell (header, switchers, navigation) needs to know about the signed-in person.
import { asc, inArray } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { programme, territory } from "~/db/schema";
import type { Actor } from "~/tenancy/actor.server";
import { programmesWhere } from "~/tenancy/policy";

export type ShellData = {
  account: { name: string; email: string } | null;
  territories: { slug: string; name: string }[];
  programmes: { slug: string; name: string; isAdmin: boolean; isExpert: boolean }[];
};

export async function shellDataFor(actor: Actor | null): Promise<ShellData> {
  if (!actor) return { account: null, territories: [], programmes: [] };
  const programmeIds = [...new Set(actor.programmeRoles.map((r) => r.programmeId))];
  const adminOf = programmesWhere(actor, "programme:view-dashboard");
  const db = getDb();
  const [programmes, administered] = await Promise.all([
    programmeIds.length
      ? db.select({ id: programme.id, slug: programme.slug, name: programme.name }).from(programme).where(inArray(programme.id, programmeIds))
      : Promise.resolve([]),
    // A programme admin may enter every territory of her programmes.
    adminOf.length
      ? db
          .select({ slug: territory.slug, name: territory.name })
          .from(territory)
          .where(inArray(territory.programmeId, adminOf))
          .orderBy(asc(territory.name))
      : Promise.resolve([]),
  ]);
  const territories = new Map<string, string>();
  for (const t of [...actor.territoryRoles, ...administered]) territories.set(t.slug, t.name);
  return {
    account: { name: actor.name, email: actor.email },
    territories: [...territories].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name)),
    programmes: programmes.map((p) => ({
      slug: p.slug,
      name: p.name,
      isAdmin: adminOf.includes(p.id),
      isExpert: actor.programmeRoles.some((r) => r.programmeId === p.id && r.role === "expert"),
    })),
  };
}

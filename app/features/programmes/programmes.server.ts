// Programmes: the top-level tenant. For now created only from the command line (create-admin).
// A new programme starts with the default competence framework, which its admins then adapt.
import { eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { programme } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { installDefaultFramework } from "~/features/competences/competences.server";
import type { Actor } from "~/tenancy/actor.server";

export async function findProgrammeBySlug(db: Executor, slug: string) {
  const [found] = await db.select().from(programme).where(eq(programme.slug, slug)).limit(1);
  return found ?? null;
}

/** Creates a programme, with its audit entry and the default competence framework; `via` says what created it when no person did. */
export async function createProgramme(db: Executor, args: { actor: Actor | null; slug: string; name: string; via?: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(programme).values({ slug: args.slug, name: args.name }).returning();
    await recordAudit(tx, {
      actorUserId: args.actor?.userId ?? null,
      programmeId: row.id,
      territoryId: null,
      action: "programme.create",
      objectType: "programme",
      objectId: row.id,
      details: args.via ? { via: args.via } : {},
    });
    await installDefaultFramework(tx, { programmeId: row.id, actor: args.actor });
    return row;
  });
}

// The demo programme's competence framework: the default one, as a new programme gets it.
// Idempotent (installDefaultFramework adds only the keys the programme lacks), so a competence
// an admin deleted in the demo comes back on the next start, and an edited one stays as edited.
import { eq } from "drizzle-orm";
import { installDefaultFramework } from "~/features/competences/competences.server";
import type { Database } from "~/db/client.server";
import { programme } from "~/db/schema";
import { DEMO_PROGRAMME } from "~/demo/demo-data";

export async function seedDemoCompetences(db: Database): Promise<void> {
  const [prog] = await db.select({ id: programme.id }).from(programme).where(eq(programme.slug, DEMO_PROGRAMME.slug));
  if (prog) await installDefaultFramework(db, { programmeId: prog.id, actor: null });
}

// Demo: which round-table contributions each module of the demo Toolkit answers, so that tracing a
// module shows the proposals behind it (and the versions count them). INVENTED, like the modules
// and round tables it joins. Runs after both seeds. Idempotent and respectful of edits: a Toolkit
// whose modules already answer any contribution is left alone, so links removed in the app stay
// removed on the next start.
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "~/db/client.server";
import { moduleContribution, roundTable, roundTableContribution, territory, toolkit, trainingModule } from "~/db/schema";
import { DEMO_ROUND_TABLES } from "~/demo/demo-round-tables";

type Host = keyof typeof DEMO_ROUND_TABLES;
const from = (host: Host, index: number) => ({ host, proposal: DEMO_ROUND_TABLES[host].contributions[index].proposal });

/** Module title (as in DEMO_MODULES) → the contributions it answers (host territory, index in its round table). */
export const DEMO_MODULE_CONTRIBUTIONS: Record<string, { host: Host; proposal: string }[]> = {
  "Plain language at the counter": [from("offenbach", 0), from("offenbach", 2)],
  "Working with interpreters and intercultural mediators": [from("offenbach", 1), from("ravenna", 2), from("cartagena", 1)],
  "Residence law in practice for front-office staff": [from("ravenna", 0), from("ravenna", 1), from("cartagena", 3)],
  "Recognising and countering discrimination": [from("offenbach", 4)],
  "Intercultural competence in everyday service": [from("offenbach", 5)],
  "Cooperating with NGOs and migrant associations": [from("cartagena", 0), from("cartagena", 2)],
  "Digital services without exclusion": [from("ravenna", 3), from("cartagena", 5)],
  "One-stop information: guiding newcomers between offices": [from("offenbach", 3), from("ravenna", 4), from("cartagena", 4)],
};

export async function seedDemoModuleContributions(db: Database, args: { programmeId: string }): Promise<void> {
  const modules = await db
    .select({ id: trainingModule.id, title: trainingModule.title })
    .from(trainingModule)
    .innerJoin(toolkit, eq(toolkit.id, trainingModule.toolkitId))
    .where(and(eq(toolkit.programmeId, args.programmeId), isNull(toolkit.territoryId), inArray(trainingModule.title, Object.keys(DEMO_MODULE_CONTRIBUTIONS))));
  if (!modules.length) return;
  const [linked] = await db
    .select({ n: count() })
    .from(moduleContribution)
    .where(
      inArray(
        moduleContribution.moduleId,
        modules.map((m) => m.id),
      ),
    );
  if (linked?.n) return;
  const proposals = [...new Set(Object.values(DEMO_MODULE_CONTRIBUTIONS).flatMap((list) => list.map((c) => c.proposal)))];
  const contributions = await db
    .select({ id: roundTableContribution.id, host: territory.slug, proposal: roundTableContribution.proposal })
    .from(roundTableContribution)
    .innerJoin(roundTable, eq(roundTable.id, roundTableContribution.roundTableId))
    .innerJoin(territory, eq(territory.id, roundTable.territoryId))
    .where(and(eq(territory.programmeId, args.programmeId), inArray(roundTableContribution.proposal, proposals)));
  const contributionId = new Map(contributions.map((c) => [`${c.host}\n${c.proposal}`, c.id]));
  const links = modules.flatMap((m) =>
    DEMO_MODULE_CONTRIBUTIONS[m.title].flatMap((c) => {
      const id = contributionId.get(`${c.host}\n${c.proposal}`);
      return id ? [{ moduleId: m.id, contributionId: id }] : [];
    }),
  );
  if (links.length) await db.insert(moduleContribution).values(links).onConflictDoNothing();
}

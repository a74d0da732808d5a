// Helpers for the Toolkit tests: the demo's validated findings by territory and statement, the
// interviews behind a finding, competences and round-table contributions made directly in the
// database (their own modules write them in the app; here they are only what a module links to).
import { and, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import {
  coding,
  competence,
  finding,
  findingEvidence,
  programme,
  roundTable,
  roundTableContribution,
  roundTableParticipant,
  roundTableVote,
  territory,
} from "~/db/schema";
import { DEMO_FINDINGS } from "~/demo/demo-findings";

/** A programme's id by its slug (the demo programme by default). */
export async function programmeIdOf(slug = "eccipa"): Promise<string> {
  const [row] = await getDb().select({ id: programme.id }).from(programme).where(eq(programme.slug, slug));
  return row.id;
}

/** The id of a demo finding, by territory and its index in DEMO_FINDINGS. */
export async function demoFinding(slug: keyof typeof DEMO_FINDINGS, index: number): Promise<{ id: string; statement: string }> {
  const statement = DEMO_FINDINGS[slug].findings[index].statement;
  const [row] = await getDb()
    .select({ id: finding.id })
    .from(finding)
    .innerJoin(territory, eq(territory.id, finding.territoryId))
    .where(and(eq(territory.slug, slug), eq(finding.statement, statement)));
  return { id: row.id, statement };
}

/** The interviews whose codings back a finding. */
export async function evidenceInterviewIds(findingId: string): Promise<string[]> {
  const rows = await getDb()
    .selectDistinct({ id: coding.interviewId })
    .from(findingEvidence)
    .innerJoin(coding, eq(coding.id, findingEvidence.codingId))
    .where(eq(findingEvidence.findingId, findingId));
  return rows.map((r) => r.id);
}

export async function addCompetence(programmeSlug: string, key: string, name: Record<string, string>): Promise<string> {
  const [row] = await getDb()
    .insert(competence)
    .values({ programmeId: await programmeIdOf(programmeSlug), key, group: "skills", name })
    .onConflictDoNothing()
    .returning({ id: competence.id });
  return row.id;
}

/** A round table of the territory with one contribution and votes of the given points. */
export async function addContribution(slug: string, args: { theme: string; heldOn: string; proposal: string; points: number[] }): Promise<string> {
  const db = getDb();
  const [t] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  const [table] = await db.insert(roundTable).values({ territoryId: t.id, theme: args.theme, heldOn: args.heldOn }).returning({ id: roundTable.id });
  const [contribution] = await db.insert(roundTableContribution).values({ roundTableId: table.id, proposal: args.proposal }).returning({ id: roundTableContribution.id });
  for (const [i, points] of args.points.entries()) {
    const [p] = await db
      .insert(roundTableParticipant)
      .values({ roundTableId: table.id, name: `Invented participant ${i + 1}`, category: "ngo", scope: "local" })
      .returning({ id: roundTableParticipant.id });
    await db.insert(roundTableVote).values({ contributionId: contribution.id, participantId: p.id, points });
  }
  return contribution.id;
}

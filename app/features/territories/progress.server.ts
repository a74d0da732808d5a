// Each territory's progress through the cycle, for the programme dashboard: the facts of every
// territory of the programme in two queries whatever their number (one over the territories with
// correlated exists, one over the programme's Toolkits), then the pure rules of progress.ts.
import { asc, eq, type SQL, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { cohort, deskSource, interview, participant, reportPublication, roundTable, territory, toolkit, toolkitVersion, trainingModule } from "~/db/schema";
import type { Phase } from "./phases";
import { type AvailableStage, type StageFacts, type StageProgress, stageProgress } from "./progress";

const exists = (from: PgTable, where: SQL) => sql<boolean>`exists (select 1 from ${from} where ${where})`;
const ofTerritory = (column: SQL) => sql`${column} = ${qualified(territory.id)}`;

/** Progress of each territory of the programme, by territory id, on the day `today` (YYYY-MM-DD). */
export async function listTerritoryProgress(db: Executor, args: { programmeId: string; phases: readonly Pick<Phase, "kind" | "endsOn">[]; today: string }): Promise<Map<string, StageProgress[]>> {
  const [rows, toolkits] = await Promise.all([
    db
      .select({
        id: territory.id,
        reportPublished: exists(reportPublication, ofTerritory(qualified(reportPublication.territoryId))),
        needsReviewStarted: sql<boolean>`(${exists(interview, ofTerritory(qualified(interview.territoryId)))} or ${exists(deskSource, ofTerritory(qualified(deskSource.territoryId)))} or ${exists(participant, ofTerritory(qualified(participant.territoryId)))})`,
        roundTableClosed: exists(roundTable, sql`${ofTerritory(qualified(roundTable.territoryId))} and ${qualified(roundTable.status)} = 'closed'`),
        roundTableStarted: exists(roundTable, ofTerritory(qualified(roundTable.territoryId))),
        cohortCompleted: exists(cohort, sql`${ofTerritory(qualified(cohort.territoryId))} and ${qualified(cohort.kind)} = 'staff' and ${qualified(cohort.completedAt)} is not null`),
        cohortStarted: exists(cohort, ofTerritory(qualified(cohort.territoryId))),
      })
      .from(territory)
      .where(eq(territory.programmeId, args.programmeId)),
    // The programme's Toolkit and the territories' own copies, with their modules and published versions.
    db
      .select({
        id: toolkit.id,
        territoryId: toolkit.territoryId,
        modules: sql<number>`(select count(*)::int from ${trainingModule} where ${qualified(trainingModule.toolkitId)} = ${qualified(toolkit.id)})`,
        published: sql<number>`(select count(*)::int from ${toolkitVersion} where ${qualified(toolkitVersion.toolkitId)} = ${qualified(toolkit.id)} and ${qualified(toolkitVersion.publishedAt)} is not null)`,
      })
      .from(toolkit)
      .where(eq(toolkit.programmeId, args.programmeId))
      .orderBy(asc(toolkit.createdAt), asc(toolkit.id)),
  ]);
  // The Toolkit a territory works with: its own copy, else the programme's first (as findToolkit).
  const programmeToolkit = toolkits.find((k) => k.territoryId === null);
  const result = new Map<string, StageProgress[]>();
  for (const r of rows) {
    const kit = toolkits.find((k) => k.territoryId === r.id) ?? programmeToolkit;
    const facts: Record<AvailableStage, StageFacts> = {
      needs_review: { done: r.reportPublished, started: r.needsReviewStarted },
      co_design: { done: r.roundTableClosed, started: r.roundTableStarted },
      toolkit: { done: (kit?.published ?? 0) > 0, started: (kit?.modules ?? 0) > 0 },
      training: { done: r.cohortCompleted, started: r.cohortStarted },
    };
    result.set(r.id, stageProgress(facts, args.phases, args.today));
  }
  return result;
}

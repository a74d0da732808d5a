// The validation outcome of a finding: what the most recent focus group that decided about it
// said. A later focus group overrides an earlier one; within one group, the last decision counts.
// Built as a subquery so that a list gets every outcome in the same query as its findings.
import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { focusGroup, focusGroupFinding } from "~/db/schema";

/** Validated means the focus group kept the finding, as it stood or in new words. */
export const VALIDATED_OUTCOMES = ["confirmed", "amended"] as const;

/** One row per decided finding of the territory: its latest outcome, new wording and notes. */
export function latestOutcomes(db: Executor, territoryId: string) {
  return db
    .selectDistinctOn([focusGroupFinding.findingId], {
      findingId: focusGroupFinding.findingId,
      outcome: focusGroupFinding.outcome,
      amendedStatement: focusGroupFinding.amendedStatement,
      notes: focusGroupFinding.notes,
      decidedAt: focusGroupFinding.decidedAt,
      focusGroupId: focusGroupFinding.focusGroupId,
    })
    .from(focusGroupFinding)
    .innerJoin(focusGroup, eq(focusGroup.id, focusGroupFinding.focusGroupId))
    .where(and(eq(focusGroup.territoryId, territoryId), isNotNull(focusGroupFinding.outcome)))
    .orderBy(focusGroupFinding.findingId, desc(focusGroup.heldOn), desc(focusGroupFinding.decidedAt))
    .as("latest_outcome");
}

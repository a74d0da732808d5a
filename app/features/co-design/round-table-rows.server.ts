// Removing one row (a participant or a contribution) of a round table that is still open: the
// same lock, refusals and audit entry for both, so a double submit or the back button changes
// nothing more and a closed round table keeps its record.
import { and, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { roundTableContribution, roundTableParticipant } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { parseUuid } from "~/features/needs-review/needs-review.schema";
import type { Actor } from "~/tenancy/actor.server";
import { lockRoundTable, type Territory } from "./round-tables.server";

const ROWS = {
  participant: { table: roundTableParticipant, action: "round_table.participant_remove", detail: "participantId" },
  contribution: { table: roundTableContribution, action: "round_table.contribution_remove", detail: "contributionId" },
} as const;

/** null: no such round table here; "closed": it keeps its rows; "gone": nothing to remove (any more). */
export async function removeRoundTableRow(
  db: Executor,
  args: { actor: Actor; territory: Territory; roundTableId: string; kind: keyof typeof ROWS; rowId: string },
): Promise<"removed" | "gone" | "closed" | null> {
  const { actor, territory, roundTableId } = args;
  const { table, action, detail } = ROWS[args.kind];
  return db.transaction(async (tx) => {
    const locked = await lockRoundTable(tx, { territoryId: territory.id, roundTableId });
    if (!locked) return null;
    if (locked.status === "closed") return "closed";
    const rowId = parseUuid(args.rowId);
    // Votes go with the row (foreign keys cascade).
    const removed = rowId
      ? await tx
          .delete(table)
          .where(and(eq(table.id, rowId), eq(table.roundTableId, roundTableId)))
          .returning({ id: table.id })
      : [];
    if (!removed.length) return "gone";
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action,
      objectType: "round_table",
      objectId: roundTableId,
      details: { [detail]: removed[0].id },
    });
    return "removed";
  });
}

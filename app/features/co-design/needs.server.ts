// The needs on a round table: validated findings of any territory of the programme (decision 013).
// Only their standing statement travels (listValidatedFindings): never a quote, a transcript or a
// participant of the territory that found them.
import type { Language } from "~/i18n/languages";
import { territoryNameSql } from "~/features/territories/territory-name";
import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { roundTableNeed, territory as territoryTable } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { listValidatedFindings, type ValidatedFinding } from "~/features/needs-review/coding/comparison.server";
import type { Actor } from "~/tenancy/actor.server";
import { type Refusal, refuse } from "./refusal";
import type { NeedsInput } from "./co-design.schema";
import { lockRoundTable, type Territory } from "./round-tables.server";

export type NeedOption = Pick<ValidatedFinding, "id" | "kind" | "statement"> & { onTable: boolean };
export type NeedGroup = { territoryId: string; territoryName: string; findings: NeedOption[] };

/**
 * The programme's validated findings grouped by territory (host first, then by name), each marked
 * when it is on the table: the picker and the list of needs on the table read the same rows.
 * Two queries, whatever the number of findings.
 */
export async function listNeedOptions(db: Executor, args: { territory: Territory; roundTableId: string; lang?: Language }): Promise<NeedGroup[]> {
  const [validated, onTable, territories] = await Promise.all([
    listValidatedFindings(db, { programmeId: args.territory.programmeId }),
    db.select({ findingId: roundTableNeed.findingId }).from(roundTableNeed).where(eq(roundTableNeed.roundTableId, args.roundTableId)),
    db.select({ id: territoryTable.id, name: args.lang ? territoryNameSql(territoryTable, args.lang) : territoryTable.name }).from(territoryTable).where(eq(territoryTable.programmeId, args.territory.programmeId)),
  ]);
  const picked = new Set(onTable.map((n) => n.findingId));
  const ordered = [...territories].sort((a, b) => Number(b.id === args.territory.id) - Number(a.id === args.territory.id) || a.name.localeCompare(b.name));
  return ordered
    .map((t) => ({
      territoryId: t.id,
      territoryName: t.name,
      findings: validated.filter((f) => f.territoryId === t.id).map((f) => ({ id: f.id, kind: f.kind, statement: f.statement, onTable: picked.has(f.id) })),
    }))
    .filter((g) => g.findings.length > 0);
}

/**
 * Sets the needs on the table to the ticked findings. A finding that is not validated, or not of
 * this programme, refuses the whole request. Contributions keep their finding when it leaves the
 * table (what they answered stays true); the form offers only the needs on the table.
 */
export async function setNeeds(
  db: Executor,
  args: { actor: Actor; territory: Territory; roundTableId: string; input: NeedsInput },
): Promise<{ ok: true } | Refusal | null> {
  const { actor, territory, roundTableId, input } = args;
  return db.transaction(async (tx) => {
    const table = await lockRoundTable(tx, { territoryId: territory.id, roundTableId });
    if (!table) return null;
    if (table.status === "closed") return refuse("_form", "coDesign.errors.closed", 409);
    const requested = [...new Set(input["findingIds[]"])];
    const validated = new Set((await listValidatedFindings(tx, { programmeId: territory.programmeId })).map((f) => f.id));
    if (requested.some((id) => !validated.has(id))) return refuse("findingIds[]", "coDesign.errors.findingNotValidated");
    const removed = await tx
      .delete(roundTableNeed)
      .where(and(eq(roundTableNeed.roundTableId, roundTableId), requested.length ? notInArray(roundTableNeed.findingId, requested) : undefined))
      .returning({ findingId: roundTableNeed.findingId });
    const added = requested.length
      ? await tx
          .insert(roundTableNeed)
          .values(requested.map((findingId) => ({ roundTableId, findingId })))
          .onConflictDoNothing()
          .returning({ findingId: roundTableNeed.findingId })
      : [];
    if (added.length || removed.length) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "round_table.needs",
        objectType: "round_table",
        objectId: roundTableId,
        details: { added: added.map((r) => r.findingId), removed: removed.map((r) => r.findingId) },
      });
    }
    return { ok: true as const };
  });
}

/** Whether the finding is one of the needs on the table. */
export async function isNeedOnTable(tx: Executor, args: { roundTableId: string; findingId: string }): Promise<boolean> {
  const rows = await tx
    .select({ findingId: roundTableNeed.findingId })
    .from(roundTableNeed)
    .where(and(eq(roundTableNeed.roundTableId, args.roundTableId), inArray(roundTableNeed.findingId, [args.findingId])));
  return rows.length > 0;
}

// Findings of the Needs Review: strengths, weaknesses and needs of the territory's services, each
// stated in a sentence or two, backed by coded passages (finding-evidence.server.ts) and
// validated by the focus groups (focus-groups.server.ts). Every change is audited.
import { and, asc, count, desc, eq, inArray, max, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { FINDING_KINDS, type FindingKind, finding, findingEvidence, focusGroup, focusGroupFinding } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { latestOutcomes, VALIDATED_OUTCOMES } from "./finding-outcomes.server";
import { listEvidenceOf } from "./finding-evidence.server";
import type { FindingInput } from "./findings.schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";

type Territory = { id: string; programmeId: string };

/** Strengths first, then weaknesses, then needs; high priority before low within each. */
const kindOrder = sql`array_position(array['strength','weakness','need']::text[], ${finding.kind})`;
const priorityOrder = sql`array_position(array['high','medium','low']::text[], ${finding.priority})`;

/** Number of passages backing each finding of the territory, as a subquery. */
function evidenceCounts(db: Executor, territoryId: string) {
  return db
    .select({ findingId: findingEvidence.findingId, n: count().as("n") })
    .from(findingEvidence)
    .innerJoin(finding, eq(finding.id, findingEvidence.findingId))
    .where(eq(finding.territoryId, territoryId))
    .groupBy(findingEvidence.findingId)
    .as("evidence_counts");
}

/**
 * One page of the territory's findings, by kind and priority, each with its number of evidence
 * passages and its latest validation outcome: one query for the page, whatever its length.
 */
export async function listFindings(db: Executor, args: { territoryId: string; page: number }) {
  const where = eq(finding.territoryId, args.territoryId);
  const counts = evidenceCounts(db, args.territoryId);
  const latest = latestOutcomes(db, args.territoryId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: finding.id,
        kind: finding.kind,
        statement: finding.statement,
        targetGroups: finding.targetGroups,
        priority: finding.priority,
        evidenceCount: sql<number>`coalesce(${counts.n}, 0)::int`,
        outcome: latest.outcome,
        amendedStatement: latest.amendedStatement,
      })
      .from(finding)
      .leftJoin(counts, eq(counts.findingId, finding.id))
      .leftJoin(latest, eq(latest.findingId, finding.id))
      .where(where)
      .orderBy(kindOrder, priorityOrder, asc(finding.position), asc(finding.createdAt), asc(finding.id))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(finding).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

/**
 * Every finding of the territory with its latest outcome and its evidence quotes (theme,
 * interview date, target groups of the interviewees; never a pseudonym): what the Needs Review
 * Report shows and what territories are compared by. Two queries, however many findings.
 * `validatedOnly` keeps the findings a focus group confirmed or amended.
 */
export async function listFindingsWithOutcomes(db: Executor, args: { territoryId: string; validatedOnly?: boolean }) {
  const latest = latestOutcomes(db, args.territoryId);
  const rows = await db
    .select({
      id: finding.id,
      kind: finding.kind,
      statement: finding.statement,
      targetGroups: finding.targetGroups,
      priority: finding.priority,
      outcome: latest.outcome,
      amendedStatement: latest.amendedStatement,
      outcomeNotes: latest.notes,
      decidedAt: latest.decidedAt,
    })
    .from(finding)
    .leftJoin(latest, eq(latest.findingId, finding.id))
    .where(
      and(
        eq(finding.territoryId, args.territoryId),
        args.validatedOnly ? inArray(latest.outcome, [...VALIDATED_OUTCOMES]) : undefined,
      ),
    )
    .orderBy(kindOrder, priorityOrder, asc(finding.position), asc(finding.createdAt), asc(finding.id));
  const evidence = await listEvidenceOf(db, { territoryId: args.territoryId, findingIds: rows.map((r) => r.id) });
  return rows.map((r) => ({
    ...r,
    /** The wording that stands: the focus group's when it amended the finding. */
    currentStatement: r.outcome === "amended" && r.amendedStatement ? r.amendedStatement : r.statement,
    evidence: evidence.get(r.id) ?? [],
  }));
}

/** Findings by kind, and how many of them a focus group validated (confirmed or amended). */
export async function countFindings(db: Executor, args: { territoryId: string }) {
  const latest = latestOutcomes(db, args.territoryId);
  const rows = await db
    .select({
      kind: finding.kind,
      n: count(),
      validated: sql<number>`count(*) filter (where ${latest.outcome} in ('confirmed', 'amended'))::int`,
    })
    .from(finding)
    .leftJoin(latest, eq(latest.findingId, finding.id))
    .where(eq(finding.territoryId, args.territoryId))
    .groupBy(finding.kind);
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  let validated = 0;
  for (const r of rows) {
    byKind[r.kind] = r.n;
    validated += r.validated;
  }
  return { byKind, validated };
}

/** A finding of the territory with its outcome, each focus group's decision and its evidence; or null. */
export async function findFinding(db: Executor, args: { territoryId: string; findingId: string }) {
  const latest = latestOutcomes(db, args.territoryId);
  const [row] = await db
    .select({
      id: finding.id,
      kind: finding.kind,
      statement: finding.statement,
      targetGroups: finding.targetGroups,
      priority: finding.priority,
      outcome: latest.outcome,
      amendedStatement: latest.amendedStatement,
    })
    .from(finding)
    .leftJoin(latest, eq(latest.findingId, finding.id))
    .where(and(eq(finding.id, args.findingId), eq(finding.territoryId, args.territoryId)));
  if (!row) return null;
  const [decisions, evidence] = await Promise.all([
    db
      .select({
        focusGroupId: focusGroup.id,
        title: focusGroup.title,
        heldOn: focusGroup.heldOn,
        outcome: focusGroupFinding.outcome,
        amendedStatement: focusGroupFinding.amendedStatement,
        notes: focusGroupFinding.notes,
      })
      .from(focusGroupFinding)
      .innerJoin(focusGroup, eq(focusGroup.id, focusGroupFinding.focusGroupId))
      .where(and(eq(focusGroupFinding.findingId, row.id), eq(focusGroup.territoryId, args.territoryId)))
      .orderBy(desc(focusGroup.heldOn), asc(focusGroup.title)),
    listEvidenceOf(db, { territoryId: args.territoryId, findingIds: [row.id] }),
  ]);
  return { ...row, decisions, evidence: evidence.get(row.id) ?? [] };
}

export async function createFinding(db: Executor, args: { actor: Actor; territory: Territory; input: FindingInput }): Promise<{ id: string }> {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    // New findings go last among their kind.
    const [{ last }] = await tx
      .select({ last: max(finding.position) })
      .from(finding)
      .where(and(eq(finding.territoryId, territory.id), eq(finding.kind, input.kind)));
    const [row] = await tx
      .insert(finding)
      .values({
        territoryId: territory.id,
        kind: input.kind,
        statement: input.statement,
        targetGroups: input["targetGroups[]"],
        priority: input.priority,
        position: (last ?? -1) + 1,
        createdByUserId: actor.userId,
      })
      .returning({ id: finding.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "finding.create",
      objectType: "finding",
      objectId: row.id,
      details: { kind: input.kind, priority: input.priority, targetGroups: input["targetGroups[]"] },
    });
    return row;
  });
}

/** Changes a finding of the territory; false when it is not one. */
export async function updateFinding(db: Executor, args: { actor: Actor; territory: Territory; findingId: string; input: FindingInput }): Promise<boolean> {
  const { actor, territory, findingId, input } = args;
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(finding)
      .set({ kind: input.kind, statement: input.statement, targetGroups: input["targetGroups[]"], priority: input.priority, updatedAt: new Date() })
      .where(and(eq(finding.id, findingId), eq(finding.territoryId, territory.id)))
      .returning({ id: finding.id });
    if (!updated.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "finding.update",
      objectType: "finding",
      objectId: findingId,
      details: { kind: input.kind, priority: input.priority, targetGroups: input["targetGroups[]"] },
    });
    return true;
  });
}

/** Deletes a finding of the territory with its evidence links and focus-group decisions. */
export async function deleteFinding(db: Executor, args: { actor: Actor; territory: Territory; findingId: string }): Promise<boolean> {
  const { actor, territory, findingId } = args;
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(finding)
      .where(and(eq(finding.id, findingId), eq(finding.territoryId, territory.id)))
      .returning({ id: finding.id, kind: finding.kind });
    if (!deleted.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "finding.delete",
      objectType: "finding",
      objectId: findingId,
      details: { kind: deleted[0].kind },
    });
    return true;
  });
}

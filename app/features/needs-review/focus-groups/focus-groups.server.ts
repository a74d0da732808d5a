// Validation focus groups: local stakeholders (registered participants, so that each person is
// one row wherever she takes part) review the findings and confirm, amend or reject each.
// Attendance lives in focus-group-attendees.server.ts. Every change is audited.
import { and, asc, count, desc, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { finding, focusGroup, focusGroupAttendee, focusGroupFinding, interview, interviewParticipant } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { FieldErrors } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import type { FocusGroupInput, OutcomeInput, PresentedInput } from "../findings/findings.schema";
import { parseUuid } from "../needs-review.schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";

type Territory = { id: string; programmeId: string };

const attendeeCount = sql<number>`(select count(*)::int from ${focusGroupAttendee} where ${focusGroupAttendee.focusGroupId} = ${qualified(focusGroup.id)})`;
const presentedCount = sql<number>`(select count(*)::int from ${focusGroupFinding} where ${focusGroupFinding.focusGroupId} = ${qualified(focusGroup.id)})`;
const decidedCount = sql<number>`(select count(*)::int from ${focusGroupFinding} where ${focusGroupFinding.focusGroupId} = ${qualified(focusGroup.id)} and ${focusGroupFinding.outcome} is not null)`;

/** One page of the territory's focus groups, most recent first, with their counts (one query). */
export async function listFocusGroups(db: Executor, args: { territoryId: string; page: number }) {
  const where = eq(focusGroup.territoryId, args.territoryId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: focusGroup.id, title: focusGroup.title, heldOn: focusGroup.heldOn, place: focusGroup.place, attendees: attendeeCount, presented: presentedCount, decided: decidedCount })
      .from(focusGroup)
      .where(where)
      .orderBy(desc(focusGroup.heldOn), asc(focusGroup.title), asc(focusGroup.id))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(focusGroup).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

export async function findFocusGroup(db: Executor, args: { territoryId: string; focusGroupId: string }) {
  const [row] = await db
    .select({ id: focusGroup.id, title: focusGroup.title, heldOn: focusGroup.heldOn, place: focusGroup.place, notes: focusGroup.notes })
    .from(focusGroup)
    .where(and(eq(focusGroup.id, args.focusGroupId), eq(focusGroup.territoryId, args.territoryId)));
  return row ?? null;
}

export async function createFocusGroup(db: Executor, args: { actor: Actor; territory: Territory; input: FocusGroupInput }): Promise<{ id: string }> {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(focusGroup)
      .values({ territoryId: territory.id, ...input, createdByUserId: actor.userId })
      .returning({ id: focusGroup.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "focus_group.create",
      objectType: "focus_group",
      objectId: row.id,
      details: { heldOn: input.heldOn },
    });
    return row;
  });
}

export async function updateFocusGroup(db: Executor, args: { actor: Actor; territory: Territory; focusGroupId: string; input: FocusGroupInput }): Promise<boolean> {
  const { actor, territory, focusGroupId, input } = args;
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(focusGroup)
      .set(input)
      .where(and(eq(focusGroup.id, focusGroupId), eq(focusGroup.territoryId, territory.id)))
      .returning({ id: focusGroup.id });
    if (!updated.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "focus_group.update",
      objectType: "focus_group",
      objectId: focusGroupId,
      details: { heldOn: input.heldOn },
    });
    return true;
  });
}

/** Every finding of the territory, whether the group was shown it, and what it decided (one query). */
export async function listFindingsOfGroup(db: Executor, args: { territoryId: string; focusGroupId: string }) {
  return db
    .select({
      id: finding.id,
      kind: finding.kind,
      statement: finding.statement,
      presented: sql<boolean>`${focusGroupFinding.findingId} is not null`,
      outcome: focusGroupFinding.outcome,
      amendedStatement: focusGroupFinding.amendedStatement,
      notes: focusGroupFinding.notes,
    })
    .from(finding)
    .leftJoin(focusGroupFinding, and(eq(focusGroupFinding.findingId, finding.id), eq(focusGroupFinding.focusGroupId, args.focusGroupId)))
    .where(eq(finding.territoryId, args.territoryId))
    .orderBy(sql`array_position(array['strength','weakness','need']::text[], ${finding.kind})`, asc(finding.position), asc(finding.createdAt), asc(finding.id));
}

/**
 * Sets which findings the group was shown. A finding no longer ticked loses what the group
 * decided about it. Ids that are not findings of the territory refuse the whole request.
 */
export async function setPresentedFindings(
  db: Executor,
  args: { actor: Actor; territory: Territory; focusGroupId: string; input: PresentedInput },
): Promise<{ ok: true } | { errors: FieldErrors } | null> {
  const { actor, territory, focusGroupId, input } = args;
  return db.transaction(async (tx) => {
    if (!(await findFocusGroup(tx, { territoryId: territory.id, focusGroupId }))) return null;
    const requested = [...new Set(input["findingIds[]"])];
    const ids = requested.map(parseUuid).filter((id): id is string => id !== null);
    const found = ids.length ? await tx.select({ id: finding.id }).from(finding).where(and(eq(finding.territoryId, territory.id), inArray(finding.id, ids))) : [];
    if (found.length !== requested.length) return { errors: { "findingIds[]": ["errors.findingUnknown"] } };
    const keep = found.map((f) => f.id);
    const removed = await tx
      .delete(focusGroupFinding)
      .where(and(eq(focusGroupFinding.focusGroupId, focusGroupId), keep.length ? notInArray(focusGroupFinding.findingId, keep) : undefined))
      .returning({ findingId: focusGroupFinding.findingId });
    const added = keep.length
      ? await tx
          .insert(focusGroupFinding)
          .values(keep.map((findingId) => ({ focusGroupId, findingId })))
          .onConflictDoNothing()
          .returning({ findingId: focusGroupFinding.findingId })
      : [];
    if (added.length || removed.length) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "focus_group.update",
        objectType: "focus_group",
        objectId: focusGroupId,
        details: { findingsPresented: added.map((r) => r.findingId), findingsWithdrawn: removed.map((r) => r.findingId) },
      });
    }
    return { ok: true as const };
  });
}

/**
 * Records what the group decided about one finding of the territory (presenting it, if it was
 * not yet). The new wording is kept only with "amended".
 */
export async function recordOutcome(
  db: Executor,
  args: { actor: Actor; territory: Territory; focusGroupId: string; input: OutcomeInput },
): Promise<{ ok: true } | { errors: FieldErrors } | null> {
  const { actor, territory, focusGroupId, input } = args;
  return db.transaction(async (tx) => {
    if (!(await findFocusGroup(tx, { territoryId: territory.id, focusGroupId }))) return null;
    const findingId = parseUuid(input.findingId);
    const [found] = findingId ? await tx.select({ id: finding.id }).from(finding).where(and(eq(finding.id, findingId), eq(finding.territoryId, territory.id))) : [];
    if (!found) return { errors: { _form: ["errors.findingUnknown"] } };
    const decision = {
      outcome: input.outcome,
      amendedStatement: input.outcome === "amended" ? (input.amendedStatement ?? null) : null,
      notes: input.notes,
      decidedAt: new Date(),
    };
    await tx
      .insert(focusGroupFinding)
      .values({ focusGroupId, findingId: found.id, ...decision })
      .onConflictDoUpdate({ target: [focusGroupFinding.focusGroupId, focusGroupFinding.findingId], set: decision });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "focus_group.outcome",
      objectType: "focus_group",
      objectId: focusGroupId,
      details: { findingId: found.id, outcome: input.outcome },
    });
    return { ok: true as const };
  });
}

/**
 * Stakeholders who supported the review: the distinct participants of the territory who took
 * part in an interview or attended a focus group. A person in both, or at both focus groups,
 * counts once (UNION removes the duplicates). One query.
 */
export async function countStakeholders(db: Executor, args: { territoryId: string }): Promise<number> {
  const people = db
    .select({ participantId: interviewParticipant.participantId })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .where(eq(interview.territoryId, args.territoryId))
    .union(
      db
        .select({ participantId: focusGroupAttendee.participantId })
        .from(focusGroupAttendee)
        .innerJoin(focusGroup, eq(focusGroup.id, focusGroupAttendee.focusGroupId))
        .where(eq(focusGroup.territoryId, args.territoryId)),
    )
    .as("people");
  const [{ n }] = await db.select({ n: count() }).from(people);
  return n;
}

// Who attended a focus group: registered participants of the territory, ticked a page at a time,
// or registered on the spot (a stakeholder with her organisation) and added at once. Counts by
// category (the target group) and by organisation. Audit entries name participant ids only.
import { and, asc, count, eq, ilike, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { TARGET_GROUPS, type TargetGroup, focusGroupAttendee, participant } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { FieldErrors } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import type { AttendeesInput } from "../findings/findings.schema";
import { findFocusGroup } from "./focus-groups.server";
import { parseUuid, type ParticipantInput } from "../needs-review.schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";
import { createParticipant } from "../interviews/participants.server";

type Territory = { id: string; programmeId: string };

/** "50%_x" typed in a search box matches those characters, not any text. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of the territory's participants for the attendance form, filtered by target group
 * and by a part of the pseudonym or organisation, each marked when she attended.
 */
export async function listAttendeeOptions(
  db: Executor,
  args: { territoryId: string; focusGroupId: string; page: number; targetGroup: TargetGroup | null; q: string },
) {
  const where = and(
    eq(participant.territoryId, args.territoryId),
    args.targetGroup ? eq(participant.targetGroup, args.targetGroup) : undefined,
    args.q ? or(ilike(participant.pseudonym, likePattern(args.q)), ilike(participant.organisation, likePattern(args.q))) : undefined,
  );
  const attending = sql<boolean>`exists (select 1 from ${focusGroupAttendee} where ${focusGroupAttendee.participantId} = ${qualified(participant.id)} and ${focusGroupAttendee.focusGroupId} = ${args.focusGroupId})`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: participant.id, pseudonym: participant.pseudonym, targetGroup: participant.targetGroup, organisation: participant.organisation, attending })
      .from(participant)
      .where(where)
      .orderBy(asc(participant.pseudonym))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(participant).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

/** Attendees of the group by category (target group) and by organisation (none stated last). */
export async function countAttendees(db: Executor, args: { territoryId: string; focusGroupId: string }) {
  const scope = and(eq(focusGroupAttendee.focusGroupId, args.focusGroupId), eq(participant.territoryId, args.territoryId));
  const [groups, organisations] = await Promise.all([
    db
      .select({ group: participant.targetGroup, n: count() })
      .from(focusGroupAttendee)
      .innerJoin(participant, eq(participant.id, focusGroupAttendee.participantId))
      .where(scope)
      .groupBy(participant.targetGroup),
    db
      .select({ organisation: participant.organisation, n: count() })
      .from(focusGroupAttendee)
      .innerJoin(participant, eq(participant.id, focusGroupAttendee.participantId))
      .where(scope)
      .groupBy(participant.organisation)
      .orderBy(sql`${participant.organisation} is null`, asc(participant.organisation)),
  ]);
  const byCategory = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  for (const r of groups) byCategory[r.group] = r.n;
  return { total: groups.reduce((sum, r) => sum + r.n, 0), byCategory, byOrganisation: organisations };
}

/**
 * Sets attendance for the participants one page showed: ticked ones attend, the others shown do
 * not; participants on other pages keep theirs. Any id that is not a participant of the
 * territory refuses the whole request.
 */
export async function setAttendance(
  db: Executor,
  args: { actor: Actor; territory: Territory; focusGroupId: string; input: AttendeesInput },
): Promise<{ added: number; removed: number } | { errors: FieldErrors } | null> {
  const { actor, territory, focusGroupId, input } = args;
  return db.transaction(async (tx) => {
    if (!(await findFocusGroup(tx, { territoryId: territory.id, focusGroupId }))) return null;
    const shown = [...new Set([...input["shownIds[]"], ...input["participantIds[]"]])];
    const ids = shown.map(parseUuid).filter((id): id is string => id !== null);
    const found = ids.length
      ? await tx.select({ id: participant.id }).from(participant).where(and(eq(participant.territoryId, territory.id), inArray(participant.id, ids)))
      : [];
    if (found.length !== shown.length) return { errors: { "participantIds[]": ["errors.participantUnknown"] } };
    const ticked = new Set(input["participantIds[]"]);
    const attend = found.filter((p) => ticked.has(p.id)).map((p) => p.id);
    const leave = found.filter((p) => !ticked.has(p.id)).map((p) => p.id);
    const removed = leave.length
      ? await tx
          .delete(focusGroupAttendee)
          .where(and(eq(focusGroupAttendee.focusGroupId, focusGroupId), inArray(focusGroupAttendee.participantId, leave)))
          .returning({ id: focusGroupAttendee.participantId })
      : [];
    const added = attend.length
      ? await tx
          .insert(focusGroupAttendee)
          .values(attend.map((participantId) => ({ focusGroupId, participantId })))
          .onConflictDoNothing()
          .returning({ id: focusGroupAttendee.participantId })
      : [];
    if (added.length || removed.length) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "focus_group.attendees",
        objectType: "focus_group",
        objectId: focusGroupId,
        details: { added: added.map((r) => r.id), removed: removed.map((r) => r.id) },
      });
    }
    return { added: added.length, removed: removed.length };
  });
}

/**
 * Registers a stakeholder met at the focus group (pseudonym, target group, organisation) and adds
 * her to its attendees, in one transaction. "duplicate" when the pseudonym is taken.
 */
export async function addNewAttendee(
  db: Executor,
  args: { actor: Actor; territory: Territory; focusGroupId: string; input: Pick<ParticipantInput, "pseudonym" | "targetGroup" | "organisation"> },
): Promise<{ id: string } | "duplicate" | null> {
  const { actor, territory, focusGroupId, input } = args;
  return db.transaction(async (tx) => {
    if (!(await findFocusGroup(tx, { territoryId: territory.id, focusGroupId }))) return null;
    const created = await createParticipant(tx, { actor, territory, input: { ...input, languages: [] } });
    if (created === "duplicate") return created;
    await tx.insert(focusGroupAttendee).values({ focusGroupId, participantId: created.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "focus_group.attendees",
      objectType: "focus_group",
      objectId: focusGroupId,
      details: { added: [created.id], removed: [], registered: true },
    });
    return created;
  });
}

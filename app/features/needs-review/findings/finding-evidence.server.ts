// The evidence of a finding: coded passages of the territory's transcripts. A passage is shown
// with its theme and the date of its interview (and the target groups of the interviewees),
// never with a pseudonym. When a coding goes (its transcript deleted after a consent withdrawal),
// the database drops the link and the finding stays.
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { type TargetGroup, agreementCheck, coding, finding, findingEvidence, interview, interviewParticipant, participant, theme } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { FieldErrors } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import type { EvidenceInput } from "./findings.schema";
import { parseUuid } from "../needs-review.schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";

type Territory = { id: string; programmeId: string };

/** The target groups of an interview's participants (a correlated subquery on interview). */
const targetGroupsOfInterview = sql<TargetGroup[]>`array(
  select distinct ${participant.targetGroup} from ${interviewParticipant}
  inner join ${participant} on ${participant.id} = ${interviewParticipant.participantId}
  where ${interviewParticipant.interviewId} = ${interview.id}
  order by 1)`;

export type EvidencePassage = {
  codingId: string;
  quote: string;
  themeName: string;
  interviewId: string;
  conductedOn: string;
  targetGroups: TargetGroup[];
};

/** The passages backing each of the given findings of the territory, in one query. */
export async function listEvidenceOf(db: Executor, args: { territoryId: string; findingIds: string[] }): Promise<Map<string, EvidencePassage[]>> {
  const byFinding = new Map<string, EvidencePassage[]>();
  if (!args.findingIds.length) return byFinding;
  const rows = await db
    .select({
      findingId: findingEvidence.findingId,
      codingId: coding.id,
      quote: coding.quote,
      themeName: theme.name,
      interviewId: interview.id,
      conductedOn: interview.conductedOn,
      targetGroups: targetGroupsOfInterview,
    })
    .from(findingEvidence)
    .innerJoin(coding, eq(coding.id, findingEvidence.codingId))
    .innerJoin(theme, eq(theme.id, coding.themeId))
    .innerJoin(interview, eq(interview.id, coding.interviewId))
    .where(and(eq(coding.territoryId, args.territoryId), inArray(findingEvidence.findingId, args.findingIds)))
    .orderBy(asc(interview.conductedOn), asc(coding.start), asc(coding.id));
  for (const { findingId, ...passage } of rows) {
    const list = byFinding.get(findingId) ?? [];
    list.push(passage);
    byFinding.set(findingId, list);
  }
  return byFinding;
}

/**
 * Codings of one theme (and, if given, one interview) of the territory for the evidence picker,
 * a page at a time, each marked when it already backs the finding. A coder blinded by an open
 * agreement check does not see the other coder's codings of that interview here either.
 */
export async function listEvidenceCandidates(
  db: Executor,
  args: { territoryId: string; findingId: string; themeId: string; interviewId: string | null; actorUserId: string; page: number },
) {
  const blinded = sql`exists (select 1 from ${agreementCheck}
    where ${agreementCheck.interviewId} = ${coding.interviewId} and ${agreementCheck.status} = 'open'
    and (${agreementCheck.coderAUserId} = ${args.actorUserId} or ${agreementCheck.coderBUserId} = ${args.actorUserId})
    and ${coding.coderUserId} is distinct from ${args.actorUserId})`;
  const where = and(
    eq(coding.territoryId, args.territoryId),
    eq(coding.themeId, args.themeId),
    args.interviewId ? eq(coding.interviewId, args.interviewId) : undefined,
    sql`not ${blinded}`,
  );
  const linked = sql<boolean>`exists (select 1 from ${findingEvidence} where ${findingEvidence.codingId} = ${coding.id} and ${findingEvidence.findingId} = ${args.findingId})`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ id: coding.id, quote: coding.quote, conductedOn: interview.conductedOn, interviewId: interview.id, linked })
      .from(coding)
      .innerJoin(interview, eq(interview.id, coding.interviewId))
      .where(where)
      .orderBy(asc(interview.conductedOn), asc(coding.start), asc(coding.id))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(coding).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

/** The interviews of the territory that have codings, by date, for the picker's filter. */
export async function listCodedInterviews(db: Executor, args: { territoryId: string }) {
  return db
    .selectDistinct({ id: interview.id, conductedOn: interview.conductedOn })
    .from(interview)
    .innerJoin(coding, eq(coding.interviewId, interview.id))
    .where(eq(interview.territoryId, args.territoryId))
    .orderBy(asc(interview.conductedOn), asc(interview.id));
}

/**
 * Links the ticked codings to a finding of the territory. Any id that is not a coding of the
 * territory refuses the whole request with a field error, and nothing is linked.
 */
export async function addEvidence(
  db: Executor,
  args: { actor: Actor; territory: Territory; findingId: string; input: EvidenceInput },
): Promise<{ added: number } | { errors: FieldErrors } | null> {
  const { actor, territory, findingId, input } = args;
  return db.transaction(async (tx) => {
    const [owner] = await tx.select({ id: finding.id }).from(finding).where(and(eq(finding.id, findingId), eq(finding.territoryId, territory.id)));
    if (!owner) return null;
    const requested = [...new Set(input["codingIds[]"])];
    const ids = requested.map(parseUuid).filter((id): id is string => id !== null);
    const found = ids.length
      ? await tx.select({ id: coding.id }).from(coding).where(and(eq(coding.territoryId, territory.id), inArray(coding.id, ids)))
      : [];
    if (found.length !== requested.length) return { errors: { "codingIds[]": ["errors.codingUnknown"] } };
    const inserted = await tx
      .insert(findingEvidence)
      .values(found.map((c) => ({ findingId, codingId: c.id })))
      .onConflictDoNothing()
      .returning({ codingId: findingEvidence.codingId });
    if (inserted.length) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "finding.evidence_add",
        objectType: "finding",
        objectId: findingId,
        details: { codingIds: inserted.map((r) => r.codingId) },
      });
    }
    return { added: inserted.length };
  });
}

/** Unlinks one passage from a finding of the territory; false when there was no such link. */
export async function removeEvidence(db: Executor, args: { actor: Actor; territory: Territory; findingId: string; codingId: string }): Promise<boolean> {
  const { actor, territory, findingId, codingId } = args;
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(findingEvidence)
      .where(
        and(
          eq(findingEvidence.findingId, findingId),
          eq(findingEvidence.codingId, codingId),
          inArray(findingEvidence.findingId, tx.select({ id: finding.id }).from(finding).where(eq(finding.territoryId, territory.id))),
        ),
      )
      .returning({ codingId: findingEvidence.codingId });
    if (!deleted.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "finding.evidence_remove",
      objectType: "finding",
      objectId: findingId,
      details: { codingId },
    });
    return true;
  });
}


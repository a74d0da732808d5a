// Retrieval: the coded passages of the territory, filtered by theme, target group and interview.
// What a coder may not see (the other coder's work during an open agreement check) is left out.
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { agreementCheck, coding, interview, interviewParticipant, participant, theme, type TargetGroup, user } from "~/db/schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";

/** False for codings hidden from the actor by an open agreement check she codes in. */
export function visibleToCoder(actorUserId: string) {
  return sql`not exists (
    select 1 from ${agreementCheck}
    where ${agreementCheck.interviewId} = ${coding.interviewId} and ${agreementCheck.status} = 'open'
      and (${agreementCheck.coderAUserId} = ${actorUserId} or ${agreementCheck.coderBUserId} = ${actorUserId})
      and ${coding.coderUserId} is distinct from ${actorUserId})`;
}

/** Whether a participant of the coding's interview belongs to the target group. */
export function interviewHasGroup(group: TargetGroup) {
  return sql`exists (
    select 1 from ${interviewParticipant} join ${participant} on ${participant.id} = ${interviewParticipant.participantId}
    where ${interviewParticipant.interviewId} = ${coding.interviewId} and ${participant.targetGroup} = ${group})`;
}

export type PassageFilter = { themeId?: string; targetGroup?: TargetGroup; interviewId?: string };

export async function listPassages(db: Executor, args: { territoryId: string; actorUserId: string; filter: PassageFilter; page: number }) {
  const { filter } = args;
  const where = and(
    eq(coding.territoryId, args.territoryId),
    eq(coding.placement, "placed"),
    filter.themeId ? eq(coding.themeId, filter.themeId) : undefined,
    filter.interviewId ? eq(coding.interviewId, filter.interviewId) : undefined,
    filter.targetGroup ? interviewHasGroup(filter.targetGroup) : undefined,
    visibleToCoder(args.actorUserId),
  );
  const pseudonyms = sql<string>`(
    select string_agg(${participant.pseudonym}, ', ' order by ${participant.pseudonym})
    from ${interviewParticipant} join ${participant} on ${participant.id} = ${interviewParticipant.participantId}
    where ${interviewParticipant.interviewId} = ${coding.interviewId})`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: coding.id,
        quote: coding.quote,
        memo: coding.memo,
        themeId: coding.themeId,
        themeName: theme.name,
        colour: theme.colour,
        coderName: user.name,
        interviewId: coding.interviewId,
        conductedOn: interview.conductedOn,
        pseudonyms,
      })
      .from(coding)
      .innerJoin(theme, eq(theme.id, coding.themeId))
      .innerJoin(interview, eq(interview.id, coding.interviewId))
      .leftJoin(user, eq(user.id, coding.coderUserId))
      .where(where)
      .orderBy(desc(interview.conductedOn), asc(coding.interviewId), asc(coding.start))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(coding).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

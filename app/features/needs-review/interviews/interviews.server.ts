// Interviews of the Needs Review: when, by whom (a member of the territory), in which language,
// with which pseudonymised participants, and notes. Transcripts live in transcripts.server.ts.
import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { qualified } from "~/db/sql";
import { consent, interview, interviewParticipant, participant, transcript, user, type ConsentScope } from "~/db/schema";

/** The purpose whose consent interviews and transcripts need (decision 025). */
export const INTERVIEW_SCOPE: ConsentScope = "interview";
import { recordAudit } from "~/features/audit/audit.server";
import type { FieldErrors } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import { parseUuid, type InterviewInput } from "../needs-review.schema";
import { NEEDS_REVIEW_PAGE_SIZE } from "../paging";
import { isReviewTeamMember, listReviewTeam } from "./review-team.server";

type Territory = { id: string; programmeId: string };

/** Pseudonyms of the interview's participants, alphabetically (a correlated subquery). */
const pseudonymsOfInterview = sql<string[]>`array(
  select ${participant.pseudonym} from ${interviewParticipant}
  inner join ${participant} on ${participant.id} = ${interviewParticipant.participantId}
  where ${interviewParticipant.interviewId} = ${interview.id}
  order by ${participant.pseudonym})`;

const hasTranscript = sql<boolean>`exists (select 1 from ${transcript} where ${transcript.interviewId} = ${qualified(interview.id)})`;

/**
 * Whether a participant has a consent in force for interviews (a correlated subquery on
 * participant). Consent is per purpose (decision 025): one for a focus group does not cover an
 * interview, its recording or its transcript.
 */
export const hasConsentInForce = sql<boolean>`exists (select 1 from ${consent} where ${consent.participantId} = ${qualified(participant.id)} and ${consent.withdrawnAt} is null and ${consent.scope} = ${INTERVIEW_SCOPE})`;

/** One page of the territory's interviews, most recent first. */
export async function listInterviews(db: Executor, args: { territoryId: string; page: number }) {
  const where = eq(interview.territoryId, args.territoryId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: interview.id,
        conductedOn: interview.conductedOn,
        language: interview.language,
        interviewerName: user.name,
        pseudonyms: pseudonymsOfInterview,
        hasTranscript,
      })
      .from(interview)
      .leftJoin(user, eq(user.id, interview.interviewerUserId))
      .where(where)
      .orderBy(desc(interview.conductedOn), desc(interview.createdAt), desc(interview.id))
      .limit(NEEDS_REVIEW_PAGE_SIZE)
      .offset((args.page - 1) * NEEDS_REVIEW_PAGE_SIZE),
    db.select({ total: count() }).from(interview).where(where),
  ]);
  return { rows, total, page: args.page, pageSize: NEEDS_REVIEW_PAGE_SIZE };
}

export async function countInterviews(db: Executor, args: { territoryId: string }) {
  const [row] = await db
    .select({ interviews: count(), transcripts: count(transcript.id) })
    .from(interview)
    .leftJoin(transcript, eq(transcript.interviewId, interview.id))
    .where(eq(interview.territoryId, args.territoryId));
  return { interviews: row?.interviews ?? 0, transcripts: row?.transcripts ?? 0 };
}

/** Who may be named as interviewer: the territory's Needs Review team (not its trainees). */
export const listInterviewerOptions = listReviewTeam;

/** The territory's participants for the interview form, with whether a consent is in force. */
export async function listParticipantOptions(db: Executor, args: { territoryId: string }) {
  return db
    .select({ id: participant.id, pseudonym: participant.pseudonym, hasConsent: hasConsentInForce })
    .from(participant)
    .where(eq(participant.territoryId, args.territoryId))
    .orderBy(asc(participant.pseudonym));
}

/**
 * Checks what the interview form names against the territory: the interviewer must be one of
 * its members and every participant one of its participants. Returns the participants' ids
 * (each once), or the field errors (catalog keys). Shared by recording and editing.
 */
export async function checkInterviewInput(
  tx: Executor,
  args: { territoryId: string; input: InterviewInput },
): Promise<{ participantIds: string[] } | { errors: FieldErrors }> {
  const { territoryId, input } = args;
  const errors: FieldErrors = {};
  const member = await isReviewTeamMember(tx, { territoryId, userId: input.interviewerUserId });
  if (!member) errors.interviewerUserId = ["errors.interviewerNotMember"];
  const requested = [...new Set(input["participantIds[]"])];
  const ids = requested.map(parseUuid).filter((id): id is string => id !== null);
  const found = ids.length
    ? await tx
        .select({ id: participant.id })
        .from(participant)
        .where(and(eq(participant.territoryId, territoryId), inArray(participant.id, ids)))
    : [];
  if (found.length !== requested.length) errors["participantIds[]"] = ["errors.participantUnknown"];
  if (Object.keys(errors).length) return { errors };
  return { participantIds: found.map((p) => p.id) };
}

/**
 * Records an interview with its participants and its audit entry. The interviewer must be a
 * member of the territory and every participant one of its participants; otherwise the field
 * errors (catalog keys) come back and nothing is written.
 */
export async function createInterview(
  db: Executor,
  args: { actor: Actor; territory: Territory; input: InterviewInput },
): Promise<{ id: string } | { errors: FieldErrors }> {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    const checked = await checkInterviewInput(tx, { territoryId: territory.id, input });
    if ("errors" in checked) return checked;
    const found = checked.participantIds.map((id) => ({ id }));

    const [row] = await tx
      .insert(interview)
      .values({
        territoryId: territory.id,
        conductedOn: input.conductedOn,
        interviewerUserId: input.interviewerUserId,
        language: input.language,
        notes: input.notes,
        createdByUserId: actor.userId,
      })
      .returning({ id: interview.id });
    await tx.insert(interviewParticipant).values(found.map((p) => ({ interviewId: row.id, participantId: p.id })));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "interview.create",
      objectType: "interview",
      objectId: row.id,
      details: { participantIds: found.map((p) => p.id), language: input.language },
    });
    return { id: row.id };
  });
}

/** An interview of the territory with its participants, or null (unknown, or another territory's). */
export async function findInterview(db: Executor, args: { territoryId: string; interviewId: string }) {
  const [row] = await db
    .select({
      id: interview.id,
      conductedOn: interview.conductedOn,
      language: interview.language,
      notes: interview.notes,
      interviewerName: user.name,
      createdAt: interview.createdAt,
    })
    .from(interview)
    .leftJoin(user, eq(user.id, interview.interviewerUserId))
    .where(and(eq(interview.id, args.interviewId), eq(interview.territoryId, args.territoryId)));
  if (!row) return null;
  const participants = await db
    .select({ id: participant.id, pseudonym: participant.pseudonym, targetGroup: participant.targetGroup, hasConsent: hasConsentInForce })
    .from(interviewParticipant)
    .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
    .where(and(eq(interviewParticipant.interviewId, row.id), eq(participant.territoryId, args.territoryId)))
    .orderBy(asc(participant.pseudonym));
  return { ...row, participants };
}

/** Participants of the interview without a consent in force (their pseudonyms). */
export async function participantsWithoutConsent(db: Executor, args: { territoryId: string; interviewId: string }): Promise<string[]> {
  const rows = await db
    .select({ pseudonym: participant.pseudonym })
    .from(interviewParticipant)
    .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
    .where(
      and(
        eq(interviewParticipant.interviewId, args.interviewId),
        eq(participant.territoryId, args.territoryId),
        sql`not exists (select 1 from ${consent} where ${consent.participantId} = ${participant.id} and ${isNull(consent.withdrawnAt)} and ${consent.scope} = ${INTERVIEW_SCOPE})`,
      ),
    )
    .orderBy(asc(participant.pseudonym));
  return rows.map((r) => r.pseudonym);
}

/** The territory's interviews that have a transcript (the ones that can be coded), newest first. */
export async function listInterviewsWithTranscript(db: Executor, args: { territoryId: string }) {
  return db
    .select({
      id: interview.id,
      conductedOn: interview.conductedOn,
      pseudonyms: sql<string>`coalesce((
        select string_agg(${participant.pseudonym}, ', ' order by ${participant.pseudonym})
        from ${interviewParticipant} join ${participant} on ${participant.id} = ${interviewParticipant.participantId}
        where ${interviewParticipant.interviewId} = ${interview.id}), '')`,
    })
    .from(interview)
    .innerJoin(transcript, eq(transcript.interviewId, interview.id))
    .where(eq(interview.territoryId, args.territoryId))
    .orderBy(desc(interview.conductedOn))
    .limit(500);
}

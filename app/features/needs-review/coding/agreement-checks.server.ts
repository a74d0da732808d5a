// Intercoder-agreement checks: two members code one interview on their own; the statistics of
// agreement.ts compare them per theme. While a check is open its two coders see neither each
// other's codings of the interview (see codings.server.ts) nor the results.
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "~/db/client.server";
import { agreementCheck, coding, interview, theme, transcript, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { compareCoders } from "./agreement";
import { listReviewTeam } from "../interviews/review-team.server";
import { readTranscript } from "../interviews/transcripts.server";

type Territory = { id: string; programmeId: string };
export type AgreementCheckInput = { interviewId: string; coderAUserId: string; coderBUserId: string };

const coderA = alias(user, "coder_a");
const coderB = alias(user, "coder_b");

export async function listAgreementChecks(db: Executor, args: { territoryId: string }) {
  return db
    .select({
      id: agreementCheck.id,
      interviewId: agreementCheck.interviewId,
      conductedOn: interview.conductedOn,
      coderAName: coderA.name,
      coderBName: coderB.name,
      status: agreementCheck.status,
      createdAt: agreementCheck.createdAt,
    })
    .from(agreementCheck)
    .innerJoin(interview, eq(interview.id, agreementCheck.interviewId))
    .innerJoin(coderA, eq(coderA.id, agreementCheck.coderAUserId))
    .innerJoin(coderB, eq(coderB.id, agreementCheck.coderBUserId))
    .where(eq(agreementCheck.territoryId, args.territoryId))
    .orderBy(desc(agreementCheck.createdAt))
    .limit(200);
}

/** The possible coders of a check: the territory's Needs Review team. */
export const listCoderOptions = listReviewTeam;

export type CreateCheckResult = { ok: true; id: string } | { ok: false; errors: Record<string, string[]> };

export async function createAgreementCheck(db: Executor, args: { actor: Actor; territory: Territory; input: AgreementCheckInput }): Promise<CreateCheckResult> {
  const { actor, territory, input } = args;
  return db.transaction(async (tx) => {
    const errors: Record<string, string[]> = {};
    const [target] = await tx
      .select({ id: interview.id, transcriptId: transcript.id })
      .from(interview)
      .leftJoin(transcript, eq(transcript.interviewId, interview.id))
      .where(and(eq(interview.id, input.interviewId), eq(interview.territoryId, territory.id)));
    if (!target) errors.interviewId = ["errors.choose"];
    else if (!target.transcriptId) errors.interviewId = ["errors.checkNeedsTranscript"];
    const coders = (await listCoderOptions(tx, { territoryId: territory.id })).map((c) => c.userId);
    if (!coders.includes(input.coderAUserId)) errors.coderAUserId = ["errors.choose"];
    if (!coders.includes(input.coderBUserId)) errors.coderBUserId = ["errors.choose"];
    else if (input.coderAUserId === input.coderBUserId) errors.coderBUserId = ["errors.twoDifferentCoders"];
    if (target && !errors.interviewId) {
      const [open] = await tx
        .select({ id: agreementCheck.id })
        .from(agreementCheck)
        .where(and(eq(agreementCheck.interviewId, target.id), eq(agreementCheck.status, "open")));
      if (open) errors.interviewId = ["errors.checkAlreadyOpen"];
    }
    if (Object.keys(errors).length) return { ok: false as const, errors };
    const [row] = await tx
      .insert(agreementCheck)
      .values({ territoryId: territory.id, interviewId: input.interviewId, coderAUserId: input.coderAUserId, coderBUserId: input.coderBUserId, createdByUserId: actor.userId })
      .returning({ id: agreementCheck.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "agreement_check.create",
      objectType: "agreement_check",
      objectId: row.id,
      details: { interviewId: input.interviewId },
    });
    return { ok: true as const, id: row.id };
  });
}

export async function findAgreementCheck(db: Executor, args: { territoryId: string; checkId: string }) {
  const [row] = await db
    .select({
      id: agreementCheck.id,
      interviewId: agreementCheck.interviewId,
      conductedOn: interview.conductedOn,
      coderAUserId: agreementCheck.coderAUserId,
      coderBUserId: agreementCheck.coderBUserId,
      coderAName: coderA.name,
      coderBName: coderB.name,
      status: agreementCheck.status,
    })
    .from(agreementCheck)
    .innerJoin(interview, eq(interview.id, agreementCheck.interviewId))
    .innerJoin(coderA, eq(coderA.id, agreementCheck.coderAUserId))
    .innerJoin(coderB, eq(coderB.id, agreementCheck.coderBUserId))
    .where(and(eq(agreementCheck.id, args.checkId), eq(agreementCheck.territoryId, args.territoryId)));
  return row ?? null;
}

/** Whether the actor may see a check's results now: not while she is one of its blinded coders. */
export function mayReadResults(actor: Actor, check: { status: string; coderAUserId: string; coderBUserId: string }): boolean {
  return check.status === "closed" || (actor.userId !== check.coderAUserId && actor.userId !== check.coderBUserId);
}

/** Per theme: the statistics and the disagreeing paragraphs with their text. Reads (and audits) the transcript. */
export async function agreementResults(db: Executor, args: { actor: Actor; territory: Territory; check: { interviewId: string; coderAUserId: string; coderBUserId: string } }) {
  const { actor, territory, check } = args;
  const text = await readTranscript(db, { actor, territory, interviewId: check.interviewId });
  if (!text) return null;
  const rows = await db
    .select({ themeId: coding.themeId, coderId: coding.coderUserId, start: coding.start, end: coding.end })
    .from(coding)
    .where(
      and(
        eq(coding.territoryId, territory.id),
        eq(coding.transcriptId, text.id),
        eq(coding.placement, "placed"),
        inArray(coding.coderUserId, [check.coderAUserId, check.coderBUserId]),
      ),
    );
  const side = (coderId: string) => rows.filter((r) => r.coderId === coderId).map((r) => ({ ...r, coderId }));
  const perTheme = compareCoders(text.text, side(check.coderAUserId), side(check.coderBUserId));
  const themeIds = perTheme.map((p) => p.themeId);
  const names = themeIds.length
    ? await db.select({ id: theme.id, name: theme.name, colour: theme.colour }).from(theme).where(and(eq(theme.territoryId, territory.id), inArray(theme.id, themeIds)))
    : [];
  const byId = new Map(names.map((n) => [n.id, n]));
  return perTheme
    .map((p) => ({
      ...p,
      themeName: byId.get(p.themeId)?.name ?? "",
      colour: byId.get(p.themeId)?.colour ?? "",
      disagreements: p.disagreements.map((d) => ({ ...d, text: text.text.slice(d.start, d.end) })),
    }))
    .sort((a, b) => a.themeName.localeCompare(b.themeName));
}

export async function closeAgreementCheck(db: Executor, args: { actor: Actor; territory: Territory; checkId: string }): Promise<boolean> {
  const { actor, territory, checkId } = args;
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(agreementCheck)
      .set({ status: "closed", closedAt: new Date() })
      .where(and(eq(agreementCheck.id, checkId), eq(agreementCheck.territoryId, territory.id), eq(agreementCheck.status, "open")))
      .returning({ id: agreementCheck.id });
    if (!closed.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "agreement_check.close",
      objectType: "agreement_check",
      objectId: checkId,
    });
    return true;
  });
}

// Codings: a coder applies themes to passages of a transcript. Each coding records its coder.
// Several coders may code the same interview; while an agreement check on the interview is open,
// its two coders see only their own codings there, so neither is led by the other.
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { agreementCheck, coding, theme, transcript, interview, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import type { CodingInput } from "./coding.schema";
import { type CodingToRealign, paragraphSpan, realignCodings } from "./realign";
import { paragraphsOf } from "../interviews/transcript-text";

type Territory = { id: string; programmeId: string };

/** The open agreement check of the interview in which the actor is one of the two coders, if any. */
export async function openCheckOfCoder(db: Executor, args: { territoryId: string; interviewId: string; userId: string }) {
  const [row] = await db
    .select({ id: agreementCheck.id, coderAUserId: agreementCheck.coderAUserId, coderBUserId: agreementCheck.coderBUserId })
    .from(agreementCheck)
    .where(
      and(
        eq(agreementCheck.territoryId, args.territoryId),
        eq(agreementCheck.interviewId, args.interviewId),
        eq(agreementCheck.status, "open"),
        or(eq(agreementCheck.coderAUserId, args.userId), eq(agreementCheck.coderBUserId, args.userId)),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The codings of one transcript the actor may see: her own, and the other coders' when she asks
 * for them and is not blinded by an open agreement check.
 */
export async function listTranscriptCodings(
  db: Executor,
  args: { territoryId: string; transcriptId: string; actorUserId: string; ownOnly: boolean },
) {
  const where = and(
    eq(coding.territoryId, args.territoryId),
    eq(coding.transcriptId, args.transcriptId),
    args.ownOnly ? eq(coding.coderUserId, args.actorUserId) : undefined,
  );
  return db
    .select({
      id: coding.id,
      themeId: coding.themeId,
      themeName: theme.name,
      colour: theme.colour,
      coderUserId: coding.coderUserId,
      coderName: user.name,
      start: coding.start,
      end: coding.end,
      quote: coding.quote,
      memo: coding.memo,
      placement: coding.placement,
      paragraphFirst: coding.paragraphFirst,
    })
    .from(coding)
    .innerJoin(theme, eq(theme.id, coding.themeId))
    .leftJoin(user, eq(user.id, coding.coderUserId))
    .where(where)
    .orderBy(asc(coding.start), asc(theme.name));
}

/** Cuts leading and trailing white space off a passage, so a sloppy selection codes only words. */
function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

export type CreateCodingsResult =
  | { ok: true; created: number }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "invalid"; field: string; error: string };

/**
 * Applies each chosen theme to each chosen passage, as the actor. Refused when the transcript
 * changed since the coder loaded it (the offsets she saw would no longer mean the same words).
 */
export async function createCodings(
  db: Executor,
  args: { actor: Actor; territory: Territory; interviewId: string; input: CodingInput },
): Promise<CreateCodingsResult> {
  const { actor, territory, interviewId, input } = args;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: transcript.id, text: transcript.text, version: transcript.version })
      .from(transcript)
      .innerJoin(interview, eq(interview.id, transcript.interviewId))
      .where(and(eq(transcript.interviewId, interviewId), eq(interview.territoryId, territory.id)))
      // Locked, so that a double submit waits and then finds its twin already stored.
      .for("update", { of: transcript });
    if (!current) return { ok: false as const, reason: "not-found" as const };
    if (current.version !== input.version) return { ok: false as const, reason: "invalid" as const, field: "_form", error: "errors.transcriptChanged" };

    const themeIds = [...new Set(input["themeIds[]"])];
    const themes = await tx.select({ id: theme.id }).from(theme).where(and(eq(theme.territoryId, territory.id), inArray(theme.id, themeIds)));
    if (themes.length !== themeIds.length) return { ok: false as const, reason: "invalid" as const, field: "themeIds[]", error: "errors.themeUnknown" };

    const paragraphs = paragraphsOf(current.text);
    const ranges: { start: number; end: number }[] = [];
    if (input.start !== undefined && input.end !== undefined) {
      if (input.end > current.text.length) return { ok: false as const, reason: "invalid" as const, field: "paragraphs[]", error: "errors.passageOutside" };
      ranges.push(trimRange(current.text, input.start, input.end));
    } else {
      for (const index of new Set(input["paragraphs[]"])) {
        const p = paragraphs[index];
        if (!p) return { ok: false as const, reason: "invalid" as const, field: "paragraphs[]", error: "errors.passageOutside" };
        ranges.push({ start: p.start, end: p.end });
      }
    }
    if (ranges.some((r) => r.end <= r.start)) return { ok: false as const, reason: "invalid" as const, field: "paragraphs[]", error: "errors.passageRequired" };

    const rows = ranges.flatMap((r) => {
      const span = paragraphSpan(paragraphs, r.start, r.end);
      return themeIds.map((themeId) => ({
        territoryId: territory.id,
        interviewId,
        transcriptId: current.id,
        themeId,
        coderUserId: actor.userId,
        start: r.start,
        end: r.end,
        paragraphFirst: span.first,
        paragraphLast: span.last,
        quote: current.text.slice(r.start, r.end),
        memo: input.memo,
      }));
    });
    // The same coder, theme and passage once: a double submit adds nothing.
    const mine = await tx
      .select({ themeId: coding.themeId, start: coding.start, end: coding.end })
      .from(coding)
      .where(and(eq(coding.transcriptId, current.id), eq(coding.coderUserId, actor.userId)));
    const taken = new Set(mine.map((c) => `${c.themeId}|${c.start}|${c.end}`));
    const fresh = rows.filter((r) => !taken.has(`${r.themeId}|${r.start}|${r.end}`));
    const inserted = fresh.length ? await tx.insert(coding).values(fresh).returning({ id: coding.id }) : [];
    if (inserted.length) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "coding.create",
        objectType: "transcript",
        objectId: current.id,
        details: { interviewId, codings: inserted.map((r) => r.id), themes: themeIds.length, passages: ranges.length },
      });
    }
    return { ok: true as const, created: inserted.length };
  });
}

/** Removes one of the actor's own codings of the interview. Others' codings are theirs to remove. */
export async function deleteOwnCoding(
  db: Executor,
  args: { actor: Actor; territory: Territory; interviewId: string; codingId: string },
): Promise<boolean> {
  const { actor, territory, interviewId, codingId } = args;
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(coding)
      .where(and(eq(coding.id, codingId), eq(coding.interviewId, interviewId), eq(coding.territoryId, territory.id), eq(coding.coderUserId, actor.userId)))
      .returning({ id: coding.id, themeId: coding.themeId });
    if (!deleted.length) return false;
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "coding.delete",
      objectType: "coding",
      objectId: codingId,
      details: { interviewId, themeId: deleted[0].themeId },
    });
    return true;
  });
}

/**
 * Carries the codings of a transcript over to its new text (call it in the transaction that saves
 * the text). Returns how many stayed placed and how many could not be placed.
 */
export async function realignTranscriptCodings(tx: Executor, args: { transcriptId: string; oldText: string; newText: string }) {
  if (args.oldText === args.newText) return { placed: 0, unplaced: 0 };
  const existing = await tx
    .select({ id: coding.id, start: coding.start, end: coding.end, quote: coding.quote, placement: coding.placement, themeId: coding.themeId, coderUserId: coding.coderUserId })
    .from(coding)
    .where(eq(coding.transcriptId, args.transcriptId));
  const keyOf = new Map(existing.map((c) => [c.id, `${c.themeId}|${c.coderUserId}`]));
  const seen = new Set<string>();
  let placed = 0;
  let unplaced = 0;
  for (const result of realignCodings(args.oldText, args.newText, existing satisfies CodingToRealign[])) {
    // Two codings of one coder and theme that now land on the same words: the second is left for
    // a person to look at rather than merged behind her back.
    const key = result.placement === "placed" ? `${keyOf.get(result.id)}|${result.start}|${result.end}` : "";
    if (result.placement === "placed" && !seen.has(key)) {
      seen.add(key);
      placed++;
      const { start, end, quote, paragraphFirst, paragraphLast } = result;
      await tx.update(coding).set({ start, end, quote, paragraphFirst, paragraphLast, placement: "placed" }).where(eq(coding.id, result.id));
    } else {
      unplaced++;
      await tx.update(coding).set({ placement: "unplaced" }).where(eq(coding.id, result.id));
    }
  }
  return { placed, unplaced };
}

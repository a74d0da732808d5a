// Pseudonymisation of a Needs Review transcript: proposals (pseudonymise.ts) checked by a person,
// applied through the transcript's save path, and a log of what replaced what, kept apart from
// the transcript. Real names reach the proposals only for those who may see identities or who
// conducted the interview; the log itself only for those who may see identities.
import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { interview, interviewParticipant, participant, participantIdentity, pseudonymReplacement, transcript, user } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { FieldErrors } from "~/http/form.server";
import type { Actor } from "~/tenancy/actor.server";
import { transcriptSchema } from "../needs-review.schema";
import { canSeeIdentity } from "./participants.server";
import { type ReplacementRow, validateRows } from "./pseudonymisation.schema";
import { applyReplacements, CERTAIN_REASONS, canonicalOriginal, countOccurrences, excerptAround, type KnownReplacement, proposeReplacements } from "./pseudonymise";
import { readTranscript, saveTranscript } from "./transcripts.server";

type Territory = { id: string; programmeId: string };
type Scope = { actor: Actor; territory: Territory; interviewId: string };

/** A form row with what the reviewer needs to judge it: how often and where the original occurs. */
export type DescribedRow = ReplacementRow & { occurrences: number; excerpt: string };

/** Rows left empty on the page for replacements the tool missed. */
const EMPTY_ROWS = 3;

async function findOwnInterview(db: Executor, args: { territoryId: string; interviewId: string }) {
  const [row] = await db
    .select({ id: interview.id, conductedOn: interview.conductedOn, language: interview.language, interviewerUserId: interview.interviewerUserId })
    .from(interview)
    .where(and(eq(interview.id, args.interviewId), eq(interview.territoryId, args.territoryId)));
  return row ?? null;
}

/**
 * The interview's participants: pseudonyms always, real names only when the actor may see
 * identities or conducted the interview herself (she met the people she interviewed).
 */
async function participantNames(db: Executor, scope: Scope, interviewerUserId: string | null) {
  const mayUseNames = canSeeIdentity(scope.actor, scope.territory) || interviewerUserId === scope.actor.userId;
  const rows = await db
    .select({ pseudonym: participant.pseudonym, realName: participantIdentity.realName })
    .from(interviewParticipant)
    .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
    .leftJoin(participantIdentity, eq(participantIdentity.participantId, participant.id))
    .where(and(eq(interviewParticipant.interviewId, scope.interviewId), eq(participant.territoryId, scope.territory.id)))
    .orderBy(asc(participant.pseudonym));
  const participants = rows.map((r) => ({ pseudonym: r.pseudonym, realName: mayUseNames ? r.realName : null }));
  return {
    mayUseNames,
    participants,
    pseudonyms: participants.map((p) => p.pseudonym),
    realNames: participants.flatMap((p) => (p.realName ? [p.realName] : [])),
  };
}

/**
 * The territory's log as known replacements, newest first per original. Entries for participants'
 * names map a real name to a pseudonym, so they are left out for those who may not see identities.
 */
async function knownReplacements(db: Executor, args: { territoryId: string; withParticipantNames: boolean }): Promise<KnownReplacement[]> {
  const rows = await db
    .select({ original: pseudonymReplacement.original, replacement: pseudonymReplacement.replacement, kind: pseudonymReplacement.kind })
    .from(pseudonymReplacement)
    .where(eq(pseudonymReplacement.territoryId, args.territoryId))
    .orderBy(desc(pseudonymReplacement.confirmedAt), desc(pseudonymReplacement.id));
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.original.toLowerCase();
    if (seen.has(key) || (r.kind === "participant_name" && !args.withParticipantNames)) return false;
    seen.add(key);
    return true;
  });
}

/** Occurrences and an excerpt for each row, in the current text. */
function describeRows(text: string, rows: ReplacementRow[], pseudonyms: string[]): DescribedRow[] {
  const counts = countOccurrences(text, rows.map((r) => r.original).filter(Boolean), pseudonyms);
  return rows.map((r) => ({ ...r, occurrences: counts.get(canonicalOriginal(r.original)) ?? 0, excerpt: canonicalOriginal(r.original) ? excerptAround(text, r.original, pseudonyms) : "" }));
}

/**
 * The pseudonymisation page of an interview of the territory: the transcript's version, the
 * proposals as form rows (the certain ones ticked, guesses not) followed by
 * empty rows, and the interview's log for those who may see identities. Null when the interview
 * is unknown here. Reading the transcript is audited (by readTranscript), and so is the use of
 * real names and the log.
 */
export async function readPseudonymisation(db: Executor, scope: Scope) {
  const found = await findOwnInterview(db, { territoryId: scope.territory.id, interviewId: scope.interviewId });
  if (!found) return null;
  const current = await readTranscript(db, scope);
  const names = await participantNames(db, scope, found.interviewerUserId);
  const withIdentity = canSeeIdentity(scope.actor, scope.territory);
  const log = withIdentity ? await listReplacementLog(db, { territoryId: scope.territory.id, interviewId: found.id }) : null;
  let rows: DescribedRow[] = [];
  if (current) {
    // The interviewer knows her own interviewees' names, not those of the territory's other participants.
    const known = await knownReplacements(db, { territoryId: scope.territory.id, withParticipantNames: withIdentity });
    const proposals = proposeReplacements(current.text, { participants: names.participants, knownReplacements: known, language: found.language });
    const proposed: ReplacementRow[] = proposals.map((p, index) => ({
      index,
      // Certain proposals are ticked: real names, the log's originals, e-mail addresses, phone numbers.
      checked: CERTAIN_REASONS.has(p.reason),
      fixed: true,
      original: p.original,
      kind: p.kind,
      replacement: p.replacement,
      reason: p.reason,
    }));
    const empty = Array.from({ length: EMPTY_ROWS }, (_, i) => emptyRow(proposals.length + i));
    rows = [...describeRows(current.text, proposed, names.pseudonyms), ...empty.map((r) => ({ ...r, occurrences: 0, excerpt: "" }))];
  }
  await recordAudit(db, {
    actorUserId: scope.actor.userId,
    programmeId: scope.territory.programmeId,
    territoryId: scope.territory.id,
    action: "pseudonymisation.read",
    objectType: "interview",
    objectId: found.id,
    details: { realNamesUsed: names.realNames.length, logRows: log?.length ?? null },
  });
  return {
    interview: { id: found.id, conductedOn: found.conductedOn },
    transcript: current ? { version: current.version, pseudonymisedAt: current.pseudonymisedAt } : null,
    rows,
    realNamesUsed: names.mayUseNames,
    log,
  };
}

function emptyRow(index: number): ReplacementRow {
  return { index, checked: true, fixed: false, original: "", kind: "person", replacement: "", reason: null };
}

/** The log of one interview (originals and replacements): only for those who may see identities. */
export async function listReplacementLog(db: Executor, args: { territoryId: string; interviewId: string }) {
  return db
    .select({
      id: pseudonymReplacement.id,
      original: pseudonymReplacement.original,
      replacement: pseudonymReplacement.replacement,
      kind: pseudonymReplacement.kind,
      occurrences: pseudonymReplacement.occurrences,
      confirmedAt: pseudonymReplacement.confirmedAt,
      confirmedByName: user.name,
    })
    .from(pseudonymReplacement)
    .leftJoin(user, eq(user.id, pseudonymReplacement.confirmedByUserId))
    .where(and(eq(pseudonymReplacement.territoryId, args.territoryId), eq(pseudonymReplacement.interviewId, args.interviewId)))
    .orderBy(desc(pseudonymReplacement.confirmedAt), asc(pseudonymReplacement.original));
}

export type ConfirmResult =
  | { done: true; replacements: number; occurrences: number }
  | { done: false; reason: "not-found" }
  | { done: false; reason: "no-transcript" }
  | { done: false; reason: "stale" | "invalid" | "consent"; errors: FieldErrors; rows: DescribedRow[] };

/** Thrown inside the transaction when someone saved the transcript in the meantime: rolls back. */
class StaleTranscript extends Error {}

/**
 * Applies the ticked replacements to the transcript, in one transaction: refused when the
 * transcript is no longer the version the form was made for (nothing is lost: the rows come back
 * with the current occurrences); otherwise the new text goes through saveTranscript (consent
 * gate, version, audit), the log rows are written with their occurrences, the transcript is
 * marked as pseudonymised, and the audit entry records counts only, never names.
 */
export async function confirmPseudonymisation(db: Executor, args: Scope & { version: number; rows: ReplacementRow[] }): Promise<ConfirmResult> {
  const { actor, territory, interviewId, version, rows } = args;
  const failure = async (reason: "stale" | "invalid" | "consent", errors: FieldErrors): Promise<ConfirmResult> => {
    const [current] = await db.select({ text: transcript.text }).from(transcript).where(eq(transcript.interviewId, interviewId));
    const names = await participantNames(db, args, null);
    return { done: false, reason, errors, rows: describeRows(current?.text ?? "", rows, names.pseudonyms) };
  };
  try {
    const outcome = await db.transaction(async (tx): Promise<ConfirmResult | "stale" | { invalid: FieldErrors } | "consent"> => {
      const found = await findOwnInterview(tx, { territoryId: territory.id, interviewId });
      if (!found) return { done: false, reason: "not-found" };
      const [current] = await tx
        .select({ id: transcript.id, text: transcript.text, version: transcript.version })
        .from(transcript)
        .where(eq(transcript.interviewId, found.id));
      if (!current) return { done: false, reason: "no-transcript" };
      if (current.version !== version) return "stale";
      const names = await participantNames(tx, args, found.interviewerUserId);
      const checked = validateRows(rows, { text: current.text, realNames: names.realNames, pseudonyms: names.pseudonyms });
      if (!checked.ok) return { invalid: checked.errors };

      const counts = countOccurrences(current.text, checked.accepted.map((a) => a.original), names.pseudonyms);
      const text = applyReplacements(current.text, checked.accepted, names.pseudonyms);
      let stored = current.version;
      if (text !== current.text) {
        const input = transcriptSchema.safeParse({ text });
        if (!input.success) return { invalid: { _form: ["errors.tooLong"] } };
        const saved = await saveTranscript(tx, { actor, territory, interviewId: found.id, input: input.data });
        if (!saved.saved) return saved.reason === "consent" ? "consent" : { done: false, reason: "not-found" };
        // Someone saved between our read and our write: the version moved by more than one.
        if (saved.version !== current.version + 1) throw new StaleTranscript();
        stored = saved.version;
      }
      const now = new Date();
      const marked = await tx
        .update(transcript)
        .set({ pseudonymisedAt: now })
        .where(and(eq(transcript.id, current.id), eq(transcript.version, stored)))
        .returning({ id: transcript.id });
      if (marked.length === 0) throw new StaleTranscript();
      if (checked.accepted.length) {
        await tx.insert(pseudonymReplacement).values(
          checked.accepted.map((a) => ({
            territoryId: territory.id,
            interviewId: found.id,
            original: a.original,
            replacement: a.replacement,
            kind: a.kind,
            occurrences: counts.get(a.original) ?? 0,
            confirmedByUserId: actor.userId,
            confirmedAt: now,
          })),
        );
      }
      const occurrences = [...counts.values()].reduce((sum, n) => sum + n, 0);
      const byKind: Record<string, number> = {};
      for (const a of checked.accepted) byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "transcript.pseudonymise",
        objectType: "transcript",
        objectId: current.id,
        details: { interviewId: found.id, version: stored, replacements: checked.accepted.length, occurrences, byKind },
      });
      return { done: true, replacements: checked.accepted.length, occurrences };
    });
    if (outcome === "stale") return failure("stale", { _form: ["errors.transcriptChangedSinceProposals"] });
    if (outcome === "consent") return failure("consent", { _form: ["errors.transcriptNeedsConsent"] });
    if ("invalid" in outcome) return failure("invalid", outcome.invalid);
    return outcome;
  } catch (error) {
    if (error instanceof StaleTranscript) return failure("stale", { _form: ["errors.transcriptChangedSinceProposals"] });
    throw error;
  }
}

/** Whether the transcript changed after its pseudonymisation was confirmed (a later save). */
export function changedSincePseudonymised(t: { updatedAt: Date | string; pseudonymisedAt: Date | string | null }): boolean {
  return t.pseudonymisedAt !== null && new Date(t.updatedAt).getTime() > new Date(t.pseudonymisedAt).getTime();
}

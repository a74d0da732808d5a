// When a transcript changes (a correction, a pseudonymisation, a new upload), its codings must
// follow the words they were given to. We diff the old and the new text and carry each coding's
// range across; a coding whose words are mostly gone is looked for by its quote, and if it cannot
// be found it is flagged "unplaced" for a person to decide. None is silently lost.
import { diff_match_patch } from "diff-match-patch";
import { type Paragraph, paragraphsOf } from "../interviews/transcript-text";

export type PlacedRange = { start: number; end: number };
export type CodingToRealign = PlacedRange & { id: string; quote: string; placement: "placed" | "unplaced" };
export type Realigned =
  | { id: string; placement: "placed"; start: number; end: number; quote: string; paragraphFirst: number; paragraphLast: number }
  | { id: string; placement: "unplaced" };

/** A stretch of the old text and where it went: equal text moves, a changed hunk is replaced. */
type Segment = { equal: boolean; oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/** Large rewrites are diffed coarsely rather than slowly: one second at most. */
const DIFF_TIMEOUT_SECONDS = 1;
/** A coding follows its range when at least this share of its characters survived unchanged. */
const MIN_KEPT_SHARE = 0.5;

function segmentsBetween(oldText: string, newText: string): Segment[] {
  const dmp = new diff_match_patch();
  dmp.Diff_Timeout = DIFF_TIMEOUT_SECONDS;
  const diffs = dmp.diff_main(oldText, newText);
  dmp.diff_cleanupSemantic(diffs);
  const segments: Segment[] = [];
  let oldPos = 0;
  let newPos = 0;
  for (const [op, text] of diffs) {
    const oldLen = op === 1 ? 0 : text.length;
    const newLen = op === -1 ? 0 : text.length;
    const last = segments.at(-1);
    if (op !== 0 && last && !last.equal) {
      // Deletions and insertions next to each other form one hunk: "Amira" replaced by "TCN-07".
      last.oldEnd += oldLen;
      last.newEnd += newLen;
    } else {
      segments.push({ equal: op === 0, oldStart: oldPos, oldEnd: oldPos + oldLen, newStart: newPos, newEnd: newPos + newLen });
    }
    oldPos += oldLen;
    newPos += newLen;
  }
  return segments;
}

function segmentOf(segments: Segment[], oldIndex: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (oldIndex < s.oldStart) hi = mid - 1;
    else if (oldIndex >= s.oldEnd) lo = mid + 1;
    else return s;
  }
  return undefined;
}

function keptCharacters(segments: Segment[], start: number, end: number): number {
  let kept = 0;
  for (const s of segments) {
    if (s.oldStart >= end) break;
    if (s.equal && s.oldEnd > start) kept += Math.min(end, s.oldEnd) - Math.max(start, s.oldStart);
  }
  return kept;
}

/** Where the range [start, end) of the old text stands in the new one, or null if it is mostly gone. */
function carryRange(segments: Segment[], start: number, end: number): PlacedRange | null {
  const first = segmentOf(segments, start);
  const last = segmentOf(segments, end - 1);
  if (!first || !last) return null;
  // Exactly one changed hunk replaced exactly this passage: the coding goes to its replacement.
  if (first === last && !first.equal && first.oldStart === start && first.oldEnd === end && first.newEnd > first.newStart) {
    return { start: first.newStart, end: first.newEnd };
  }
  if (keptCharacters(segments, start, end) < MIN_KEPT_SHARE * (end - start)) return null;
  const newStart = first.equal ? first.newStart + (start - first.oldStart) : first.newStart;
  const newEnd = last.equal ? last.newStart + (end - 1 - last.oldStart) + 1 : last.newEnd;
  return newEnd > newStart ? { start: newStart, end: newEnd } : null;
}

/** The occurrence of `quote` in `text` nearest to `near`, if any. */
function findQuote(text: string, quote: string, near: number): PlacedRange | null {
  let best: number | null = null;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
  }
  return best === null ? null : { start: best, end: best + quote.length };
}

/** The first and last paragraph a range touches; the nearest one if it touches none. */
export function paragraphSpan(paragraphs: Paragraph[], start: number, end: number): { first: number; last: number } {
  const touched = paragraphs.filter((p) => p.start < end && p.end > start);
  if (touched.length) return { first: touched[0].index, last: touched.at(-1)!.index };
  const before = paragraphs.filter((p) => p.end <= start).at(-1);
  const index = before?.index ?? 0;
  return { first: index, last: index };
}

/** Carries codings of `oldText` over to `newText`. Unplaced codings get another chance by quote. */
export function realignCodings(oldText: string, newText: string, codings: CodingToRealign[]): Realigned[] {
  if (codings.length === 0) return [];
  const segments = segmentsBetween(oldText, newText);
  const paragraphs = paragraphsOf(newText);
  return codings.map((c) => {
    const carried = c.placement === "placed" && c.end <= oldText.length ? carryRange(segments, c.start, c.end) : null;
    const near = segmentOf(segments, Math.min(c.start, oldText.length - 1))?.newStart ?? 0;
    const range = carried ?? findQuote(newText, c.quote, near);
    if (!range) return { id: c.id, placement: "unplaced" as const };
    const span = paragraphSpan(paragraphs, range.start, range.end);
    return { id: c.id, placement: "placed" as const, ...range, quote: newText.slice(range.start, range.end), paragraphFirst: span.first, paragraphLast: span.last };
  });
}

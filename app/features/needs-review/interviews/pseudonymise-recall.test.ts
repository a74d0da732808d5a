// How much of what identifies people the pseudonymiser proposes, measured on a labelled set of
// invented transcripts in the four languages (pseudonymise.fixtures.ts: every person there is
// invented). Recall per category: a labelled identifier counts as found when the proposals,
// applied as proposed, cover every letter and digit of it. Precision: of the proposals of a
// category, those that touch a labelled identifier. Places and organisations are proposed too
// but are not labelled, so they are left out of precision and only counted.
import { describe, expect, it } from "vitest";
import { LABELLED_TRANSCRIPTS, type LabelCategory, readLabels } from "./pseudonymise.fixtures";
import { findOccurrences, proposeReplacements, type Proposal } from "./pseudonymise";

const CATEGORIES: LabelCategory[] = ["self", "person", "address", "email", "phone"];

/** The category a proposal claims, or null for places and organisations (not labelled). */
function categoryOf(p: Proposal): LabelCategory | null {
  if (p.kind === "email" || p.kind === "phone" || p.kind === "address") return p.kind;
  if (p.kind === "person" || p.kind === "participant_name") return p.reason === "selfIntroduction" ? "self" : "person";
  return null;
}

type Tally = { labelled: number; found: number; proposed: number; correct: number };

function measure() {
  const tally = Object.fromEntries(CATEGORIES.map((c) => [c, { labelled: 0, found: 0, proposed: 0, correct: 0 }])) as Record<LabelCategory, Tally>;
  const missed: string[] = [];
  const wrong: string[] = [];
  let unlabelled = 0;
  for (const { language, text: marked } of LABELLED_TRANSCRIPTS) {
    const { text, labels } = readLabels(marked);
    const pseudonyms = [...new Set(text.match(/^[A-Z]+-\d+(?=:)/gmu) ?? [])];
    const proposals = proposeReplacements(text, { participants: pseudonyms.map((pseudonym) => ({ pseudonym, realName: null })), knownReplacements: [], language });
    const covered = new Uint8Array(text.length);
    const spans = new Map<string, { start: number; end: number }[]>();
    for (const m of findOccurrences(text, proposals.map((p) => p.original), pseudonyms)) {
      covered.fill(1, m.start, m.end);
      spans.set(m.original, [...(spans.get(m.original) ?? []), m]);
    }
    for (const label of labels) {
      tally[label.category].labelled++;
      const whole = [...text.slice(label.start, label.end)].every((ch, i) => !/[\p{L}\p{N}]/u.test(ch) || covered[label.start + i] === 1);
      if (whole) tally[label.category].found++;
      else missed.push(`${language} ${label.category}: ${label.text}`);
    }
    for (const p of proposals) {
      const category = categoryOf(p);
      if (!category) {
        unlabelled++;
        continue;
      }
      tally[category].proposed++;
      const hits = (spans.get(p.original) ?? []).some((s) => labels.some((l) => l.start < s.end && s.start < l.end));
      if (hits) tally[category].correct++;
      else wrong.push(`${language} ${category} (${p.reason}): ${p.original}`);
    }
  }
  return { tally, missed, wrong, unlabelled };
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe("recall and precision of the proposals on invented transcripts in four languages", () => {
  const { tally, missed, wrong, unlabelled } = measure();
  const total = CATEGORIES.reduce((sum, c) => ({ labelled: sum.labelled + tally[c].labelled, found: sum.found + tally[c].found, proposed: sum.proposed + tally[c].proposed, correct: sum.correct + tally[c].correct }), {
    labelled: 0, found: 0, proposed: 0, correct: 0,
  });
  const lines = [...CATEGORIES.map((c) => [c, tally[c]] as const), ["overall", total] as const].map(
    ([name, t]) => `${name.padEnd(8)} recall ${ratio(t.found, t.labelled).toFixed(3)} (${t.found}/${t.labelled})  precision ${ratio(t.correct, t.proposed).toFixed(3)} (${t.correct}/${t.proposed})`,
  );
  console.log(
    [`Pseudonymiser on ${LABELLED_TRANSCRIPTS.length} labelled transcripts:`, ...lines, `places and organisations proposed (not labelled): ${unlabelled}`,
      ...missed.map((m) => `missed: ${m}`), ...wrong.map((w) => `not an identifier: ${w}`)].join("\n"),
  );

  it("covers every category in every language", () => {
    for (const c of CATEGORIES) expect(tally[c].labelled, c).toBeGreaterThanOrEqual(8);
  });

  it("finds at least 95% of e-mail addresses, phone numbers, addresses and self-introductions", () => {
    for (const c of ["email", "phone", "address", "self"] as const) expect(ratio(tally[c].found, tally[c].labelled), `${c}; missed: ${missed.join("; ")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("finds at least 90% of the names of other people and of all identifiers", () => {
    expect(ratio(tally.person.found, tally.person.labelled), missed.join("; ")).toBeGreaterThanOrEqual(0.9);
    expect(ratio(total.found, total.labelled), missed.join("; ")).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps false positives rare: at least 90% of what it proposes as people and contacts is one", () => {
    expect(ratio(total.correct, total.proposed), wrong.join("; ")).toBeGreaterThanOrEqual(0.9);
    for (const c of ["email", "phone", "address"] as const) expect(ratio(tally[c].correct, tally[c].proposed), wrong.join("; ")).toBe(1);
  });
});

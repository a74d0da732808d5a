// The pseudonymisation form: one row per proposal (or per replacement added by hand), read from
// fields named rows[i].original, rows[i].kind, rows[i].replacement and the "replace" checkbox
// rows[i].replace. Messages are catalog keys; every error belongs to a row's field.
import { REPLACEMENT_KINDS, type ReplacementKind } from "~/db/enums";
import type { FieldErrors } from "~/http/form.server";
import { canonicalOriginal, containsRealName, countOccurrences, PROPOSAL_REASONS, type ProposalReason } from "./pseudonymise";

export const MAX_ROWS = 300;
export const ORIGINAL_MAX = 200;
export const REPLACEMENT_MAX = 100;
const REASONS = PROPOSAL_REASONS;

export type ReplacementRow = {
  index: number;
  checked: boolean;
  /** A proposal of the tool: its original is shown, not typed. */
  fixed: boolean;
  original: string;
  kind: string;
  replacement: string;
  reason: ProposalReason | null;
};
export type AcceptedReplacement = { original: string; replacement: string; kind: ReplacementKind };

export const rowField = (index: number, field: "replace" | "original" | "kind" | "replacement" | "fixed" | "reason") => `rows[${index}].${field}`;

/** The rows of a submitted form, by index; forged indices beyond MAX_ROWS are ignored. */
export function readRows(formData: FormData): ReplacementRow[] {
  const rows = new Map<number, ReplacementRow>();
  for (const [key, value] of formData) {
    const m = /^rows\[(\d{1,3})\]\.(replace|original|kind|replacement|fixed|reason)$/.exec(key);
    if (!m || typeof value !== "string" || Number(m[1]) >= MAX_ROWS) continue;
    const index = Number(m[1]);
    const row = rows.get(index) ?? { index, checked: false, fixed: false, original: "", kind: "", replacement: "", reason: null };
    if (m[2] === "replace") row.checked = value === "yes";
    else if (m[2] === "fixed") row.fixed = value === "yes";
    else if (m[2] === "reason") row.reason = (REASONS as readonly string[]).includes(value) ? (value as ProposalReason) : null;
    // Read no further than one character past the limit: enough for validateRows to refuse it as
    // too long, while the proposals' search (a regular expression per original) never sees 60,000.
    else if (m[2] === "original") row.original = value.slice(0, ORIGINAL_MAX + 1);
    else if (m[2] === "replacement") row.replacement = value.slice(0, REPLACEMENT_MAX + 1);
    else row.kind = value.slice(0, 50);
    rows.set(index, row);
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

/** The transcript version the form was made for, or null when missing or malformed. */
export function parseVersion(value: unknown): number | null {
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

/**
 * The ticked rows checked against the current text: an original that occurs as a whole word, a
 * known kind, a replacement that is given, differs from the original and names no real name.
 * Empty rows for additions are skipped. Returns the accepted replacements, or the field errors.
 */
export function validateRows(
  rows: ReplacementRow[],
  context: { text: string; realNames: string[]; pseudonyms: string[] },
): { ok: true; accepted: AcceptedReplacement[] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const accepted: AcceptedReplacement[] = [];
  const seen = new Set<string>();
  const fail = (row: ReplacementRow, field: "original" | "kind" | "replacement", key: string) => (errors[rowField(row.index, field)] ??= []).push(key);
  for (const row of rows) {
    if (!row.checked) continue;
    const original = canonicalOriginal(row.original);
    const replacement = row.replacement.normalize("NFC").trim();
    if (!row.fixed && !original && !replacement) continue;
    const before = Object.keys(errors).length;
    if (!original) fail(row, "original", "errors.required");
    else if (original.length > ORIGINAL_MAX) fail(row, "original", "errors.tooLong");
    else if (seen.has(original)) fail(row, "original", "errors.originalTwice");
    else if ((countOccurrences(context.text, [original], context.pseudonyms).get(original) ?? 0) === 0) fail(row, "original", "errors.originalNotFound");
    if (!(REPLACEMENT_KINDS as readonly string[]).includes(row.kind)) fail(row, "kind", "errors.choose");
    if (!replacement) fail(row, "replacement", "errors.replacementRequired");
    else if (replacement.length > REPLACEMENT_MAX || /[\n\r]/.test(replacement)) fail(row, "replacement", "errors.tooLong");
    else if (original && replacement.toLowerCase() === original.toLowerCase()) fail(row, "replacement", "errors.replacementSameAsOriginal");
    else if (containsRealName(replacement, [...context.realNames, ...(original ? [original] : [])])) fail(row, "replacement", "errors.replacementContainsName");
    if (original) seen.add(original);
    if (Object.keys(errors).length === before) accepted.push({ original, replacement, kind: row.kind as ReplacementKind });
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, accepted };
}

// The Needs Review Report as plain data: what report-content.server.ts assembles from the
// territory's rows, what a publication stores (as JSON) and what every renderer reads. It holds
// no personal data: quotes are pseudonymised transcript text, attributed to target groups only.
import type { FindingKind, FindingPriority, TargetGroup, ValidationOutcome } from "~/db/enums";
import type { Language } from "~/i18n/languages";

/** Raised when the shape changes, so that an old publication can still be read (or refused). */
export const REPORT_CONTENT_VERSION = 1;

export type ReportQuote = { text: string; targetGroups: TargetGroup[] };

export type ReportFinding = {
  kind: FindingKind;
  /** The wording that stands: the focus group's when it amended the finding. */
  statement: string;
  /** The wording before the focus group amended it; null otherwise. */
  originalStatement: string | null;
  priority: FindingPriority;
  targetGroups: TargetGroup[];
  outcome: ValidationOutcome | null;
  evidenceCount: number;
  quotes: ReportQuote[];
};

export type ReportContent = {
  version: typeof REPORT_CONTENT_VERSION;
  territoryName: string;
  language: Language;
  /** ISO timestamp of the generation. */
  generatedAt: string;
  context: { countryCode: string; population: number | null; foreignResidentsPercent: number | null; tcnPercent: number | null };
  method: {
    interviews: number;
    /** Interviews with at least one participant of the group (an interview may count for two groups). */
    interviewsByGroup: Record<TargetGroup, number>;
    focusGroups: number;
    /** Distinct people who attended a focus group. */
    attendees: number;
    /** Distinct people interviewed or at a focus group, each counted once. */
    stakeholders: number;
  };
  findings: ReportFinding[];
  narrative: { introduction: string; context: string; conclusions: string };
};

export type NarrativeSection = keyof ReportContent["narrative"];
export const NARRATIVE_SECTIONS = ["introduction", "context", "conclusions"] as const satisfies readonly NarrativeSection[];

/** Up to this many quotes per finding: enough to show its grounds, short enough to read. */
export const QUOTES_PER_FINDING = 3;

/** A stored publication's content, if it has the shape this code writes; null otherwise. */
export function asReportContent(value: unknown): ReportContent | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Partial<ReportContent>;
  if (v.version !== REPORT_CONTENT_VERSION || typeof v.territoryName !== "string" || !Array.isArray(v.findings)) return null;
  return v as ReportContent;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A coded passage as a report quote: the speaker codes that open transcript turns ("CS-01: ",
 * "I: ") go, and any pseudonym of the territory left in the text becomes "[…]", so that a quote
 * can never be traced back to a participant's record.
 */
export function quoteWithoutPseudonyms(text: string, pseudonyms: readonly string[]): string {
  let out = text
    .split("\n")
    .map((line) => line.replace(/^[\p{L}\p{N}_-]{1,30}:\s+/u, "").trim())
    .filter(Boolean)
    .join("\n");
  const names = [...pseudonyms].filter(Boolean).sort((a, b) => b.length - a.length);
  if (names.length) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_-])`, "giu"), "[…]");
  return out;
}

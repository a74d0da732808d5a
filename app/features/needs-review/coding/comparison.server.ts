// The programme's territories side by side: how often each theme was coded (counts only) and the
// findings the focus groups validated. Nothing here reads a quote, a transcript, a memo, a
// pseudonym or a participant's identity: the page built on it is open to programme admins and
// experts, who are not members of the territories.
import { territoryNameSql } from "~/features/territories/territory-name";
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import {
  type FindingKind,
  type FindingPriority,
  type TargetGroup,
  coding,
  finding,
  findingEvidence,
  focusGroup,
  focusGroupFinding,
  interview,
  territory,
  theme,
  transcript,
} from "~/db/schema";
import type { Language } from "~/i18n/languages";
import { DEFAULT_CODEBOOK, type DefaultTheme } from "../codebook/default-codebook";
import { VALIDATED_OUTCOMES } from "../findings/finding-outcomes.server";

export type ComparedTerritory = { id: string; slug: string; name: string; transcribedInterviews: number };
export type ThemeCounts = { passages: number; interviews: number };
export type ComparisonRow = {
  /** "key:<default key>" for a theme of the default codebook, "name:<lower-cased name>" for a custom one. */
  rowKey: string;
  name: string;
  depth: number;
  isDefault: boolean;
  /** By territory id; a territory without the theme has no entry. */
  counts: Record<string, ThemeCounts>;
};

/** The territories of the programme by name, each with its number of interviews that have a transcript. */
export async function listComparedTerritories(db: Executor, args: { programmeId: string; lang?: Language }): Promise<ComparedTerritory[]> {
  const transcribed = db
    .select({ territoryId: interview.territoryId, n: count().as("n") })
    .from(interview)
    .innerJoin(transcript, eq(transcript.interviewId, interview.id))
    .innerJoin(territory, eq(territory.id, interview.territoryId))
    .where(eq(territory.programmeId, args.programmeId))
    .groupBy(interview.territoryId)
    .as("transcribed");
  return db
    .select({ id: territory.id, slug: territory.slug, name: args.lang ? territoryNameSql(territory, args.lang) : territory.name, transcribedInterviews: sql<number>`coalesce(${transcribed.n}, 0)::int` })
    .from(territory)
    .leftJoin(transcribed, eq(transcribed.territoryId, territory.id))
    .where(eq(territory.programmeId, args.programmeId))
    .orderBy(asc(territory.name), asc(territory.id));
}

const rowKeyOf = sql<string>`coalesce('key:' || ${theme.defaultKey}, 'name:' || lower(${theme.name}))`;

/**
 * Theme × territory for the whole programme in one query: per territory and theme (themes of the
 * default codebook matched by their key, custom ones by their lower-cased name), the number of
 * placed codings and of interviews in which the theme was coded. Sub-themes count on their own
 * row, as on each territory's analysis page. Themes nobody coded yet appear with zeros.
 * The codings are first counted per theme and interview (a hash aggregate over narrow rows):
 * grouping the raw codings by the text key made a sort of every coding, spilled to disk.
 */
export async function countThemesByTerritory(db: Executor, args: { programmeId: string }) {
  const perInterview = db
    .select({ territoryId: coding.territoryId, themeId: coding.themeId, interviewId: coding.interviewId, n: count().as("n") })
    .from(coding)
    .innerJoin(territory, eq(territory.id, coding.territoryId))
    .where(and(eq(territory.programmeId, args.programmeId), eq(coding.placement, "placed")))
    .groupBy(coding.territoryId, coding.themeId, coding.interviewId)
    .as("per_interview");
  return db
    .select({
      territoryId: theme.territoryId,
      rowKey: rowKeyOf,
      name: sql<string>`min(${theme.name})`,
      passages: sql<number>`coalesce(sum(${perInterview.n}), 0)::int`,
      interviews: sql<number>`count(distinct ${perInterview.interviewId})::int`,
    })
    .from(theme)
    .innerJoin(territory, eq(territory.id, theme.territoryId))
    .leftJoin(perInterview, and(eq(perInterview.territoryId, theme.territoryId), eq(perInterview.themeId, theme.id)))
    .where(eq(territory.programmeId, args.programmeId))
    .groupBy(theme.territoryId, rowKeyOf);
}

/** The default codebook in tree order, with each theme's depth. */
function defaultRows(themes: DefaultTheme[], depth = 0): { key: string; theme: DefaultTheme; depth: number }[] {
  return themes.flatMap((t) => [{ key: t.key, theme: t, depth }, ...defaultRows(t.children ?? [], depth + 1)]);
}

/**
 * The rows of the comparison table: every theme of the default codebook (named in the reader's
 * language, in the codebook's order, even when no territory coded it), then the custom themes
 * by name. A key no longer in the default codebook is shown as a custom theme.
 */
export async function compareThemes(db: Executor, args: { programmeId: string; language: Language }): Promise<ComparisonRow[]> {
  const counted = await countThemesByTerritory(db, args);
  const byKey = new Map<string, ComparisonRow>();
  for (const d of defaultRows(DEFAULT_CODEBOOK)) {
    byKey.set(`key:${d.key}`, { rowKey: `key:${d.key}`, name: d.theme.name[args.language], depth: d.depth, isDefault: true, counts: {} });
  }
  const custom = new Map<string, ComparisonRow>();
  for (const c of counted) {
    const row =
      byKey.get(c.rowKey) ??
      custom.get(c.rowKey) ??
      custom.set(c.rowKey, { rowKey: c.rowKey, name: c.name, depth: 0, isDefault: false, counts: {} }).get(c.rowKey)!;
    row.counts[c.territoryId] = { passages: c.passages, interviews: c.interviews };
  }
  const others = [...custom.values()].sort((a, b) => a.name.localeCompare(b.name, args.language));
  return [...byKey.values(), ...others];
}

export type ValidatedFinding = {
  id: string;
  territoryId: string;
  kind: FindingKind;
  /** The wording that stands: the focus group's when it amended the finding. */
  statement: string;
  outcome: (typeof VALIDATED_OUTCOMES)[number];
  priority: FindingPriority;
  targetGroups: TargetGroup[];
  /** The comparison rows (rowKey) of the themes its evidence passages are coded with: themes only, never the passages. */
  themeKeys: string[];
};

const kindOrder = sql`array_position(array['strength','weakness','need']::text[], ${finding.kind})`;
const priorityOrder = sql`array_position(array['high','medium','low']::text[], ${finding.priority})`;

/**
 * The findings of every territory of the programme that a focus group confirmed or amended (the
 * latest decision counts, as in latestOutcomes), in one query. Deliberately not
 * listFindingsWithOutcomes: that one carries evidence quotes, which are transcript text.
 */
export async function listValidatedFindings(db: Executor, args: { programmeId: string }): Promise<ValidatedFinding[]> {
  const latest = db
    .selectDistinctOn([focusGroupFinding.findingId], {
      findingId: focusGroupFinding.findingId,
      territoryId: focusGroup.territoryId,
      outcome: focusGroupFinding.outcome,
      amendedStatement: focusGroupFinding.amendedStatement,
    })
    .from(focusGroupFinding)
    .innerJoin(focusGroup, eq(focusGroup.id, focusGroupFinding.focusGroupId))
    .innerJoin(territory, eq(territory.id, focusGroup.territoryId))
    .where(and(eq(territory.programmeId, args.programmeId), isNotNull(focusGroupFinding.outcome)))
    .orderBy(focusGroupFinding.findingId, desc(focusGroup.heldOn), desc(focusGroupFinding.decidedAt))
    .as("latest_outcome");
  const rows = await db
    .select({
      id: finding.id,
      territoryId: finding.territoryId,
      kind: finding.kind,
      statement: sql<string>`case when ${latest.outcome} = 'amended' and coalesce(${latest.amendedStatement}, '') <> ''
        then ${latest.amendedStatement} else ${finding.statement} end`,
      outcome: latest.outcome,
      priority: finding.priority,
      targetGroups: finding.targetGroups,
      themeKeys: sql<string[]>`array(select distinct ${rowKeyOf} from ${findingEvidence}
        inner join ${coding} on ${coding.id} = ${findingEvidence.codingId} and ${coding.territoryId} = ${finding.territoryId}
        inner join ${theme} on ${theme.id} = ${coding.themeId}
        where ${findingEvidence.findingId} = ${finding.id} order by 1)`,
    })
    .from(finding)
    // The focus group belongs to the finding's own territory: a decision elsewhere does not count.
    .innerJoin(latest, and(eq(latest.findingId, finding.id), eq(latest.territoryId, finding.territoryId)))
    .where(inArray(latest.outcome, [...VALIDATED_OUTCOMES]))
    .orderBy(kindOrder, priorityOrder, asc(finding.position), asc(finding.createdAt), asc(finding.id));
  return rows as ValidatedFinding[];
}

// Assembles the Needs Review Report of a territory from its rows: context figures, method
// figures, findings with their validation outcome and a few evidence quotes, and the narrative
// its team wrote. Everything is computed here, nothing typed in; the result holds no pseudonym,
// no name and no participant attribute, only target groups.
import { and, countDistinct, eq, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { territoryNameIn } from "~/features/territories/territory-name";
import { TARGET_GROUPS, type LocalizedText, type TargetGroup, type territory, focusGroup, focusGroupAttendee, interview, interviewParticipant, needsReviewReport, participant } from "~/db/schema";
import type { Language } from "~/i18n/languages";
import { listFindingsWithOutcomes } from "../findings/findings.server";
import { countStakeholders } from "../focus-groups/focus-groups.server";
import { countInterviews, hasConsentInForce } from "../interviews/interviews.server";
import { QUOTES_PER_FINDING, REPORT_CONTENT_VERSION, type ReportContent, quoteWithoutPseudonyms } from "./report-content";

type TerritoryRow = Pick<typeof territory.$inferSelect, "id" | "name" | "countryCode" | "population" | "foreignResidentsPercent" | "tcnPercent"> & {
  names?: LocalizedText;
};

/** Interviews with at least one participant of each target group. */
async function countInterviewsByGroup(db: Executor, territoryId: string): Promise<Record<TargetGroup, number>> {
  const rows = await db
    .select({ group: participant.targetGroup, n: countDistinct(interview.id) })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
    .where(eq(interview.territoryId, territoryId))
    .groupBy(participant.targetGroup);
  const byGroup = Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;
  for (const r of rows) byGroup[r.group] = r.n;
  return byGroup;
}

async function countFocusGroups(db: Executor, territoryId: string) {
  const [groups] = await db.select({ n: countDistinct(focusGroup.id) }).from(focusGroup).where(eq(focusGroup.territoryId, territoryId));
  const [people] = await db
    .select({ n: countDistinct(focusGroupAttendee.participantId) })
    .from(focusGroupAttendee)
    .innerJoin(focusGroup, eq(focusGroup.id, focusGroupAttendee.focusGroupId))
    .where(eq(focusGroup.territoryId, territoryId));
  return { focusGroups: groups?.n ?? 0, attendees: people?.n ?? 0 };
}

/**
 * Interviews with a participant whose consent is not in force. Withdrawal deletes the transcript
 * and its codings, so there should be none; a quote from one would still never be printed.
 */
async function interviewsWithoutConsent(db: Executor, territoryId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: interviewParticipant.interviewId })
    .from(interviewParticipant)
    .innerJoin(interview, eq(interview.id, interviewParticipant.interviewId))
    .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
    .where(and(eq(interview.territoryId, territoryId), sql`not ${hasConsentInForce}`));
  return new Set(rows.map((r) => r.id));
}

/** Every pseudonym of the territory: none of them may appear in a quote. */
async function listPseudonyms(db: Executor, territoryId: string): Promise<string[]> {
  const rows = await db.select({ pseudonym: participant.pseudonym }).from(participant).where(eq(participant.territoryId, territoryId));
  return rows.map((r) => r.pseudonym);
}

/** The narrative sections of the territory's report; empty until its team writes them. */
export async function findNarrative(db: Executor, args: { territoryId: string }): Promise<ReportContent["narrative"]> {
  const [row] = await db
    .select({ introduction: needsReviewReport.introduction, context: needsReviewReport.context, conclusions: needsReviewReport.conclusions })
    .from(needsReviewReport)
    .where(eq(needsReviewReport.territoryId, args.territoryId));
  return row ?? { introduction: "", context: "", conclusions: "" };
}

/** The report of the territory as it stands now, for the given language's headings. */
export async function buildReportContent(db: Executor, args: { territory: TerritoryRow; language: Language; now?: Date }): Promise<ReportContent> {
  const territoryId = args.territory.id;
  const scope = { territoryId };
  const [interviews, interviewsByGroup, groups, stakeholders, findings, blocked, pseudonyms, narrative] = await Promise.all([
    countInterviews(db, scope),
    countInterviewsByGroup(db, territoryId),
    countFocusGroups(db, territoryId),
    countStakeholders(db, scope),
    listFindingsWithOutcomes(db, scope),
    interviewsWithoutConsent(db, territoryId),
    listPseudonyms(db, territoryId),
    findNarrative(db, scope),
  ]);
  return {
    version: REPORT_CONTENT_VERSION,
    // The territory's name in the report's language (decision 027).
    territoryName: territoryNameIn(args.territory, args.language).text,
    language: args.language,
    generatedAt: (args.now ?? new Date()).toISOString(),
    context: {
      countryCode: args.territory.countryCode,
      population: args.territory.population,
      foreignResidentsPercent: args.territory.foreignResidentsPercent,
      tcnPercent: args.territory.tcnPercent,
    },
    method: { interviews: interviews.interviews, interviewsByGroup, ...groups, stakeholders },
    findings: findings.map((f) => ({
      kind: f.kind,
      statement: f.currentStatement,
      originalStatement: f.currentStatement !== f.statement ? f.statement : null,
      priority: f.priority,
      targetGroups: f.targetGroups,
      outcome: f.outcome,
      evidenceCount: f.evidence.length,
      // Only the text and the interviewees' target groups: no coder, no date, no pseudonym.
      quotes: f.evidence
        .filter((e) => !blocked.has(e.interviewId))
        .map((e) => ({ text: quoteWithoutPseudonyms(e.quote, pseudonyms), targetGroups: e.targetGroups }))
        .filter((q) => q.text)
        .slice(0, QUOTES_PER_FINDING),
    })),
    narrative,
  };
}

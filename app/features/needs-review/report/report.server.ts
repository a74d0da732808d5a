// The report's narrative sections and its publications. Publishing freezes the content as it
// stands (computed, in one language) into a report_publication row: that copy, and nothing else,
// is what the public sees. Every change is audited in its transaction.
import { countDistinct, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { needsReviewReport, reportPublication, territory } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { asReportContent, type ReportContent } from "./report-content";
import type { NarrativeInput } from "./report.schema";

type Territory = { id: string; programmeId: string };

export async function saveNarrative(db: Executor, args: { actor: Actor; territory: Territory; input: NarrativeInput }): Promise<void> {
  const { actor, territory: t, input } = args;
  await db.transaction(async (tx) => {
    const values = { ...input, updatedAt: new Date(), updatedByUserId: actor.userId };
    await tx
      .insert(needsReviewReport)
      .values({ territoryId: t.id, ...values })
      .onConflictDoUpdate({ target: needsReviewReport.territoryId, set: values });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: t.programmeId,
      territoryId: t.id,
      action: "report.update",
      objectType: "needs_review_report",
      objectId: t.id,
      // Lengths only: the text itself is in the row.
      details: { introduction: input.introduction.length, context: input.context.length, conclusions: input.conclusions.length },
    });
  });
}

/** Stores the content as a publication of the territory; the content must be the territory's. */
export async function publishReport(db: Executor, args: { actor: Actor; territory: Territory; content: ReportContent }): Promise<{ id: string }> {
  const { actor, territory: t, content } = args;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportPublication)
      .values({ territoryId: t.id, language: content.language, content: content as unknown as Record<string, unknown>, publishedByUserId: actor.userId })
      .returning({ id: reportPublication.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: t.programmeId,
      territoryId: t.id,
      action: "report.publish",
      objectType: "report_publication",
      objectId: row.id,
      details: { language: content.language, findings: content.findings.length },
    });
    return row;
  });
}

/** The territory's publications, newest first (no content: the list only links to them). */
export async function listPublications(db: Executor, args: { territoryId: string }) {
  return db
    .select({ id: reportPublication.id, language: reportPublication.language, publishedAt: reportPublication.publishedAt })
    .from(reportPublication)
    .where(eq(reportPublication.territoryId, args.territoryId))
    .orderBy(desc(reportPublication.publishedAt), desc(reportPublication.id));
}

/**
 * A publication by its id, for anyone: the stored content only, never the draft, and never who
 * published it. Null when there is none or its content cannot be read.
 */
export async function findPublication(db: Executor, args: { publicationId: string }) {
  const [row] = await db
    .select({ id: reportPublication.id, content: reportPublication.content, publishedAt: reportPublication.publishedAt })
    .from(reportPublication)
    .where(eq(reportPublication.id, args.publicationId));
  const content = row ? asReportContent(row.content) : null;
  return row && content ? { id: row.id, publishedAt: row.publishedAt, content } : null;
}

/** Key result: territories of the programme with at least one published report. */
export async function countPublishedReports(db: Executor, args: { programmeId: string }): Promise<number> {
  const [row] = await db
    .select({ n: countDistinct(reportPublication.territoryId) })
    .from(reportPublication)
    .innerJoin(territory, eq(territory.id, reportPublication.territoryId))
    .where(eq(territory.programmeId, args.programmeId));
  return row?.n ?? 0;
}

/** A draft downloaded: who, in which language, with how many findings (reads are audited too). */
export async function recordReportDownload(db: Executor, args: { actor: Actor; territory: Territory; content: ReportContent; format: string }) {
  await recordAudit(db, {
    actorUserId: args.actor.userId,
    programmeId: args.territory.programmeId,
    territoryId: args.territory.id,
    action: "report.download",
    objectType: "needs_review_report",
    objectId: args.territory.id,
    details: {
      format: args.format,
      language: args.content.language,
      findings: args.content.findings.length,
      quotes: args.content.findings.reduce((n, f) => n + f.quotes.length, 0),
    },
  });
}

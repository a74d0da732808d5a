// Demo: each territory's Needs Review Report published, as the reference programme published its
// three, by the territory's coordinator through the same domain function the report page uses
// (content computed from the rows, in the territory's language, audited). Idempotent: a territory
// that has a publication, or has no coordinator account, is left alone.
import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import { buildReportContent } from "~/features/needs-review/report/report-content.server";
import { publishReport } from "~/features/needs-review/report/report.server";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/languages";
import { loadActor } from "~/tenancy/actor.server";
import type { Database } from "~/db/client.server";
import { reportPublication, territory, territoryMember, user } from "~/db/schema";

export async function seedDemoReports(db: Database, args: { programmeId: string; territorySlugs: readonly string[] }): Promise<void> {
  const unpublished = await db
    .select()
    .from(territory)
    .where(
      and(
        eq(territory.programmeId, args.programmeId),
        inArray(territory.slug, [...args.territorySlugs]),
        notExists(db.select({ one: sql`1` }).from(reportPublication).where(eq(reportPublication.territoryId, territory.id))),
      ),
    );
  for (const t of unpublished) {
    const [coordinator] = await db
      .select({ id: user.id, name: user.name, email: user.email })
      .from(territoryMember)
      .innerJoin(user, eq(user.id, territoryMember.userId))
      .where(and(eq(territoryMember.territoryId, t.id), eq(territoryMember.role, "coordinator")))
      .orderBy(user.email)
      .limit(1);
    if (!coordinator) continue;
    const actor = await loadActor(db, coordinator);
    const language = isLanguage(t.languages[0]) ? t.languages[0] : DEFAULT_LANGUAGE;
    const content = await buildReportContent(db, { territory: t, language });
    await publishReport(db, { actor, territory: t, content });
  }
}

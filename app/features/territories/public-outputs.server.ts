// What the programmes have published, for the public home page (decision 028): every published
// Needs Review Report (each territory, each language and date) and every published Toolkit version
// (the programme's and territories' own copies). Links only, no content: two queries in all.
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { reportPublication, territory, toolkit, toolkitVersion } from "~/db/schema";
import type { Language } from "~/i18n/languages";
import { territoryNameSql } from "./territory-name";

export async function listPublishedOutputs(db: Executor, args: { programmeIds: string[]; lang: Language }) {
  if (!args.programmeIds.length) return { reports: [], toolkits: [] };
  const [reports, toolkits] = await Promise.all([
    db
      .select({
        id: reportPublication.id,
        programmeId: territory.programmeId,
        territoryName: territoryNameSql(territory, args.lang),
        language: reportPublication.language,
        publishedAt: reportPublication.publishedAt,
      })
      .from(reportPublication)
      .innerJoin(territory, eq(territory.id, reportPublication.territoryId))
      .where(inArray(territory.programmeId, args.programmeIds))
      .orderBy(asc(territory.name), desc(reportPublication.publishedAt), asc(reportPublication.id)),
    db
      .select({
        id: toolkitVersion.id,
        programmeId: toolkit.programmeId,
        title: toolkit.title,
        territoryName: territoryNameSql(territory, args.lang),
        number: toolkitVersion.number,
        publishedAt: toolkitVersion.publishedAt,
      })
      .from(toolkitVersion)
      .innerJoin(toolkit, eq(toolkit.id, toolkitVersion.toolkitId))
      .leftJoin(territory, eq(territory.id, toolkit.territoryId))
      .where(and(inArray(toolkit.programmeId, args.programmeIds), isNotNull(toolkitVersion.publishedAt)))
      // The programme's own Toolkit first, then the territories' copies; newest version first.
      .orderBy(asc(territory.name), asc(toolkit.title), desc(toolkitVersion.number)),
  ]);
  return { reports, toolkits };
}

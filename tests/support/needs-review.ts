import { and, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { deskSource, participant, territory } from "~/db/schema";

/** The id of a (demo) participant, by territory slug and pseudonym. */
export async function participantId(slug: string, pseudonym: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: participant.id })
    .from(participant)
    .innerJoin(territory, eq(territory.id, participant.territoryId))
    .where(and(eq(territory.slug, slug), eq(participant.pseudonym, pseudonym)));
  return row.id;
}

/** The id of a (demo) desk research source, by territory slug and title. */
export async function sourceId(slug: string, title: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: deskSource.id })
    .from(deskSource)
    .innerJoin(territory, eq(territory.id, deskSource.territoryId))
    .where(and(eq(territory.slug, slug), eq(deskSource.title, title)));
  return row.id;
}

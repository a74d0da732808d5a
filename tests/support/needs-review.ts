import { and, eq, isNotNull, notInArray } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { agreementCheck, coding, deskSource, interviewParticipant, participant, territory, theme, user } from "~/db/schema";

/** The id of a (demo) participant, by territory slug and pseudonym. */
export async function participantId(slug: string, pseudonym: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: participant.id })
    .from(participant)
    .innerJoin(territory, eq(territory.id, participant.territoryId))
    .where(and(eq(territory.slug, slug), eq(participant.pseudonym, pseudonym)));
  return row.id;
}

/** The (first) demo interview of the territory in which the participant took part. */
export async function interviewOf(slug: string, pseudonym: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: interviewParticipant.interviewId })
    .from(interviewParticipant)
    .where(eq(interviewParticipant.participantId, await participantId(slug, pseudonym)));
  return row.id;
}

/** The id of a theme of the territory's codebook, by its name. */
export async function themeId(slug: string, name: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: theme.id })
    .from(theme)
    .innerJoin(territory, eq(territory.id, theme.territoryId))
    .where(and(eq(territory.slug, slug), eq(theme.name, name)));
  if (!row) throw new Error(`no theme ${name} in ${slug}`);
  return row.id;
}

export async function userId(email: string): Promise<string> {
  const [row] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, email));
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

/**
 * Empties a territory's codebook: its codings (and so the findings' evidence), agreement checks
 * and themes, sub-themes first (a theme with sub-themes cannot be deleted). For tests that start
 * from a codebook of their own rather than the demo's.
 */
export async function clearCodebook(slug: string): Promise<void> {
  const [row] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  await getDb().delete(coding).where(eq(coding.territoryId, row.id));
  await getDb().delete(agreementCheck).where(eq(agreementCheck.territoryId, row.id));
  for (let deleted = 1; deleted > 0; ) {
    const parents = getDb().select({ id: theme.parentId }).from(theme).where(and(eq(theme.territoryId, row.id), isNotNull(theme.parentId)));
    const leaves = await getDb()
      .delete(theme)
      .where(and(eq(theme.territoryId, row.id), notInArray(theme.id, parents)))
      .returning({ id: theme.id });
    deleted = leaves.length;
  }
}

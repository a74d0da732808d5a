// Codings for the findings tests, written straight into the database: the coding screens are
// not part of these tests. Each passage is found in a demo transcript of the territory.
import { and, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { coding, interview, territory, theme, transcript } from "~/db/schema";

/** The id of a theme of the territory named `name`, created if missing. */
export async function themeOf(slug: string, name: string): Promise<string> {
  const db = getDb();
  const [t] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, slug));
  const [found] = await db.select({ id: theme.id }).from(theme).where(and(eq(theme.territoryId, t.id), eq(theme.name, name)));
  if (found) return found.id;
  const [row] = await db.insert(theme).values({ territoryId: t.id, name, colour: "#1d4f91" }).returning({ id: theme.id });
  return row.id;
}

/** Codes the passage `words` of the territory's demo transcript that contains it, with the theme. */
export async function codePassage(slug: string, words: string, themeName = "Language barriers") {
  const db = getDb();
  const themeId = await themeOf(slug, themeName);
  const rows = await db
    .select({ territoryId: interview.territoryId, interviewId: interview.id, transcriptId: transcript.id, text: transcript.text })
    .from(transcript)
    .innerJoin(interview, eq(interview.id, transcript.interviewId))
    .innerJoin(territory, eq(territory.id, interview.territoryId))
    .where(eq(territory.slug, slug));
  const source = rows.find((r) => r.text.includes(words));
  if (!source) throw new Error(`no transcript of ${slug} contains “${words}”`);
  const start = source.text.indexOf(words);
  const [row] = await db
    .insert(coding)
    .values({
      territoryId: source.territoryId,
      interviewId: source.interviewId,
      transcriptId: source.transcriptId,
      themeId,
      start,
      end: start + words.length,
      paragraphFirst: 0,
      paragraphLast: 0,
      quote: words,
    })
    .returning({ id: coding.id });
  return { codingId: row.id, themeId, interviewId: source.interviewId };
}

// Demo codings: the technical partner of each demo territory codes the invented transcripts
// paragraph by paragraph, wherever a participant's turn mentions a theme of the default codebook
// (keywords in German, Italian, Spanish and English). The coordinator codes the first interview
// too, and their agreement check on it is closed, so the demo shows its statistics. INVENTED.
import { and, asc, count, eq } from "drizzle-orm";
import { paragraphSpan } from "~/features/needs-review/realign";
import { paragraphsOf } from "~/features/needs-review/transcript-text";
import type { Database } from "../client.server";
import { agreementCheck, coding, interview, theme, transcript, user } from "../schema";

/** Keywords (lower case, matched as parts of words) that make a turn count for a default theme. */
const KEYWORDS: Record<string, RegExp> = {
  language_barriers: /sprach|dolmetsch|übersetz|lingu|interpret|tradu|idiom|language|translat/,
  information_for_newcomers: /informa|erklär|merkblatt|spiega|opuscol|explic|folleto|explain|leaflet|unterlagen|documenti|documentos/,
  digital_services: /online|digital|portal|internet|web/,
  legal_rights_knowledge: /recht|aufenthalt|gesetz|diritt|permesso|soggiorno|derecho|residencia|permiso|rights|permit/,
  intercultural_competence: /kultur|cultur|respekt|rispett|respet|respect|vorurteil|pregiudiz|prejuic|prejudice/,
  workload: /gewartet|wartezeit|überlast|zeit hab|carico|attesa|aspettat|esper|carga|waited|workload/,
  coordination_between_departments: /ämter|behörde|von vorne|uffici|sportell|oficina|ventanilla|department|office/,
  cooperation_with_ngos: /ngo|verein|ehrenamt|volontar|associaz|caritas|asociaci|voluntar|volunteer|charity|chaplain/,
  discrimination: /diskrimin|discrimin|rassis|razzis|racis|ungerecht|injust/,
  good_practices: /geholfen|hilfreich|aiutat|utile|ayud|útil|helped|helpful/,
  training_needs: /fortbild|schulung|formazion|corso|formación|curso|training|course/,
};

/** The interviewer's own turns ("I: …") are questions, not material: they are not coded. */
function isParticipantTurn(line: string): boolean {
  return /^[\p{L}\p{N}_-]+:\s/u.test(line) && !/^(I|INT|E|Int):\s/.test(line);
}

async function userIdOf(db: Database, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  return row?.id;
}

export async function seedDemoCodings(db: Database, args: { territoryId: string; coderEmail: string; secondCoderEmail: string }): Promise<void> {
  const { territoryId } = args;
  const [{ existing }] = await db.select({ existing: count() }).from(coding).where(eq(coding.territoryId, territoryId));
  if (existing > 0) return; // coded on an earlier start
  const [coder, secondCoder] = [await userIdOf(db, args.coderEmail), await userIdOf(db, args.secondCoderEmail)];
  if (!coder || !secondCoder) return;
  const themes = await db.select({ id: theme.id, key: theme.defaultKey }).from(theme).where(eq(theme.territoryId, territoryId));
  const themeOf = new Map(themes.filter((t) => t.key).map((t) => [t.key!, t.id]));
  const transcripts = await db
    .select({ id: transcript.id, interviewId: transcript.interviewId, text: transcript.text })
    .from(transcript)
    .innerJoin(interview, eq(interview.id, transcript.interviewId))
    .where(eq(interview.territoryId, territoryId))
    .orderBy(asc(interview.conductedOn));
  const rows: (typeof coding.$inferInsert)[] = [];
  for (const [n, t] of transcripts.entries()) {
    const paragraphs = paragraphsOf(t.text);
    for (const p of paragraphs) {
      const line = t.text.slice(p.start, p.end);
      if (!isParticipantTurn(line)) continue;
      const lower = line.toLowerCase();
      for (const [key, pattern] of Object.entries(KEYWORDS)) {
        const themeId = themeOf.get(key);
        if (!themeId || !pattern.test(lower)) continue;
        const span = paragraphSpan(paragraphs, p.start, p.end);
        const base = { territoryId, interviewId: t.interviewId, transcriptId: t.id, themeId, start: p.start, end: p.end, paragraphFirst: span.first, paragraphLast: span.last, quote: line };
        rows.push({ ...base, coderUserId: coder });
        // The second coder, on the first interview only, leaves out workload: a disagreement to show.
        if (n === 0 && key !== "workload") rows.push({ ...base, coderUserId: secondCoder });
      }
    }
  }
  if (rows.length) await db.insert(coding).values(rows);
  const first = transcripts[0];
  if (first) {
    const [open] = await db.select({ id: agreementCheck.id }).from(agreementCheck).where(and(eq(agreementCheck.interviewId, first.interviewId)));
    if (!open) {
      await db.insert(agreementCheck).values({
        territoryId,
        interviewId: first.interviewId,
        coderAUserId: coder,
        coderBUserId: secondCoder,
        status: "closed",
        createdByUserId: secondCoder,
        closedAt: new Date(),
      });
    }
  }
}

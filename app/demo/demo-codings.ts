// Demo codings: the technical partner of each demo territory codes the invented transcripts
// paragraph by paragraph, wherever a participant's turn mentions a theme of the default codebook
// (keywords in German, Italian, Spanish and English), so that the analysis matrix and the report
// have substance. The coordinator codes the first interview too, and their agreement check on it
// is closed, so the demo shows its statistics. INVENTED, like the transcripts.
import { and, asc, eq, inArray } from "drizzle-orm";
import { paragraphSpan } from "~/features/needs-review/coding/realign";
import { paragraphsOf } from "~/features/needs-review/interviews/transcript-text";
import type { Database } from "~/db/client.server";
import { agreementCheck, coding, interview, theme, transcript, user } from "~/db/schema";

/**
 * Keywords (matched, lower case, in the spoken part of a turn, not the speaker's code) that make a
 * turn count for a default theme. Some are guarded against everyday words that contain them:
 * "vereinbaren" is no association, "percorso" no course, "tengo" no NGO, "inutile" no good practice,
 * "información" no training.
 */
const KEYWORDS: Record<string, RegExp> = {
  language_barriers: /sprach|dolmetsch|übersetz|deutsch|lingu|interpret|intérpret|tradu|idiom|lengua|language|translat|english|inglese|inglés|spanish|italian|german/,
  information_for_newcomers: /informa|erklär|merkblatt|unterlagen|spiega|opuscol|explic|folleto|guía|explain|leaflet|document|dokument/,
  digital_services: /online|digital|portal|internet|web|\bapp\b|spid|cita previa|sede electr|smartphone|e-mail|email|móvil|ordenador/,
  legal_rights_knowledge: /recht|aufenthalt|gesetz|erlaubnis|asyl|\basil|diritt|permess|soggiorno|residenz|normativ|\bnorme\b|derecho|residencia|residence|permiso|arraigo|extranjería|rights|permit/,
  intercultural_competence: /kultur|cultur|respekt|rispett|respet|respect|vorurteil|pregiudiz|prejuic|prejudice|\bmediat|\bmediad/,
  workload: /gewartet|wartezeit|warteschlang|überlast|fallzahl|rückständ|zeit hab|carico|attesa|\bcoda\b|aspettat|aspetta\b|espera\b|esperé|esperando|carga|falta personal|falta de personal|waited|waiting|queue|workload/,
  coordination_between_departments: /ämter|behörde|von vorne|zuständig|abteilung|uffici|sportell|questura|coordin|oficina|ventanilla|deriv|department|office/,
  cooperation_with_ngos: /\bngo\b|\bong\b|verein(?!bar|fach|heitl)|verband|verbände|ehrenamt|wohlfahrt|begleit|volontar|associaz|patronat|accompagn|caritas|asociaci|entidad|voluntar|acompañ|volunteer|charity|chaplain|trade union|accompan/,
  discrimination: /diskrimin|discrimin|rassis|razzis|racis|ungerecht|injust|herablassend|umiliant|desprecio/,
  good_practices: /geholfen|hilfreich|bewährt|aiutat|(?<!in)util[ei]|pratica migliore|buone pratiche|ayud(?:ó|ado|aron)|(?<!in)útil|funciona bien|funcionaron bien|funcionado muy bien|helped|helpful|works well|good practice/,
  training_needs: /fortbild|weiterbild|schulung|(?<!in)formazion|\bcors[oi]\b|aggiornament|(?<!in)formación|\bcurso|capacitaci|training|\btrain\b|(?<!of )course/,
};

/** The interviewer's own turns ("I: …") are questions, not material: they are not coded. */
function isParticipantTurn(line: string): boolean {
  return /^[\p{L}\p{N}_-]+:\s/u.test(line) && !/^(I|INT|E|Int):\s/.test(line);
}

async function userIdOf(db: Database, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: user.id }).from(user).where(eq(user.email, email));
  return row?.id;
}

/** The spoken part of a turn, without the speaker's code ("TCN-03: …" → "…"), in lower case. */
function spokenPart(line: string): string {
  return line.replace(/^[\p{L}\p{N}_-]+:\s*/u, "").toLowerCase();
}

/**
 * Codes the given demo interviews (those the seed has just added: a transcript coded on an earlier
 * start, or one a user added, is never touched), in one insert. `doubleCoded` is the territory's
 * first demo interview when it is among them: the coordinator codes it too, and their agreement
 * check on it is closed.
 */
export async function seedDemoCodings(
  db: Database,
  args: { territoryId: string; interviewIds: string[]; doubleCoded: string | undefined; coderEmail: string; secondCoderEmail: string },
): Promise<void> {
  const { territoryId } = args;
  if (!args.interviewIds.length) return;
  const [coder, secondCoder] = [await userIdOf(db, args.coderEmail), await userIdOf(db, args.secondCoderEmail)];
  if (!coder || !secondCoder) return;
  const themes = await db.select({ id: theme.id, key: theme.defaultKey }).from(theme).where(eq(theme.territoryId, territoryId));
  const themeOf = new Map(themes.filter((t) => t.key).map((t) => [t.key!, t.id]));
  const transcripts = await db
    .select({ id: transcript.id, interviewId: transcript.interviewId, text: transcript.text })
    .from(transcript)
    .innerJoin(interview, eq(interview.id, transcript.interviewId))
    .where(and(eq(interview.territoryId, territoryId), inArray(interview.id, args.interviewIds)))
    .orderBy(asc(interview.conductedOn));
  const rows: (typeof coding.$inferInsert)[] = [];
  for (const t of transcripts) {
    const paragraphs = paragraphsOf(t.text);
    for (const p of paragraphs) {
      const line = t.text.slice(p.start, p.end);
      if (!isParticipantTurn(line)) continue;
      const spoken = spokenPart(line);
      for (const [key, pattern] of Object.entries(KEYWORDS)) {
        const themeId = themeOf.get(key);
        if (!themeId || !pattern.test(spoken)) continue;
        const span = paragraphSpan(paragraphs, p.start, p.end);
        const base = { territoryId, interviewId: t.interviewId, transcriptId: t.id, themeId, start: p.start, end: p.end, paragraphFirst: span.first, paragraphLast: span.last, quote: line };
        rows.push({ ...base, coderUserId: coder });
        // The second coder, on the first interview only, leaves out workload: a disagreement to show.
        if (t.interviewId === args.doubleCoded && key !== "workload") rows.push({ ...base, coderUserId: secondCoder });
      }
    }
  }
  if (rows.length) await db.insert(coding).values(rows);
  if (args.doubleCoded && transcripts.some((t) => t.interviewId === args.doubleCoded)) {
    const [open] = await db.select({ id: agreementCheck.id }).from(agreementCheck).where(eq(agreementCheck.interviewId, args.doubleCoded));
    if (!open) {
      await db.insert(agreementCheck).values({
        territoryId,
        interviewId: args.doubleCoded,
        coderAUserId: coder,
        coderBUserId: secondCoder,
        status: "closed",
        createdByUserId: secondCoder,
        closedAt: new Date(),
      });
    }
  }
}

// Pseudonymisation of a transcript, as pure functions: which words to replace (proposals a person
// then confirms one by one) and the replacement itself. Matching is by whole words, case-sensitive
// (a participant called "Said" must not turn "she said" into "she TCN-07"), never inside speaker
// labels ("TCN-07:"), pseudonyms or placeholders ("[PLACE-2]"). The guesses are deliberately
// cautious in German, where every noun is capitalised: a person reviews every proposal anyway.
import type { ReplacementKind } from "~/db/enums";
import { findIdentifiers, type IdentifierReason } from "./identifiers";

export { CERTAIN_REASONS } from "./identifiers";
export type ProposalReason = "participant" | "known" | IdentifierReason | "locative" | "capitalised" | "acronym";
export const PROPOSAL_REASONS: readonly ProposalReason[] = [
  "participant", "known", "email", "phone", "address", "selfIntroduction", "title", "relation", "locative", "capitalised", "acronym",
];
export type Proposal = { original: string; replacement: string; kind: ReplacementKind; occurrences: number; reason: ProposalReason };
export type KnownReplacement = { original: string; replacement: string; kind: ReplacementKind };
export type ProposalContext = {
  participants: { pseudonym: string; realName: string | null }[];
  knownReplacements: KnownReplacement[];
  /** ISO 639-1 code of the interview. */
  language: string;
};

/** Characters that continue a word: a match must not start or end next to one. */
const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";
/** A word of letters, with inner hyphens ("Jean-Pierre", "Baden-Württemberg"). */
const TOKEN = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

// ---------------------------------------------------------------------------------------------
// Matching whole words outside protected spans.

type Range = { start: number; end: number };

/** Speaker labels at line starts, [placeholders], pseudonym-shaped codes and the given pseudonyms. */
function protectedRanges(text: string, pseudonyms: string[] = []): Range[] {
  const patterns = [
    /^[ \t]*[\p{L}\p{N}][\p{L}\p{N}_-]{0,29}(?=:)/gmu,
    /\[[^[\]\n]{1,60}\]/gu,
    // Pseudonym-shaped codes start with a letter ("TCN-07"); "069-1234567" is a phone number.
    /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*(?:[-_][\p{Lu}\p{N}]+)*[-_]\p{N}+(?![\p{L}\p{N}])/gu,
    ...pseudonyms.filter(Boolean).map((p) => new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(p)}(?!${WORD_CHAR})`, "gu")),
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

function overlaps(ranges: Range[], start: number, end: number): boolean {
  return ranges.some((r) => r.start < end && start < r.end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The form an original is compared in: NFC, trimmed, inner runs of spaces as one space. */
export function canonicalOriginal(original: string): string {
  return original.normalize("NFC").trim().replace(/[ \t\u00A0]+/g, " ");
}

type Match = { start: number; end: number; original: string };

/**
 * Every whole-word occurrence of the originals, left to right, the longest original first where
 * several start at the same place ("Amira Haddad" before "Amira"); none inside a protected span.
 */
export function findOccurrences(text: string, originals: string[], pseudonyms: string[] = []): Match[] {
  const keys = [...new Set(originals.map(canonicalOriginal).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return [];
  const alternatives = keys.map((k) => k.split(" ").map(escapeRegExp).join("[ \\t\\u00A0]+")).join("|");
  // A hyphen joins words: "Haddad" is not a whole word inside "Haddad-Weber".
  const pattern = new RegExp(`(?<!${WORD_CHAR}|[\\p{L}\\p{N}]-)(?:${alternatives})(?!${WORD_CHAR}|-[\\p{L}\\p{N}])`, "gu");
  const guarded = protectedRanges(text, pseudonyms);
  const matches: Match[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!overlaps(guarded, start, end)) matches.push({ start, end, original: canonicalOriginal(m[0]) });
  }
  return matches;
}

/** How often each original occurs once the longer ones have taken their words. */
export function countOccurrences(text: string, originals: string[], pseudonyms: string[] = []): Map<string, number> {
  const counts = new Map<string, number>(originals.map((o) => [canonicalOriginal(o), 0]));
  for (const m of findOccurrences(text, originals, pseudonyms)) counts.set(m.original, (counts.get(m.original) ?? 0) + 1);
  return counts;
}

/**
 * The text with every accepted original replaced, in one pass (a replacement is never replaced
 * again), longest originals first, whole words only; the result is NFC like every stored text.
 */
export function applyReplacements(text: string, accepted: { original: string; replacement: string }[], pseudonyms: string[] = []): string {
  const byOriginal = new Map(accepted.map((a) => [canonicalOriginal(a.original), a.replacement.normalize("NFC")]));
  let result = "";
  let last = 0;
  for (const m of findOccurrences(text, [...byOriginal.keys()], pseudonyms)) {
    result += text.slice(last, m.start) + (byOriginal.get(m.original) ?? text.slice(m.start, m.end));
    last = m.end;
  }
  return (result + text.slice(last)).normalize("NFC");
}

/** A short excerpt around the first occurrence of the original, for the reviewer; "" if none. */
export function excerptAround(text: string, original: string, pseudonyms: string[] = [], width = 40): string {
  const [m] = findOccurrences(text, [original], pseudonyms);
  if (!m) return "";
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  const lineEnd = text.indexOf("\n", m.end) === -1 ? text.length : text.indexOf("\n", m.end);
  // Cut at spaces, so the excerpt shows whole words.
  let from = Math.max(lineStart, m.start - width);
  let to = Math.min(lineEnd, m.end + width);
  if (from > lineStart && /\S/.test(text[from - 1])) from = Math.min(m.start, text.indexOf(" ", from) + 1 || m.start);
  if (to < lineEnd && /\S/.test(text[to])) to = Math.max(m.end, text.lastIndexOf(" ", to));
  return `${from > lineStart ? "…" : ""}${text.slice(from, to).trim()}${to < lineEnd ? "…" : ""}`;
}

// ---------------------------------------------------------------------------------------------
// Word lists. Short on purpose: they steer the guesses, the reviewer decides.

/** Forms of address; the capitalised words after one are proposed as a person. */
const TITLE_BEFORE =
  /(?<![\p{L}])(?:Herrn?|Frau|Fräulein|Dr\.?|Dra\.|Prof\.?|Sig\.(?:ra|na)?|Signor|Signora|Signorina|Dott\.(?:ssa)?|Avv\.|Sr\.|Sra\.|Srta\.|Don|Doña|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?)[ \t\u00A0]+$/iu;
const TITLE_WORDS = new Set(
  ["herr", "herrn", "frau", "fräulein", "dr", "dra", "prof", "sig", "signor", "signora", "signorina", "dott", "avv", "sr", "sra", "srta", "don", "doña", "mr", "mrs", "ms", "miss", "mx"],
);

/** Locative prepositions; a name right after one is proposed as a place. */
const LOCATIVES: Record<string, string[]> = {
  de: ["in", "aus", "nach", "von"],
  it: ["a", "da", "di", "in"],
  es: ["en", "de", "desde"],
  en: ["in", "from", "to"],
};

/** Capitalised words that are not names: articles, formal pronouns, common nouns after a preposition. */
const NOT_NAMES: Record<string, string[]> = {
  de: [
    "Sie", "Ihnen", "Ihr", "Ihre", "Ihrer", "Ihrem", "Ihren", "Ihres", "Der", "Die", "Das", "Ein", "Eine",
    "Zukunft", "Hause", "Anfang", "Angst", "Ordnung", "Ruhe", "Zeit", "Kontakt", "Bezug", "Form", "Person", "Personen",
    "Deutsch", "Englisch", "Arabisch", "Französisch", "Türkisch", "Teilzeit", "Vollzeit", "Absprache", "Erfahrung",
    "Sicht", "Seiten", "Termin", "Terminen", "Arbeit", "Schule", "Hand", "Fall", "Frage", "Ende", "Beginn", "Wartezeit",
  ],
  it: ["Il", "Lo", "La", "Le", "Gli", "Un", "Una", "Uno", "Lei", "Suo", "Sua", "Comune", "Stato"],
  es: ["El", "La", "Los", "Las", "Un", "Una", "Usted", "Ustedes"],
  en: [
    "The", "An", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "English",
  ],
};
const NOT_ACRONYMS = new Set(["OK", "TV", "PC", "PDF", "ID", "CV", "SMS", "WC", "EU", "UE"]);
/** Lowercase particles of names ("de la Cruz", "van Dijk") are never replaced on their own. */
const NAME_PARTICLES = new Set(["de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "el", "bin", "ben", "al", "ibn", "dos", "das", "do", "du", "y", "e"]);

/** Words that make a run of capitalised words an organisation rather than a person. */
const ORGANISATION_WORDS = new Set(
  ["caritas", "croce", "rossa", "cruz", "roja", "red", "cross", "centro", "centre", "center", "asociación", "associazione", "verein", "amt", "agenzia",
   "agencia", "cooperativa", "fundación", "fondazione", "stiftung", "council", "office", "service", "servizio", "servicio", "servicios", "ministry",
   "ministerio", "ministero", "university", "università", "universidad", "hospital", "ospedale", "bank", "banco", "banca", "school", "scuola",
   "colegio", "instituto", "istituto", "ayuntamiento", "comune", "questura", "prefettura", "jobcenter", "ngo", "ong", "diakonie"],
);

/** An article, determiner or adjective ending before a German word: it is then a noun, not a name. */
const GERMAN_DETERMINER = /(?<![\p{L}])(?:der|die|das|dem|den|des|ein|eine|einen|einem|einer|eines|kein\p{L}*|mein\p{L}*|dein\p{L}*|sein\p{L}*|ihr\p{L}*|unser\p{L}*|euer\p{L}*|diese\p{L}*|jede\p{L}*|alle\p{L}*|viele\p{L}*|zwei|drei|vier|fünf|beim|im|am|vom|zum|zur|ins|neue[nmrs]?|alte[nmrs]?|große[nmrs]?|kleine[nmrs]?|deutsche[nmrs]?|andere[nmrs]?|gute[nmrs]?|öffentliche[nmrs]?|soziale[nmrs]?)[ \t\u00A0]+$/iu;
/** Endings of German nouns (and of plural nouns) that names rarely have. */
const GERMAN_NOUN_SHAPE = /(?:ung|heit|keit|schaft|tion|sion|tät|nis|ismus|ment|ium|en|ern|chen|lein|ler|ner|ter|ger|sse|ten|ren|ik|ur|tag)$/u;

/** Languages in which a capitalised word inside a sentence is usually a name (not German). */
const NAMES_STAND_OUT = new Set(["it", "es", "en"]);

// ---------------------------------------------------------------------------------------------
// Guessing names in the text.

type Guess = { original: string; kind: ReplacementKind; reason: ProposalReason };
type Token = { text: string; start: number; end: number };

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}\p{M}]{2,6}$/u.test(word) && !NOT_ACRONYMS.has(word);
}

/** Whether the token opens a sentence or a speaker turn (only spaces, quotes or brackets before it). */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[ \t\u00A0"'«»“”„‘’(¿¡–—-]/u.test(text[i])) i--;
  return i < 0 || /[\n.!?…:]/u.test(text[i]);
}

function guessNames(text: string, language: string, guarded: Range[]): Guess[] {
  const locatives = LOCATIVES[language] ?? Object.values(LOCATIVES).flat();
  const notNames = new Set(NOT_NAMES[language] ?? Object.values(NOT_NAMES).flat());
  const locativeBefore = new RegExp(`(?<![\\p{L}])(?:${[...new Set(locatives)].join("|")})[ \\t\\u00A0]+$`, "iu");
  const liberal = NAMES_STAND_OUT.has(language);
  const tokens: Token[] = [...text.matchAll(TOKEN)]
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((t) => !overlaps(guarded, t.start, t.end));
  const joinable = (t: Token) =>
    t.text.length >= 2 && isCapitalised(t.text) && /\p{Ll}/u.test(t.text) && !TITLE_WORDS.has(t.text.toLowerCase()) && !notNames.has(t.text) && !locatives.includes(t.text.toLowerCase());

  const guesses: Guess[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const before = text.slice(Math.max(0, first.start - 30), first.start);
    if (isAcronym(first.text)) {
      guesses.push({ original: first.text, kind: "organisation", reason: "acronym" });
      continue;
    }
    if (!joinable(first)) continue;
    // A run of capitalised words separated by single spaces is one name ("Maria Rossi").
    const run = [first];
    const maxWords = liberal ? 4 : 2;
    while (run.length < maxWords && i + run.length < tokens.length) {
      const next = tokens[i + run.length];
      if (!/^[ \u00A0]$/u.test(text.slice(run[run.length - 1].end, next.start)) || !joinable(next)) break;
      run.push(next);
    }
    const original = text.slice(first.start, run[run.length - 1].end);
    if (TITLE_BEFORE.test(before)) guesses.push({ original, kind: "person", reason: "title" });
    else if (locativeBefore.test(before)) guesses.push({ original, kind: "place", reason: "locative" });
    // At the start of a sentence any word is capitalised: only the words after it may be a name.
    // Two or more capitalised words inside a sentence are a person's name ("María López"), unless
    // a word says it is an organisation ("Cruz Roja", "Croce Rossa").
    else if (liberal && !opensSentence(text, first.start))
      guesses.push({ original, kind: run.length === 1 ? "other" : run.some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase())) ? "organisation" : "person", reason: "capitalised" });
    // In German every noun is capitalised, but two capitalised words in a row, without an article
    // before them and neither shaped like a noun, are most likely a first name and a surname.
    else if (!liberal && run.length === 2 && !opensSentence(text, first.start) && !GERMAN_DETERMINER.test(before) && run.every((t) => !GERMAN_NOUN_SHAPE.test(t.text)))
      guesses.push({ original, kind: run.some((t) => ORGANISATION_WORDS.has(t.text.toLowerCase())) ? "organisation" : "person", reason: "capitalised" });
    else continue;
    i += run.length - 1;
  }
  return guesses;
}

// ---------------------------------------------------------------------------------------------
// Proposals.

const PLACEHOLDER_PREFIX: Record<ReplacementKind, string> = {
  participant_name: "PARTICIPANT",
  person: "PERSON",
  place: "PLACE",
  address: "ADDRESS",
  email: "EMAIL",
  phone: "PHONE",
  organisation: "ORGANISATION",
  other: "OTHER",
};

/** The highest number of each placeholder prefix already used ("[PLACE-4]" → PLACE: 4). */
function highestPlaceholderNumbers(known: KnownReplacement[]): Map<string, number> {
  const highest = new Map<string, number>();
  for (const k of known) {
    const m = /^\[([A-Z]+)-(\d{1,6})\]$/.exec(k.replacement.trim());
    if (m) highest.set(m[1], Math.max(highest.get(m[1]) ?? 0, Number(m[2])));
  }
  return highest;
}

/** The parts of a real name worth replacing alone: capitalised, 2+ letters, not a particle. */
function nameForms(realName: string): string[] {
  // "(invented)" and other remarks in brackets are not part of the name.
  const name = canonicalOriginal(realName.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
  const parts = (name.match(TOKEN) ?? []).filter((p) => p.length >= 2 && isCapitalised(p) && !NAME_PARTICLES.has(p.toLowerCase()));
  return [...new Set([name, ...parts])].filter((f) => /\p{L}{2}/u.test(f));
}

type Candidate = Omit<Proposal, "occurrences" | "replacement"> & { replacement: string | null };

/**
 * What to replace in the text, each original once: the participants' real names (full name and
 * parts) by their pseudonyms; originals already in the territory's log by their logged
 * replacement; then guessed names by new placeholders numbered after the log's highest. Only
 * originals that occur are proposed, with their number of occurrences; participant names and
 * known originals first, then guesses in the order they appear.
 */
export function proposeReplacements(text: string, context: ProposalContext): Proposal[] {
  const pseudonyms = context.participants.map((p) => p.pseudonym);
  const candidates = new Map<string, Candidate>();
  const add = (c: Candidate) => {
    const key = canonicalOriginal(c.original);
    if (key && !candidates.has(key)) candidates.set(key, { ...c, original: key });
  };
  for (const p of context.participants) {
    if (!p.realName) continue;
    for (const form of nameForms(p.realName)) add({ original: form, replacement: p.pseudonym, kind: "participant_name", reason: "participant" });
  }
  const knownByLower = new Map<string, KnownReplacement>();
  for (const k of context.knownReplacements) {
    add({ ...k, reason: "known" });
    if (!knownByLower.has(canonicalOriginal(k.original).toLowerCase())) knownByLower.set(canonicalOriginal(k.original).toLowerCase(), k);
  }
  const guarded = protectedRanges(text, pseudonyms);
  const identifiers = findIdentifiers(text).filter((f) => !overlaps(guarded, f.start, f.end));
  // Capitalised words inside an address, an e-mail address or a name found by its context are not guessed again.
  const guessed = guessNames(text, context.language, [...guarded, ...identifiers]);
  for (const g of [...identifiers, ...guessed]) {
    const known = knownByLower.get(g.original.toLowerCase());
    add(known ? { original: g.original, replacement: known.replacement, kind: known.kind, reason: "known" } : { ...g, replacement: null });
  }

  const counts = countOccurrences(text, [...candidates.keys()], pseudonyms);
  const firstSeen = new Map<string, number>();
  for (const m of findOccurrences(text, [...candidates.keys()], pseudonyms)) if (!firstSeen.has(m.original)) firstSeen.set(m.original, m.start);
  const found = [...candidates.values()].filter((c) => (counts.get(c.original) ?? 0) > 0);
  const rank = (c: Candidate) => (c.reason === "participant" ? 0 : c.reason === "known" ? 1 : 2);
  found.sort((a, b) => rank(a) - rank(b) || (firstSeen.get(a.original) ?? 0) - (firstSeen.get(b.original) ?? 0));

  // New placeholders only for the guesses that survived, so the numbering has no gaps.
  const next = highestPlaceholderNumbers(context.knownReplacements);
  return found.map((c) => {
    let replacement = c.replacement;
    if (replacement === null) {
      const prefix = PLACEHOLDER_PREFIX[c.kind];
      const n = (next.get(prefix) ?? 0) + 1;
      next.set(prefix, n);
      replacement = `[${prefix}-${n}]`;
    }
    return { original: c.original, replacement, kind: c.kind, occurrences: counts.get(c.original) ?? 0, reason: c.reason };
  });
}

/** Whether the replacement still names one of the given real names (any part, whole word, any case). */
export function containsRealName(replacement: string, realNames: string[]): boolean {
  const forms = realNames.flatMap(nameForms);
  if (forms.length === 0) return false;
  const lower = replacement.toLowerCase();
  return forms.some((f) => new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(f.toLowerCase())}(?!${WORD_CHAR})`, "u").test(lower));
}

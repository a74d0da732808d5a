// What identifies a person most, found by its shape rather than by capital letters: e-mail
// addresses, phone numbers (national and international forms of Germany, Italy, Spain and the
// United Kingdom), street addresses with a house number (in the four countries' forms), names a
// speaker gives herself ("Ich heiße …", "mi chiamo …", "me llamo …", "my name is …") and names
// after a form of address or a word of kinship or acquaintance ("Herr …", "mia sorella …",
// "mi vecino …", "my sister …"). Pure functions; pseudonymise.ts turns the finds into proposals.
import type { ReplacementKind } from "~/db/enums";

export type IdentifierReason = "email" | "phone" | "address" | "selfIntroduction" | "title" | "relation";
export type Identifier = { start: number; end: number; original: string; kind: ReplacementKind; reason: IdentifierReason };

// ---------------------------------------------------------------------------------------------
// Names: one to four capitalised words, joined by name particles ("María de la Cruz", "van Dijk"),
// with inner hyphens and apostrophes ("Jean-Luc", "O'Connor", "D'Amico", "N'Diaye").

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+)*(?:-\p{Lu}[\p{Ll}\p{M}]+)*`;
/** Particles inside a name ("Pedro de la Cruz", "van Dijk"); not the ones that are also prepositions of place ("Okonkwo von der Caritas", "Bianchi di Ravenna"). */
const PARTICLE = String.raw`(?:de la|de los|de las|van|van der|van den|ter|ten|bin|ben|ibn|al|el|dos|du)`;
/** Particles inside a street's name ("Via della Repubblica", "Calle de Alfonso XII"). */
const STREET_PARTICLE = String.raw`(?:de|da|di|del|della|dei|degli|delle|de la|de los|de las|van|von|von der)`;
/** A name of one to four words; particles only between words ("Pedro de la Cruz", "Ruiz y García"). */
const NAME = String.raw`${NAME_WORD}(?:[ \u00A0](?:${PARTICLE}[ \u00A0])?${NAME_WORD}){0,3}`;
const GAP = String.raw`[ \t\u00A0]+`;

/** Capitalised words that follow these phrases but are not names. */
const NOT_A_NAME = new Set(
  [
    // pronouns, articles, polite forms, words that start a clause
    "Sie", "Ihnen", "Ihr", "Ihre", "Der", "Die", "Das", "Ein", "Eine", "Lei", "Usted", "Il", "La", "Lo", "El", "The", "A", "I",
    // nationalities, religions and conditions written with a capital in English (and German nouns of that kind)
    "Syrian", "Afghan", "Eritrean", "Nigerian", "Ukrainian", "Turkish", "Moroccan", "Senegalese", "Pakistani", "Iraqi", "Iranian",
    "Somali", "Sudanese", "Muslim", "Christian", "Catholic", "British", "English", "Italian", "Spanish", "German", "African", "Arab",
    "Kurdish", "Albanian", "Indian", "Bangladeshi", "Chinese", "Ghanaian", "Gambian", "Malian", "Tunisian", "Egyptian", "Venezuelan",
    "Colombian", "Peruvian", "Ecuadorian", "Bolivian", "Here", "Sorry", "Fine", "Okay", "Ok", "Not", "So", "Just", "Still", "Very",
    "Ausländer", "Ausländerin", "Deutsche", "Deutscher", "Mutter", "Vater", "Lehrer", "Lehrerin", "Flüchtling",
  ].map((w) => w.toLowerCase()),
);
/** German nouns end like this; a single word after "ich bin" that does is a noun, not a name. */
const GERMAN_NOUN_ENDING = /(?:in|er|ung|heit|keit|schaft|ion|ling|ist|ent|ant|eur|ee|tät|ur|ik)$/u;

// Self-introductions: the phrase, then the name. "strict" phrases say it is a name; the others
// ("I'm", "soy", "sono", "ich bin") may be followed by an adjective or a noun.
const SELF_STRICT = [
  "ich heiße", "ich heisse", "mein name ist", "mein name lautet", "mein vorname ist", "mein nachname ist", "man nennt mich", "alle nennen mich",
  "mi chiamo", "il mio nome è", "il mio nome e'", "mi chiamano", "il mio cognome è",
  "me llamo", "mi nombre es", "mi apellido es", "me llaman", "me dicen",
  "my name is", "my name's", "call me", "i'm called", "i am called", "they call me", "people call me", "my surname is", "my first name is",
  "mein name:", "name:", "il mio nome:", "nome:", "mi nombre:", "nombre:", "my name:",
];
/** Phrases that give someone else's name ("meine Tochter heißt …", "se llama …"); "das heißt" means "that is". */
const NAMING = [
  "(?<!(?:das|es|was|dies) )heißt", "(?<!(?:das|es|was|dies) )heisst", "hieß", "namens", "mit namen",
  "si chiama", "si chiamava", "di nome", "chiamato", "chiamata",
  "se llama", "se llamaba", "de nombre", "llamado", "llamada",
  "is called", "was called", "her name is", "his name is", "their name is", "named",
];
/** Small words a speaker may put between the phrase and her name ("ich heiße übrigens …"). */
const FILLERS = "(?:übrigens|eigentlich|also|ja|nun|die|der|comunque|quindi|pues|bueno|entonces|la|el|actually|just|by the way)";
const SELF_LOOSE = ["i'm", "i’m", "i am", "soy", "sono", "ich bin", "hier spricht"];

/** Forms of address written with a capital (German, English): matched as written. */
const TITLES_CAPITAL = ["Herrn?", "Frau", "Fräulein", "Dr\\.?", "Doktor", "Prof\\.?", "Professor(?:in)?", "Mr\\.?", "Mrs\\.?", "Ms\\.?", "Miss", "Mx\\.?", "Sir"];
/** Forms of address often written in lower case inside a sentence (Italian, Spanish). */
const TITLES_ANY_CASE = [
  "sig\\.(?:ra|na)?", "signor", "signora", "signorina", "sig\\.ra", "dott\\.(?:ssa)?", "dottor", "dottore", "dottoressa", "avv\\.", "avvocato", "avvocata",
  "sr\\.", "sra\\.", "srta\\.", "señor", "señora", "señorita", "doña", "don", "dra\\.", "doctor", "doctora", "licenciado", "licenciada", "professore", "professoressa", "profesor", "profesora",
];
/** Words that are forms of address themselves, never the name after one. */
const TITLE_WORDS = new Set(["herr", "herrn", "frau", "fräulein", "dr", "doktor", "prof", "professor", "professorin", "mr", "mrs", "ms", "miss", "mx", "sir", "dott", "sig", "sr", "sra", "srta", "dra", "don", "doña", "signor", "signora", "señor", "señora"]);
/** Words of kinship and acquaintance; a capitalised name right after one ("meine Schwester Amina") is a person. */
const RELATIONS = [
  // de (after mein/meine/meinem/meinen/meiner/unser…/sein…/ihr…/dein…)
  "bruder", "schwester", "mann", "ehemann", "ehefrau", "frau", "sohn", "tochter", "vater", "mutter", "onkel", "tante", "cousin", "cousine",
  "neffe", "nichte", "freund", "freundin", "nachbar", "nachbarin", "kollege", "kollegin", "chef", "chefin", "enkel", "enkelin",
  "schwager", "schwägerin", "oma", "opa", "partner", "partnerin", "verlobte", "verlobter", "betreuerin", "betreuer",
  // it (after mio/mia/il mio/la mia/suo/sua/nostro/nostra)
  "fratello", "sorella", "marito", "moglie", "figlio", "figlia", "padre", "madre", "zio", "zia", "cugino", "cugina", "nipote", "amico",
  "amica", "vicino", "vicina", "collega", "nonno", "nonna", "cognato", "cognata", "compagno", "compagna", "fidanzato", "fidanzata", "capo",
  // es (after mi/su/nuestro/nuestra)
  "hermano", "hermana", "esposo", "esposa", "mujer", "hijo", "hija", "tío", "tía", "primo", "prima", "sobrino", "sobrina",
  "amigo", "vecino", "vecina", "compañero", "compañera", "abuelo", "abuela", "cuñado", "cuñada", "jefe", "jefa", "novio", "novia", "pareja",
  // en (after my/his/her/our/their)
  "brother", "sister", "husband", "wife", "son", "daughter", "father", "mother", "uncle", "aunt", "cousin", "nephew", "niece", "friend",
  "neighbour", "neighbor", "colleague", "boss", "grandmother", "grandfather", "grandma", "grandpa", "boyfriend", "girlfriend", "mum", "mom", "dad",
];
/** Words of age or size between a possessive and the relation ("meine ältere Schwester", "my little brother"), or after it ("mia sorella maggiore"). */
const RELATION_BEFORE = "älter(?:e|er|en)|jünger(?:e|er|en)|groß(?:e|er|en)|klein(?:e|er|en)|best(?:e|er|en)|older|younger|little|big|eldest|oldest|youngest|best|ex|fratellastro|sorellastra";
const RELATION_AFTER = "maggiore|minore|piccolo|piccola|grande|mayor|menor|pequeño|pequeña|pequeno|mayores";
const POSSESSIVES = [
  "mein", "meine", "meinem", "meinen", "meiner", "unser", "unsere", "unserem", "unseren", "unserer", "sein", "seine", "seinem", "seinen",
  "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "dein", "deine", "deinem", "deinen", "deiner",
  "mio", "mia", "il mio", "la mia", "suo", "sua", "il suo", "la sua", "nostro", "nostra", "mi", "su", "nuestro", "nuestra", "tu",
  "my", "his", "her", "our", "their", "your",
];

const alternation = (words: string[]) => words.join("|");
/** A pattern that matches its letters in either case, while the name after it must still be capitalised. */
const caseless = (pattern: string) =>
  [...pattern].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join("");

// ---------------------------------------------------------------------------------------------
// Addresses with a house number.

const HOUSE_NUMBER = String.raw`\d{1,4}(?:[a-zA-Z]|[ ][A-H]|[ ][b-dfgh])?(?![\p{L}])(?:[-/](?:\d{1,4}[a-zA-Z]?|[A-Za-z])(?![\p{L}]))?`;
const DE_SUFFIX = "straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|steig|markt|berg|graben";
const DE_WORD = "Straße|Strasse|Str\\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Pfad|Steig|Markt";
/** Either case of the first letter: "Via" and "via", "Calle" and "calle". */
const anyFirstCase = (words: string) =>
  words
    .split("|")
    .map((w) => (/^\p{L}/u.test(w) ? `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1)}` : w))
    .join("|");
const IT_TYPE = anyFirstCase("via|viale|piazza|piazzale|piazzetta|corso|largo|vicolo|strada|contrada|borgo|lungomare|lungarno|salita|località|loc\\.|v\\.le|p\\.za|p\\.zza");
const ES_TYPE = anyFirstCase("calle|c/|c\\.|avenida|avda\\.|av\\.|plaza|pza\\.|pl\\.|paseo|pº|camino|carretera|ctra\\.|ronda|travesía|glorieta|callejón|pasaje|rambla|urbanización|urb\\.");
const EN_TYPE = "Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Close|Way|Court|Ct\\.?|Place|Pl\\.?|Square|Sq\\.?|Crescent|Terrace|Gardens|Grove|Row|Mews|Walk|Hill|Parade";
/** A word of a street's name in Italian or Spanish: capitalised, a Roman numeral, a number ("XX Settembre", "2 de Mayo") or a particle. */
const STREET_NAME = String.raw`(?:(?:${STREET_PARTICLE}|dell'|d'|sant'|san|santa)[ ]?)?(?:${NAME_WORD}|[IVXLC]{1,5}|\d{1,2})(?:[ ](?:(?:${STREET_PARTICLE}|dell'|d'|sant')[ ]?)?(?:${NAME_WORD}|[IVXLC]{1,5}))*`;
const NUMBER_WORD = String.raw`(?:,?[ ](?:n\.?º?|nº|n°|núm\.|num\.|número|numero|nr\.|no\.)?[ ]?)`;

const ADDRESS_PATTERNS: RegExp[] = [
  // Bahnhofstraße 12, Hauptstr. 5a, Frankfurter Straße 12-14, Am Markt 3, An der Kirche 5
  new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?:${DE_SUFFIX})[ ]?${HOUSE_NUMBER}(?![\p{N}])`, "gu"),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}-]*(?:er|sche[nr]?)[ ])(?:${DE_WORD})[ ]?${HOUSE_NUMBER}(?![\p{N}])`, "gu"),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Zum|Zur|Unter den|Hinter der|Alte[rn]?)(?:[ ]\p{Lu}[\p{L}-]+){1,2}[ ]${HOUSE_NUMBER}(?![\p{N}])`, "gu"),
  // Via Roma 10, Via Roma, 10, Piazza Garibaldi 3, Corso Vittorio Emanuele II 21, Via XX Settembre 4/B
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${IT_TYPE})[ ]${STREET_NAME}${NUMBER_WORD}${HOUSE_NUMBER}(?![\p{N}])`, "gu"),
  // Calle Mayor 7, C/ Real 15, Avenida de la Constitución, 22, Plaza de España nº 3
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ES_TYPE})[ ]?${STREET_NAME}${NUMBER_WORD}${HOUSE_NUMBER}(?![\p{N}])`, "gu"),
  // 12 High Street, 221B Baker Street, 5 St John's Road
  new RegExp(String.raw`(?<![\p{L}\p{N}])\d{1,4}[A-Za-z]?,?[ ](?:${NAME_WORD}[ ]){1,3}(?:${EN_TYPE})(?![\p{L}])`, "gu"),
];

// ---------------------------------------------------------------------------------------------
// E-mail addresses and phone numbers.

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Digits with the separators phone numbers are written with; checked one by one below. */
const PHONE_CANDIDATE = /(?<![\p{L}\p{N}+/.,-])(?:\+|00)?\(?\+?\d[\d \u00A0()./-]{4,22}\d(?![\p{N}])/gu;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^\d{4}\s*[-/–]\s*\d{2,4}$/;

function isPhoneNumber(raw: string): boolean {
  const candidate = raw.trim();
  const digits = candidate.replace(/\D/g, "");
  if (digits.length < 6 || digits.length > 15) return false;
  if (DATE_LIKE.test(candidate)) return false;
  // Spanish mobiles in groups of three ("650 123 456") before amounts written the same way.
  if (/^[67]\d{2}(?:[ \u00A0]\d{3}){2}$/.test(candidate)) return true;
  // Thousands written with dots or spaces ("97.000", "1 200 000") are amounts, not numbers to dial.
  if (/^\d{1,3}(?:[.\u00A0 ]\d{3})+$/.test(candidate) && !/^0/.test(candidate)) return false;
  if (/^(?:\+|00)/.test(candidate)) return digits.length >= 8;
  if (/^\(?0/.test(candidate)) return digits.length >= 8 && !/^0\d?[./]\d/.test(candidate);
  // Spanish numbers have nine digits and no trunk 0 (612 34 56 78, 91 123 45 67);
  // Italian mobiles ten digits starting with 3 (333 1234567).
  if (/^[6789]/.test(digits) && digits.length === 9) return /[ \u00A0.-]/.test(candidate) || digits.startsWith("6") || digits.startsWith("7");
  if (/^3/.test(digits) && digits.length === 10) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------

function collect(text: string, pattern: RegExp, make: (m: RegExpMatchArray) => Identifier | null): Identifier[] {
  const found: Identifier[] = [];
  for (const m of text.matchAll(pattern)) {
    const id = make(m);
    if (id) found.push(id);
  }
  return found;
}

/** Trims a name read after a phrase: drops trailing words that are clearly not part of it. */
function trimName(name: string): string | null {
  const words = name.split(/[ \u00A0]+/);
  while (words.length && NOT_A_NAME.has(words[words.length - 1].toLowerCase())) words.pop();
  if (!words.length || NOT_A_NAME.has(words[0].toLowerCase()) || TITLE_WORDS.has(words[0].toLowerCase())) return null;
  return words.join(" ");
}

/** Names after a phrase (self-introduction, title, relation): the capitalised words right after it. */
function namesAfter(text: string, phrases: string, reason: IdentifierReason, options: { caseSensitive?: boolean; loose?: boolean } = {}): Identifier[] {
  const phrase = (options.caseSensitive ? phrases : caseless(phrases)).replace(/ /g, GAP);
  // The name is looked ahead, so that "Herr Dr. Becker" is read again from "Dr.".
  const pattern = new RegExp(String.raw`(?<![\p{L}])(?:${phrase})(?=[ \t\u00A0]*,?[ \t\u00A0]+(?:${FILLERS}[ \t\u00A0]+)?(${NAME}))`, "gu");
  return collect(text, pattern, (m) => {
    const raw = m[1];
    const name = trimName(raw);
    if (!name) return null;
    if (options.loose && !name.includes(" ") && GERMAN_NOUN_ENDING.test(name) && /ich[ \t\u00A0]+bin/iu.test(m[0])) return null;
    const start = text.indexOf(raw, (m.index ?? 0) + m[0].length);
    return { start, end: start + name.length, original: name, kind: "person", reason };
  });
}

/**
 * Every identifier found in the text, left to right; where two overlap the longer one wins
 * (an address over the name of its street, an e-mail address over the words in it).
 */
export function findIdentifiers(text: string): Identifier[] {
  const found: Identifier[] = [
    ...collect(text, EMAIL, (m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, original: m[0], kind: "email", reason: "email" })),
    ...collect(text, PHONE_CANDIDATE, (m) => {
      // Brackets that do not belong to the number ("(0171 1234567)") are not part of it.
      let raw = m[0];
      let start = m.index ?? 0;
      while (raw.endsWith(")") && (raw.match(/\(/g)?.length ?? 0) < (raw.match(/\)/g)?.length ?? 0)) raw = raw.slice(0, -1).trimEnd();
      const lead = raw.match(/^[(\s]+(?=\+)/)?.[0].length ?? 0;
      start += lead;
      raw = raw.slice(lead).trimEnd();
      return isPhoneNumber(raw) ? { start, end: start + raw.length, original: raw, kind: "phone", reason: "phone" } : null;
    }),
    ...ADDRESS_PATTERNS.flatMap((pattern) =>
      collect(text, pattern, (m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, original: m[0], kind: "address", reason: "address" })),
    ),
    ...namesAfter(text, alternation(SELF_STRICT), "selfIntroduction"),
    ...namesAfter(text, alternation(SELF_LOOSE), "selfIntroduction", { loose: true }),
    ...namesAfter(text, alternation(NAMING), "relation"),
    ...namesAfter(text, TITLES_CAPITAL.join("|"), "title", { caseSensitive: true }),
    ...namesAfter(text, TITLES_ANY_CASE.join("|"), "title"),
    ...namesAfter(text, `(?:${alternation(POSSESSIVES)}) (?:(?:${RELATION_BEFORE}) )?(?:${alternation(RELATIONS)})(?: (?:${RELATION_AFTER}))?`, "relation"),
  ];
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Identifier[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
      continue;
    }
    kept.push(f);
  }
  return kept;
}

/** Reasons whose proposals are ticked from the start: they are identifiers beyond doubt. */
export const CERTAIN_REASONS = new Set(["participant", "known", "email", "phone"]);

// Proposals and replacement on invented transcripts in the four languages. Every name below is invented.
import { describe, expect, it } from "vitest";
import { applyReplacements, containsRealName, countOccurrences, excerptAround, proposeReplacements, type KnownReplacement } from "./pseudonymise";

const none = { participants: [], knownReplacements: [] as KnownReplacement[] };
const originals = (proposals: { original: string }[]) => proposals.map((p) => p.original);
const byOriginal = <P extends { original: string }>(proposals: P[], original: string) => proposals.find((p) => p.original === original);

describe("participants' real names", () => {
  const text = [
    "I: Wie war der Termin?",
    "TCN-07: Amira Haddad, also ich, habe lange gewartet. Amira hat niemand gefragt.",
    "I: Und Frau Haddad, Ihre Analyse?",
    "TCN-07: Die Analyse war falsch.",
  ].join("\n");
  const context = { ...none, participants: [{ pseudonym: "TCN-07", realName: "Amira Haddad" }], language: "de" };

  it("proposes the full name and each part, by the pseudonym, longest first, with whole-word counts", () => {
    const proposals = proposeReplacements(text, context).filter((p) => p.reason === "participant");
    expect(proposals).toEqual([
      { original: "Amira Haddad", replacement: "TCN-07", kind: "participant_name", occurrences: 1, reason: "participant" },
      { original: "Amira", replacement: "TCN-07", kind: "participant_name", occurrences: 1, reason: "participant" },
      { original: "Haddad", replacement: "TCN-07", kind: "participant_name", occurrences: 1, reason: "participant" },
    ]);
  });

  it("does not match inside longer words: Ana is not in Analyse", () => {
    const proposals = proposeReplacements("I: Was sagt die Analyse?\nCS-01: Ana kam spät. Die Analysen auch.", {
      ...none,
      participants: [{ pseudonym: "CS-01", realName: "Ana" }],
      language: "de",
    });
    expect(proposals.filter((p) => p.reason === "participant")).toEqual([
      { original: "Ana", replacement: "CS-01", kind: "participant_name", occurrences: 1, reason: "participant" },
    ]);
  });

  it("ignores remarks in brackets and lowercase particles of a name", () => {
    const proposals = proposeReplacements("TCN-01: Valentina de la Cruz vive en Cartagena. Cruz es el apellido.", {
      ...none,
      participants: [{ pseudonym: "TCN-01", realName: "Valentina de la Cruz (inventada)" }],
      language: "es",
    });
    const participantOriginals = originals(proposals.filter((p) => p.reason === "participant"));
    expect(participantOriginals).toEqual(["Valentina de la Cruz", "Cruz"]);
    expect(participantOriginals).not.toContain("inventada");
    expect(participantOriginals).not.toContain("de");
  });

  it("leaves speaker labels and pseudonyms alone, even when a name equals a label", () => {
    const proposals = proposeReplacements("Amira: Ich bin Amira.\nTCN-07: Ja.", { ...none, participants: [{ pseudonym: "TCN-07", realName: "Amira" }], language: "de" });
    expect(byOriginal(proposals, "Amira")?.occurrences).toBe(1);
    expect(applyReplacements("Amira: Ich bin Amira.\nTCN-07: Ja.", [{ original: "Amira", replacement: "TCN-07" }])).toBe("Amira: Ich bin TCN-07.\nTCN-07: Ja.");
  });
});

describe("guesses", () => {
  it("in German, proposes a person only after a form of address and a place only after a locative preposition", () => {
    const text = [
      "I: Wie lief die Beratung bei der Behörde?",
      "TCN-03: Frau Yilmaz hat mir geholfen. Die Briefe waren nur auf Deutsch. Ich komme aus Eritrea und wohne in Offenbach.",
      "TCN-03: Herr Dr. Becker kam von Anfang an nicht, er war nach Hause gegangen. Die Ausländerbehörde und das Jobcenter schweigen.",
    ].join("\n");
    const proposals = proposeReplacements(text, { ...none, participants: [{ pseudonym: "TCN-03", realName: null }], language: "de" });
    expect(proposals.map((p) => [p.original, p.kind, p.reason])).toEqual([
      ["Yilmaz", "person", "title"],
      ["Eritrea", "place", "locative"],
      ["Offenbach", "place", "locative"],
      ["Becker", "person", "title"],
    ]);
    for (const noun of ["Beratung", "Behörde", "Briefe", "Deutsch", "Anfang", "Hause", "Ausländerbehörde", "Jobcenter", "Dr", "Herr", "Frau"]) {
      expect(originals(proposals), noun).not.toContain(noun);
    }
  });

  it("in Italian, proposes capitalised words inside a sentence, not at its start, with consistent numbered placeholders", () => {
    const text = [
      "I: Come ha saputo dei servizi?",
      "TCN-04: Tramite Caritas. La signora Bianchi mi ha presentato Lucia Ferraro a Bologna.",
      "TCN-04: Poi sono tornata a Bologna. Lucia Ferraro era gentile.",
    ].join("\n");
    const proposals = proposeReplacements(text, { ...none, participants: [{ pseudonym: "TCN-04", realName: null }], language: "it" });
    expect(proposals).toEqual([
      { original: "Caritas", replacement: "[OTHER-1]", kind: "other", occurrences: 1, reason: "capitalised" },
      { original: "Bianchi", replacement: "[PERSON-1]", kind: "person", occurrences: 1, reason: "title" },
      // Two capitalised words inside a sentence are a person's name, not "other".
      { original: "Lucia Ferraro", replacement: "[PERSON-2]", kind: "person", occurrences: 2, reason: "capitalised" },
      { original: "Bologna", replacement: "[PLACE-1]", kind: "place", occurrences: 2, reason: "locative" },
    ]);
    expect(originals(proposals)).not.toContain("Tramite");
    expect(originals(proposals)).not.toContain("Poi");
  });

  it("in Spanish and English, proposes persons after titles, places after prepositions, acronyms as organisations", () => {
    const es = proposeReplacements("CS-02: Hablé con la Sra. Gómez desde Murcia. El SEPE no contesta. Usted lo sabe.", { ...none, language: "es" });
    expect(es.map((p) => [p.original, p.kind, p.replacement])).toEqual([
      ["Gómez", "person", "[PERSON-1]"],
      ["Murcia", "place", "[PLACE-1]"],
      ["SEPE", "organisation", "[ORGANISATION-1]"],
    ]);
    const en = proposeReplacements("I: And then?\nNGO-02: I met Mr Okafor on Monday. He moved from Lagos to Leeds with OK papers.", { ...none, language: "en" });
    expect(en.map((p) => [p.original, p.kind])).toEqual([
      ["Okafor", "person"],
      ["Lagos", "place"],
      ["Leeds", "place"],
    ]);
  });

  it("proposes names, addresses and contacts by their context and shape, and keeps prepositions out of names", () => {
    const de = proposeReplacements("TCN-09: Ich heiße Fatou Diallo, wohne Bahnhofstraße 12. Frau Okonkwo von der Caritas hat 0171 1234567.", { ...none, language: "de" });
    expect(de.map((p) => [p.original, p.kind, p.reason])).toEqual([
      ["Fatou Diallo", "person", "selfIntroduction"],
      ["Bahnhofstraße 12", "address", "address"],
      ["Okonkwo", "person", "title"],
      ["0171 1234567", "phone", "phone"],
    ]);
    const es = proposeReplacements("CS-03: Hablé con la señora Gómez de Murcia y con María López, de Colombia.", { ...none, language: "es" });
    // A city after "de" is a place, not part of the name; an accented two-word name is a person.
    expect(es.map((p) => [p.original, p.kind])).toEqual([
      ["Gómez", "person"],
      ["Murcia", "place"],
      ["María López", "person"],
      ["Colombia", "place"],
    ]);
  });

  it("never proposes speaker labels, pseudonyms or words of placeholders", () => {
    const proposals = proposeReplacements("Interviewer: Dove?\nTCN-05: A [PLACE-3], con TCN-06 e [PERSON-2].", { ...none, participants: [{ pseudonym: "TCN-05", realName: null }], language: "it" });
    expect(proposals).toEqual([]);
  });
});

describe("consistency with the territory's log", () => {
  const known: KnownReplacement[] = [
    { original: "Bologna", replacement: "[PLACE-4]", kind: "place" },
    { original: "Caritas", replacement: "[ORGANISATION-2]", kind: "organisation" },
    { original: "Nadia", replacement: "[PERSON-9]", kind: "person" },
  ];

  it("proposes known originals with their logged replacement, and numbers new placeholders after the log's highest", () => {
    const text = "TCN-04: Tramite Caritas sono arrivata a Bologna e poi a Modena, dalla signora Conti. Nadia no.";
    const proposals = proposeReplacements(text, { participants: [], knownReplacements: known, language: "it" });
    expect(proposals.map((p) => [p.original, p.replacement, p.reason])).toEqual([
      ["Caritas", "[ORGANISATION-2]", "known"],
      ["Bologna", "[PLACE-4]", "known"],
      ["Nadia", "[PERSON-9]", "known"],
      ["Modena", "[PLACE-5]", "locative"],
      ["Conti", "[PERSON-10]", "title"],
    ]);
  });

  it("lets a participant's pseudonym win over a log entry for the same name", () => {
    const proposals = proposeReplacements("I: Chi?\nTCN-08: Nadia, cioè io.", { participants: [{ pseudonym: "TCN-08", realName: "Nadia" }], knownReplacements: known, language: "it" });
    expect(proposals).toEqual([{ original: "Nadia", replacement: "TCN-08", kind: "participant_name", occurrences: 1, reason: "participant" }]);
  });
});

describe("applying replacements", () => {
  it("replaces whole words, longest first, in one pass, and keeps speaker labels", () => {
    const text = "I: Amira?\nTCN-07: Amira Haddad. Amira. Amiras Analyse. Haddad-Weber.";
    const result = applyReplacements(text, [
      { original: "Amira", replacement: "TCN-07" },
      { original: "Amira Haddad", replacement: "TCN-07" },
      { original: "TCN", replacement: "never" },
    ]);
    expect(result).toBe("I: TCN-07?\nTCN-07: TCN-07. TCN-07. Amiras Analyse. Haddad-Weber.");
  });

  it("never replaces a replacement again", () => {
    expect(applyReplacements("Rosa trifft Lena.", [
      { original: "Rosa", replacement: "Lena" },
      { original: "Lena", replacement: "[PERSON-1]" },
    ])).toBe("Lena trifft [PERSON-1].");
  });

  it("matches names across decomposed accents and returns NFC", () => {
    const text = "CS-01: José Núñez kam aus Düsseldorf.".normalize("NFC");
    const result = applyReplacements(text, [{ original: "Nu\u0301n\u0303ez", replacement: "[PERSON-1]" }, { original: "Düsseldorf", replacement: "Ore\u0301" }]);
    expect(result).toBe("CS-01: José [PERSON-1] kam aus Oré.".normalize("NFC"));
    expect(result).toBe(result.normalize("NFC"));
  });

  it("counts occurrences the way it replaces them", () => {
    const text = "Amira Haddad und Amira, Amira.";
    expect(Object.fromEntries(countOccurrences(text, ["Amira", "Amira Haddad", "Haddad"]))).toEqual({ Amira: 2, "Amira Haddad": 1, Haddad: 0 });
  });

  it("shows a short excerpt around the first occurrence", () => {
    expect(excerptAround("I: Hallo\nTCN-01: Ich habe lange mit Frau Yilmaz gesprochen, sehr lange und ausführlich, wirklich.", "Yilmaz", [], 12)).toBe(
      "…mit Frau Yilmaz gesprochen,…",
    );
    expect(excerptAround("nothing here", "Yilmaz")).toBe("");
  });

  it("recognises a real name inside a replacement, any case, as a whole word", () => {
    expect(containsRealName("Frau HADDAD", ["Amira Haddad (erfunden)"])).toBe(true);
    expect(containsRealName("[PERSON-1]", ["Amira Haddad"])).toBe(false);
    expect(containsRealName("Haddadi", ["Amira Haddad"])).toBe(false);
  });
});

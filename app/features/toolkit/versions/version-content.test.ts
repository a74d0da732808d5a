// The content of a Toolkit version: modules in order, competences named in the Toolkit's language
// (with fallback), links kept and files by name only, needs and contributions as counts; nothing
// else of the rows (no id, no person) reaches it; and its document in the Toolkit's language.
import { describe, expect, it } from "vitest";
import { getServerT } from "~/i18n/catalogs.server";
import { asVersionContent, buildVersionContent, isSameContent, type VersionSource } from "./version-content";
import { buildVersionDocument } from "./version-document";

const M1 = "0b0e1c55-0000-4000-8000-000000000001";
const M2 = "0b0e1c55-0000-4000-8000-000000000002";

function source(): VersionSource {
  return {
    toolkit: { title: "Toolkit für Verwaltungsbeschäftigte", introduction: "Erster Absatz.\n\nZweiter Absatz mit „Anführungszeichen“.", language: "de" },
    modules: [
      { id: M2, title: "Diskriminierung erkennen", summary: "", learningOutcomes: [], methods: ["e_learning", "role_play"], durationMinutes: 90, trainerNotes: "", position: 2 },
      {
        id: M1,
        title: "Interkulturelle Kompetenz",
        summary: "Grundlagen für die Beratung.",
        learningOutcomes: ["Die Teilnehmenden erklären …", "Die Teilnehmenden üben …"],
        methods: ["role_play", "face_to_face", "invented-method"],
        durationMinutes: 240,
        trainerNotes: "Mit einer Fallgeschichte beginnen.",
        position: 1,
      },
    ],
    competences: [
      { moduleId: M1, key: "intercultural-competence", group: "attitudes", name: { en: "Intercultural competence", de: "Interkulturelle Kompetenz" }, position: 2 },
      { moduleId: M1, key: "rights-based-law", group: "knowledge", name: { it: "Diritto dell'immigrazione" }, position: 1 },
    ],
    materials: [
      { moduleId: M1, title: "Handreichung", url: null, fileName: "handreichung-intern.pdf", createdAt: new Date("2026-01-02") },
      { moduleId: M1, title: "Leitfaden des Europarats", url: "https://example.org/leitfaden", fileName: null, createdAt: new Date("2026-01-01") },
    ],
    needCounts: [{ moduleId: M1, count: 3 }],
    contributionCounts: [{ moduleId: M1, count: 1 }, { moduleId: M2, count: 2 }],
  };
}

describe("buildVersionContent", () => {
  const content = buildVersionContent(source());

  it("keeps the modules in their order, with methods in the framework's order and unknown ones dropped", () => {
    expect(content.modules.map((m) => m.title)).toEqual(["Interkulturelle Kompetenz", "Diskriminierung erkennen"]);
    expect(content.modules[0].methods).toEqual(["face_to_face", "role_play"]);
    expect(content.modules[1].methods).toEqual(["role_play", "e_learning"]);
    expect(content.language).toBe("de");
  });

  it("names competences in the Toolkit's language, else in the first language that has a name", () => {
    expect(content.modules[0].competences).toEqual([
      { key: "rights-based-law", group: "knowledge", name: "Diritto dell'immigrazione" },
      { key: "intercultural-competence", group: "attitudes", name: "Interkulturelle Kompetenz" },
    ]);
  });

  it("keeps a link's address and an uploaded file's name only, and counts needs and contributions", () => {
    expect(content.modules[0].materials).toEqual([
      { title: "Leitfaden des Europarats", url: "https://example.org/leitfaden", fileName: null },
      { title: "Handreichung", url: null, fileName: "handreichung-intern.pdf" },
    ]);
    expect([content.modules[0].needs, content.modules[0].contributions, content.modules[1].needs, content.modules[1].contributions]).toEqual([3, 1, 0, 2]);
  });

  it("holds no id and no field beyond those it declares (no person, no wording of a need)", () => {
    const json = JSON.stringify(content);
    expect(json).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(Object.keys(content).sort()).toEqual(["introduction", "language", "modules", "title", "version"]);
    for (const m of content.modules) {
      expect(Object.keys(m).sort()).toEqual(["competences", "contributions", "durationMinutes", "learningOutcomes", "materials", "methods", "needs", "summary", "title", "trainerNotes"]);
      expect(typeof m.needs).toBe("number");
    }
    // A broken sample fails the check: an id smuggled in is seen.
    expect(JSON.stringify({ ...content, by: M1 })).toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("reads a stored content back, refuses another shape, and compares whatever the key order", () => {
    const stored = JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
    const reordered = Object.fromEntries(Object.entries(stored).reverse());
    expect(asVersionContent(reordered)).not.toBeNull();
    expect(isSameContent(asVersionContent(reordered)!, content)).toBe(true);
    expect(isSameContent({ ...content, title: "Anders" }, content)).toBe(false);
    expect(asVersionContent({ ...stored, version: 99 })).toBeNull();
    expect(asVersionContent({ ...stored, language: "fr" })).toBeNull();
    expect(asVersionContent(null)).toBeNull();
  });
});

describe("buildVersionDocument", () => {
  it("lays the version out in the Toolkit's language: overview table, modules, counts, materials", () => {
    const content = buildVersionContent(source());
    const doc = buildVersionDocument(content, { number: 3, createdAt: "2026-11-23T10:00:00.000Z" }, getServerT("de"));
    expect(doc.title).toBe("Toolkit für Verwaltungsbeschäftigte");
    expect(doc.subtitle).toBe("Version 3 vom 23. November 2026");
    const text = JSON.stringify(doc.blocks);
    for (const expected of [
      "Einleitung",
      "Zweiter Absatz mit „Anführungszeichen“.",
      "Die Module im Überblick",
      "1. Interkulturelle Kompetenz",
      "240 Minuten",
      "Gesamt",
      "330 Minuten",
      "Methoden: Präsenzunterricht, Rollenspiel",
      "Antwortet auf 3 Bedarfe aus der Bedarfsanalyse",
      "Antwortet auf 1 Beitrag eines Runden Tisches",
      "Interkulturelle Kompetenz (Haltungen)",
      "Leitfaden des Europarats: https://example.org/leitfaden",
      "Handreichung (Datei: handreichung-intern.pdf)",
      "Hinweise für Trainerinnen und Trainer",
    ]) {
      expect(text, expected).toContain(expected);
    }
    // The second module has no outcomes, competences, materials or notes: no empty headings.
    const second = doc.blocks.slice(doc.blocks.findIndex((b) => b.type === "heading" && b.text === "2. Diskriminierung erkennen"));
    expect(second.filter((b) => b.type === "heading")).toHaveLength(1);
  });

  it("says so when the Toolkit has no module", () => {
    const content = buildVersionContent({ ...source(), modules: [], competences: [], materials: [] });
    const doc = buildVersionDocument(content, { number: 1, createdAt: new Date("2026-01-05") }, getServerT("en"));
    expect(JSON.stringify(doc.blocks)).toContain("This Toolkit has no modules yet.");
  });
});

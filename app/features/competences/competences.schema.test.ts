import { describe, expect, it } from "vitest";
import { competenceSchema, isEscoUri } from "./competences.schema";

const valid = { group: "skills", name_en: "", name_de: "Konfliktlösung", name_it: "", name_es: "", escoUri: "", position: "" };

function errorsOf(input: Record<string, string>) {
  const result = competenceSchema("en").safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("the competence form", () => {
  it("accepts a name in one language only, keeping only the languages filled in", () => {
    const parsed = competenceSchema("en").parse({ ...valid, description_it: "  Gestire i conflitti  ", level2_es: "Media", position: "4" });
    expect(parsed).toEqual({
      group: "skills",
      name: { de: "Konfliktlösung" },
      description: { it: "Gestire i conflitti" },
      levels: { 1: {}, 2: { es: "Media" }, 3: {} },
      escoUri: null,
      position: 4,
    });
  });

  it("requires a name in at least one language, of two characters or more", () => {
    expect(errorsOf({ ...valid, name_de: " " })).toEqual({ name_en: "competences.errors.nameRequired" });
    expect(errorsOf({ ...valid, name_it: "x" })).toEqual({ name_it: "errors.nameTooShort" });
    // Reported together with the other fields' errors, not after them.
    expect(errorsOf({ ...valid, name_de: "", group: "feelings", position: "x" })).toEqual({ name_en: "competences.errors.nameRequired", group: "errors.choose", position: "competences.errors.position" });
  });

  it("refuses an unknown group, a negative or fractional position and over-long texts", () => {
    expect(errorsOf({ ...valid, group: "feelings" })).toEqual({ group: "errors.choose" });
    expect(errorsOf({ ...valid, position: "-1" })).toEqual({ position: "competences.errors.position" });
    expect(errorsOf({ ...valid, position: "1.5" })).toEqual({ position: "competences.errors.position" });
    expect(errorsOf({ ...valid, position: "abc" })).toEqual({ position: "competences.errors.position" });
    expect(errorsOf({ ...valid, level3_en: "x".repeat(1001) })).toEqual({ level3_en: "errors.tooLong" });
  });

  it("takes ESCO URIs on data.europa.eu/esco only", () => {
    expect(isEscoUri("http://data.europa.eu/esco/skill/0a1b2c3d-0000-4000-8000-000000000000")).toBe(true);
    expect(isEscoUri("https://data.europa.eu/esco/occupation/abc")).toBe(true);
    for (const bad of ["data.europa.eu/esco/skill/x", "ftp://data.europa.eu/esco/skill/x", "https://data.europa.eu/eli/reg/2016/679", "https://data.europa.eu.evil.example/esco/skill/x", "https://data.europa.eu/esco/", "javascript:alert(1)", "https://user:pw@data.europa.eu/esco/skill/x"]) {
      expect(isEscoUri(bad), bad).toBe(false);
    }
    expect(errorsOf({ ...valid, escoUri: "https://example.org/esco/skill/x" })).toEqual({ escoUri: "competences.errors.escoUri" });
    expect(competenceSchema("en").parse({ ...valid, escoUri: " https://data.europa.eu/esco/skill/x " }).escoUri).toBe("https://data.europa.eu/esco/skill/x");
  });
});

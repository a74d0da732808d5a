import { describe, expect, it } from "vitest";
import { languageFromAcceptHeader, languageFromPath, pathInLanguage } from "./languages";

describe("languageFromAcceptHeader", () => {
  it("picks the best platform language by q-value, regional variants included", () => {
    expect(languageFromAcceptHeader("de-AT,de;q=0.9,en;q=0.5")).toBe("de");
    expect(languageFromAcceptHeader("fr-FR,fr;q=0.9,it;q=0.8,en;q=0.7")).toBe("it");
    expect(languageFromAcceptHeader("en;q=0.5, es-MX;q=0.8")).toBe("es");
    expect(languageFromAcceptHeader("EN-us")).toBe("en");
  });

  it("keeps the header's order between equal q-values", () => {
    expect(languageFromAcceptHeader("es, it")).toBe("es");
  });

  it("ignores refused (q=0) and malformed entries", () => {
    expect(languageFromAcceptHeader("de;q=0, it")).toBe("it");
    expect(languageFromAcceptHeader("de;q=abc, es;q=0.1")).toBe("es");
  });

  it("answers undefined when nothing matches", () => {
    expect(languageFromAcceptHeader(null)).toBeUndefined();
    expect(languageFromAcceptHeader("")).toBeUndefined();
    expect(languageFromAcceptHeader("fr, *;q=0.1")).toBeUndefined();
  });
});

describe("pathInLanguage", () => {
  it("swaps the language segment and keeps the query", () => {
    expect(pathInLanguage("/de/t/offenbach", "?page=2", "it")).toBe("/it/t/offenbach?page=2");
    expect(pathInLanguage("/en", "", "de")).toBe("/de");
  });

  it("adds a language to a path without one", () => {
    expect(pathInLanguage("/", "", "es")).toBe("/es");
    expect(pathInLanguage("/sign-in", "", "it")).toBe("/it/sign-in");
  });

  it("drops a trailing slash", () => {
    expect(pathInLanguage("/en/", "", "de")).toBe("/de");
  });
});

describe("languageFromPath", () => {
  it("reads only a whole first segment naming a platform language", () => {
    expect(languageFromPath("/de/t/offenbach")).toBe("de");
    expect(languageFromPath("/fr/t/offenbach")).toBeUndefined();
    expect(languageFromPath("/deutsch")).toBeUndefined();
  });
});

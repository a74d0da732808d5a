import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it("makes lower-case ASCII words joined by hyphens", () => {
    expect(slugify("County of Offenbach")).toBe("county-of-offenbach");
    expect(slugify("Città di Ravenna")).toBe("citta-di-ravenna");
    expect(slugify("Ayuntamiento de Cartagena (Región de Murcia)")).toBe("ayuntamiento-de-cartagena-region-de-murcia");
    expect(slugify("Großstadt Gießen")).toBe("grossstadt-giessen");
  });

  it("trims punctuation and spaces at both ends", () => {
    expect(slugify("  ¡Cartagena!  ")).toBe("cartagena");
  });

  it("caps the length at 60 characters", () => {
    expect(slugify("a".repeat(100))).toHaveLength(60);
  });

  it("falls back to a fixed word when nothing is left", () => {
    expect(slugify("")).toBe("territory");
    expect(slugify("Θεσσαλονίκη")).toBe("territory");
  });
});

describe("slugify at the length cap", () => {
  it("never ends a capped slug with a hyphen", () => {
    const slug = slugify(`${"a".repeat(59)} b`);
    expect(slug).toBe("a".repeat(59));
    expect(slug.endsWith("-")).toBe(false);
  });
});

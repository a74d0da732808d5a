import { describe, expect, it } from "vitest";
import { quoteWithoutPseudonyms } from "./report-content";

describe("quoteWithoutPseudonyms", () => {
  it("drops the speaker codes that open transcript turns", () => {
    expect(quoteWithoutPseudonyms("CS-01: Oft fehlt uns eine gemeinsame Sprache.", ["CS-01"])).toBe("Oft fehlt uns eine gemeinsame Sprache.");
    expect(quoteWithoutPseudonyms("I: Und dann?\nTCN-01: Ich habe drei Wochen gewartet.", [])).toBe("Und dann?\nIch habe drei Wochen gewartet.");
  });

  it("replaces a pseudonym inside the text, whole words only, whatever the case", () => {
    expect(quoteWithoutPseudonyms("Wie tcn-01 sagte, fehlt ein Dolmetscher.", ["TCN-01", "TCN-011"])).toBe("Wie […] sagte, fehlt ein Dolmetscher.");
    expect(quoteWithoutPseudonyms("Die Nummer TCN-011 ist länger.", ["TCN-01"])).toBe("Die Nummer TCN-011 ist länger.");
  });

  it("keeps accents and typographic quotes", () => {
    expect(quoteWithoutPseudonyms("NGO-01: „Año, città, €“", ["NGO-01"])).toBe("„Año, città, €“");
  });
});

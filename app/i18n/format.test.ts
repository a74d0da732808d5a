import { describe, expect, it } from "vitest";
import { formatCountry, formatDate, formatLanguageName, formatMonth, formatNumber, formatPercent } from "./format";

// Intl separates "12,5" and "%" with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/\s/g, " ");

describe("formatPercent", () => {
  it("writes a percentage the way each language does", () => {
    expect(plain(formatPercent("de", 12.5))).toBe("12,5 %");
    expect(plain(formatPercent("es", 12.5))).toBe("12,5 %");
    expect(formatPercent("it", 12.5)).toBe("12,5%");
    expect(formatPercent("en", 12.5)).toBe("12.5%");
  });

  it("keeps at most one decimal", () => {
    expect(formatPercent("en", 8.04)).toBe("8%");
    expect(formatPercent("en", 100)).toBe("100%");
  });
});

describe("formatNumber", () => {
  it("groups thousands with the language's separator", () => {
    expect(formatNumber("en", 355000)).toBe("355,000");
    expect(formatNumber("de", 355000)).toBe("355.000");
    expect(formatNumber("it", 1234567.5)).toBe("1.234.567,5");
  });
});

describe("formatDate and formatMonth", () => {
  it("read a date-only value as that calendar day, whatever the server's time zone", () => {
    expect(formatDate("en", "2021-03-01")).toBe("1 March 2021");
    expect(formatDate("de", "2021-03-01")).toBe("1. März 2021");
    expect(formatDate("es", "2021-03-01")).toBe("1 de marzo de 2021");
  });

  it("names the month", () => {
    expect(formatMonth("it", "2021-06-01")).toBe("giugno 2021");
    expect(formatMonth("de", "2021-06-30")).toBe("Juni 2021");
  });
});

describe("formatCountry and formatLanguageName", () => {
  it("name countries and languages in the page's language", () => {
    expect(formatCountry("de", "it")).toBe("Italien");
    expect(formatCountry("es", "DE")).toBe("Alemania");
    expect(formatLanguageName("it", "de")).toBe("tedesco");
  });
});

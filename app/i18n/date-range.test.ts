import { describe, expect, it } from "vitest";
import { getServerT } from "./catalogs.server";
import { formatMonth, formatMonthRange, isSameMonth } from "./format";

// Intl may put thin or no-break spaces around the dash; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("formatMonthRange", () => {
  it("writes a span of months the way each language does", () => {
    expect(plain(formatMonthRange("en", "2020-12-01", "2023-05-31"))).toBe("December 2020 – May 2023");
    expect(plain(formatMonthRange("de", "2020-12-01", "2023-05-31"))).toBe("Dezember 2020 – Mai 2023");
    expect(plain(formatMonthRange("it", "2020-12-01", "2023-05-31"))).toBe("dicembre 2020 – maggio 2023");
    expect(plain(formatMonthRange("es", "2020-12-01", "2023-05-31"))).toBe("diciembre de 2020 – mayo de 2023");
  });

  it("shows a range within one month once", () => {
    expect(formatMonthRange("en", "2021-06-01", "2021-06-30")).toBe("June 2021");
    expect(formatMonthRange("de", "2021-06-01", "2021-06-30")).toBe("Juni 2021");
    expect(formatMonthRange("it", "2021-06-01", "2021-06-30")).toBe("giugno 2021");
    expect(formatMonthRange("es", "2021-06-01", "2021-06-30")).toBe("junio de 2021");
  });

  it("tells a one-month range", () => {
    expect(isSameMonth("2021-06-01", "2021-06-30")).toBe(true);
    expect(isSameMonth("2021-06-30", "2021-07-01")).toBe(false);
    expect(isSameMonth("2020-06-01", "2021-06-01")).toBe(false);
  });
});

describe("a span of months in a sentence", () => {
  const runs = (lang: "en" | "de" | "it" | "es") =>
    getServerT(lang)("home.runs", { start: formatMonth(lang, "2020-12-01"), end: formatMonth(lang, "2023-05-31") });

  it("puts no article before a month in Spanish and Italian", () => {
    expect(runs("es")).toBe("De diciembre de 2020 a mayo de 2023.");
    expect(runs("it")).toBe("Da dicembre 2020 a maggio 2023.");
    expect(runs("de")).toBe("Laufzeit von Dezember 2020 bis Mai 2023.");
    expect(runs("en")).toBe("Runs from December 2020 to May 2023.");
  });

  it("has a sentence for a programme of one month", () => {
    expect(getServerT("es")("locale.runsIn", { month: formatMonth("es", "2021-06-01") })).toBe("Se desarrolla en junio de 2021.");
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Language } from "./languages";
import { localNumber, optionalLocalNumber } from "./number-field";
import { formatNumberForInput, parseLocalNumber, separatorsOf } from "./numbers";

const value = (text: string, lang: Language) => {
  const reading = parseLocalNumber(text, lang);
  return reading.ok ? reading.value : reading.reason;
};

describe("separatorsOf", () => {
  it("takes each language's separators from Intl", () => {
    expect(separatorsOf("en")).toEqual({ group: ",", decimal: "." });
    for (const lang of ["de", "it", "es"] as const) expect(separatorsOf(lang)).toEqual({ group: ".", decimal: "," });
  });
});

describe("parseLocalNumber", () => {
  it("reads thousands and decimals the way German, Italian and Spanish write them", () => {
    for (const lang of ["de", "it", "es"] as const) {
      expect(value("97.000", lang)).toBe(97000);
      expect(value("9.700", lang)).toBe(9700);
      expect(value("1.234.567", lang)).toBe(1234567);
      expect(value("97,5", lang)).toBe(97.5);
      expect(value("1.234,56", lang)).toBe(1234.56);
      expect(value("12,5", lang)).toBe(12.5);
      expect(value("97000", lang)).toBe(97000);
    }
  });

  it("reads thousands and decimals the way English writes them", () => {
    expect(value("97,000", "en")).toBe(97000);
    expect(value("1,234,567", "en")).toBe(1234567);
    expect(value("12.5", "en")).toBe(12.5);
    expect(value("1,234.56", "en")).toBe(1234.56);
    expect(value(".5", "en")).toBe(0.5);
    expect(value("97000", "en")).toBe(97000);
  });

  it("accepts spaces, no-break and thin spaces as thousands separators in every language", () => {
    for (const lang of ["en", "de", "it", "es"] as const) {
      expect(value("97 000", lang)).toBe(97000);
      expect(value("97\u00a0000", lang)).toBe(97000);
      expect(value("1\u202f234\u202f567", lang)).toBe(1234567);
      expect(value("  42 ", lang)).toBe(42);
    }
    expect(value("97 000,5", "de")).toBe(97000.5);
    expect(value("97 000.5", "en")).toBe(97000.5);
  });

  it("refuses, as ambiguous, what the other convention would read differently", () => {
    // English page: a European thousands separator or decimal comma.
    expect(value("97.000", "en")).toBe("ambiguous");
    expect(value("12.500", "en")).toBe("ambiguous");
    expect(value("1,5", "en")).toBe("ambiguous");
    expect(value("97,5", "en")).toBe("ambiguous");
    expect(value("1.234,5", "en")).toBe("ambiguous");
    // German, Italian, Spanish page: an English decimal point or thousands comma.
    for (const lang of ["de", "it", "es"] as const) {
      expect(value("97,000", lang)).toBe("ambiguous");
      expect(value("97.5", lang)).toBe("ambiguous");
      expect(value("1.5", lang)).toBe("ambiguous");
      expect(value("1,234.5", lang)).toBe("ambiguous");
    }
  });

  it("refuses mixed or misplaced separators and anything that is not a number", () => {
    for (const lang of ["en", "de", "it", "es"] as const) {
      for (const text of [
        "",
        " ",
        "abc",
        "12a",
        "1e5",
        "0x10",
        "Infinity",
        "NaN",
        "1.2.3,4,5",
        "1,2.3,4",
        "12.",
        "12,",
        "9 7",
        "97 00",
        "1 000.000,5",
        "+",
        "-",
        "--1",
        "1'000",
      ]) {
        expect([text, lang, value(text, lang)]).toEqual([text, lang, "invalid"]);
      }
    }
    expect(value("1.000 000", "de")).toBe("invalid");
    expect(value("9".repeat(30), "en")).toBe("invalid");
  });

  it("reads a minus sign, so that a negative value meets the field's own message", () => {
    expect(value("-5", "en")).toBe(-5);
    expect(value("\u22125,5", "de")).toBe(-5.5);
  });
});

describe("formatNumberForInput", () => {
  it("writes a value so that the same language reads it back unchanged", () => {
    for (const lang of ["en", "de", "it", "es"] as const) {
      for (const n of [0, 7, 97000, 1234567, 12.5, 8.04, 12.125, 0.001, 99.99]) {
        const text = formatNumberForInput(lang, n)!;
        expect([lang, n, value(text, lang)]).toEqual([lang, n, n]);
      }
    }
    expect(formatNumberForInput("es", 97000)).toBe("97.000");
    expect(formatNumberForInput("en", 12.125)).toBe("12.1250");
    expect(formatNumberForInput("de", null)).toBeUndefined();
  });
});

describe("localNumber and optionalLocalNumber", () => {
  const population = (lang: Language) =>
    z.object({
      n: optionalLocalNumber(lang, {
        integer: true,
        min: 0,
        max: 50_000_000,
        message: "errors.wholeNumber",
        minMessage: "errors.notNegative",
      }),
    });
  const share = (lang: Language) =>
    z.object({
      n: localNumber(lang, { min: 0, max: 100, message: "errors.percent" }),
    });
  const messages = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.message);

  it("gives the number, or undefined for a blank optional field", () => {
    expect(population("es").parse({ n: "97.000" }).n).toBe(97000);
    expect(population("de").parse({ n: "" }).n).toBeUndefined();
    expect(population("de").parse({}).n).toBeUndefined();
    expect(share("it").parse({ n: "12,5" }).n).toBe(12.5);
  });

  it("names the problem with a catalog key", () => {
    expect(messages(population("en").safeParse({ n: "97.000" }))).toEqual(["locale.ambiguousNumber"]);
    expect(messages(population("en").safeParse({ n: "97.5" }))).toEqual(["errors.wholeNumber"]);
    expect(messages(population("en").safeParse({ n: "-3" }))).toEqual(["errors.notNegative"]);
    expect(messages(population("en").safeParse({ n: ["1", "2"] }))).toEqual(["errors.wholeNumber"]);
    expect(messages(share("de").safeParse({ n: "" }))).toEqual(["errors.required"]);
    expect(messages(share("de").safeParse({ n: "100,5" }))).toEqual(["errors.percent"]);
    expect(messages(share("de").safeParse({ n: "12,3456" }))).toEqual(["locale.tooManyDecimals"]);
  });

  it("lets the form's own checks run beside a refused number, so that one submit shows every error", () => {
    const form = z
      .object({ n: localNumber("en", { min: 0, max: 10, message: "m" }), place: z.string() })
      .refine((v) => v.place !== "", { message: "placeRequired", path: ["place"] });
    expect(messages(form.safeParse({ n: "11", place: "" }))).toEqual(["m", "placeRequired"]);
  });
});

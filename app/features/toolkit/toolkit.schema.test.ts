import { describe, expect, it } from "vitest";
import "~/http/form.server"; // zod's fallback messages (errors.required / errors.invalid)
import { MODULE_MAX_MINUTES, materialLinkSchema, moduleSchema, splitOutcomes } from "./toolkit.schema";

const valid = {
  title: "  Plain language at the counter ",
  summary: "",
  learningOutcomes: "- Explain a procedure in plain language\n\n  • Check understanding  \n",
  "methods[]": ["role_play", "case_study"],
  durationMinutes: " 180 ",
  trainerNotes: "",
};

function errorsOf(input: Record<string, unknown>) {
  const result = moduleSchema("en").safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
}

describe("splitOutcomes", () => {
  it("keeps one outcome per non-empty line, without pasted bullets or numbers", () => {
    expect(splitOutcomes("1. First\r\n\n2) Second\n* Third\n- \n   ")).toEqual(["First", "Second", "Third"]);
  });
  it("keeps a hyphen that is part of the text", () => {
    expect(splitOutcomes("Self-reflection on bias")).toEqual(["Self-reflection on bias"]);
  });
});

describe("moduleSchema", () => {
  it("accepts a module and normalises its fields", () => {
    const result = moduleSchema("en").parse(valid);
    expect(result.title).toBe("Plain language at the counter");
    expect(result.learningOutcomes).toEqual(["Explain a procedure in plain language", "Check understanding"]);
    expect(result.durationMinutes).toBe(180);
    expect(result["competenceIds[]"]).toEqual([]);
  });

  it("needs at least one learning outcome and one method", () => {
    expect(errorsOf({ ...valid, learningOutcomes: " \n ", "methods[]": undefined })).toEqual({
      learningOutcomes: "toolkit.errors.outcomesRequired",
      "methods[]": "toolkit.errors.methodsRequired",
    });
  });

  it("refuses an unknown method", () => {
    expect(errorsOf({ ...valid, "methods[]": ["lecture"] })["methods[]"]).toBe("errors.choose");
  });

  it("wants a positive whole number of minutes up to the maximum", () => {
    expect(errorsOf({ ...valid, durationMinutes: "0" }).durationMinutes).toBe("toolkit.errors.durationPositive");
    expect(errorsOf({ ...valid, durationMinutes: "-5" }).durationMinutes).toBe("toolkit.errors.durationPositive");
    expect(errorsOf({ ...valid, durationMinutes: "1,5" }).durationMinutes).toBe("locale.ambiguousNumber");
    expect(errorsOf({ ...valid, durationMinutes: "1.5" }).durationMinutes).toBe("errors.wholeNumber");
    expect(errorsOf({ ...valid, durationMinutes: String(MODULE_MAX_MINUTES + 1) }).durationMinutes).toBe("toolkit.errors.durationTooLong");
    expect(errorsOf({ ...valid, durationMinutes: "" }).durationMinutes).toBe("errors.required");
    expect(errorsOf({ ...valid, durationMinutes: String(MODULE_MAX_MINUTES) })).toEqual({});
  });

  it("reads the duration in the page's language", () => {
    expect(moduleSchema("de").parse({ ...valid, durationMinutes: "2.400" }).durationMinutes).toBe(2400);
    expect(moduleSchema("en").parse({ ...valid, durationMinutes: "2,400" }).durationMinutes).toBe(2400);
  });
});

describe("materialLinkSchema", () => {
  it("takes http and https addresses only", () => {
    expect(materialLinkSchema.safeParse({ linkTitle: "Handout", url: "https://example.org/a.pdf" }).success).toBe(true);
    for (const url of ["javascript:alert(1)", "ftp://example.org/a", "example.org", "data:text/html,x"]) {
      expect(materialLinkSchema.safeParse({ linkTitle: "Handout", url }).success, url).toBe(false);
    }
  });
});

import { describe, expect, it } from "vitest";
import { interviewLanguageOptions } from "./interview-languages";

describe("the interview languages", () => {
  it("names them in the page language, the territory's own first, then the others by name", () => {
    const options = interviewLanguageOptions("de", ["de", "en"]);
    expect(options.slice(0, 2)).toEqual([
      { value: "de", label: "Deutsch" },
      { value: "en", label: "Englisch" },
    ]);
    const rest = options.slice(2).map((o) => o.label);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, "de")));
    expect(options.find((o) => o.value === "ti")?.label).toBe("Tigrinya");
    expect(options.find((o) => o.value === "ar")?.label).toBe("Arabisch");
    expect(new Set(options.map((o) => o.value)).size).toBe(options.length);
    expect(interviewLanguageOptions("es", ["es"])[0]).toEqual({ value: "es", label: "español" });
  });

  it("keeps a stored code that is not in the list, so editing never changes it", () => {
    expect(interviewLanguageOptions("en", ["it"], "qq").map((o) => o.value)).toContain("qq");
  });
});

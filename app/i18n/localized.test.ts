import { describe, expect, it } from "vitest";
import { pickLocalized } from "./localized";

describe("pickLocalized", () => {
  it("takes the page language, then en, de, it, es, and says which one it took", () => {
    expect(pickLocalized({ en: "Openness", de: "Offenheit" }, "de")).toEqual({ text: "Offenheit", lang: "de" });
    expect(pickLocalized({ it: "Apertura", es: "Apertura (es)", de: "Offenheit" }, "en")).toEqual({ text: "Offenheit", lang: "de" });
    expect(pickLocalized({ it: "Apertura", es: "Apertura (es)" }, "de")).toEqual({ text: "Apertura", lang: "it" });
    expect(pickLocalized({ es: "Apertura (es)", en: "" }, "en")).toEqual({ text: "Apertura (es)", lang: "es" });
  });

  it("gives null when no language has text", () => {
    expect(pickLocalized({}, "it")).toBeNull();
    expect(pickLocalized(null, "it")).toBeNull();
    expect(pickLocalized(undefined, "it")).toBeNull();
  });
});

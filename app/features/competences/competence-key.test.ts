import { describe, expect, it } from "vitest";
import { competenceKey, slugForKey } from "./competence-key";

describe("competence keys", () => {
  it("are made from the first name in platform order, without accents", () => {
    expect(competenceKey({ de: "Konfliktlösung im Büro", it: "Gestione dei conflitti" }, new Set())).toBe("konfliktlosung-im-buro");
    expect(competenceKey({ es: "Atención al público", en: "Front-desk service" }, new Set())).toBe("front-desk-service");
    expect(slugForKey("Straße & Recht")).toBe("strasse-recht");
  });

  it("never reuse a key taken in the programme", () => {
    expect(competenceKey({ en: "Empathy" }, new Set(["empathy", "empathy-2"]))).toBe("empathy-3");
  });

  it("fall back to 'competence' for names without latin letters or digits", () => {
    expect(competenceKey({ en: "—" }, new Set())).toBe("competence");
    expect(competenceKey({ en: "…" }, new Set(["competence"]))).toBe("competence-2");
  });
});

import { describe, expect, it } from "vitest";
import { COMPETENCE_GROUPS } from "~/db/schema";
import { LANGUAGES } from "~/i18n/languages";
import { isEscoUri } from "./competences.schema";
import { DEFAULT_FRAMEWORK } from "./default-framework";

// Other modules (Toolkit, training, the demo seed) refer to these keys: they must stay.
const RELIED_ON = ["intercultural-competence", "rights-based-migration-law", "communication-across-languages", "cooperation-with-ngos", "countering-discrimination", "diversity-management"];

describe("the default competence framework", () => {
  it("has unique, stable keys, including those other modules rely on", () => {
    const keys = DEFAULT_FRAMEWORK.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(RELIED_ON));
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9-]*[a-z0-9]$/);
  });

  it("covers every group: values, attitudes, skills and knowledge", () => {
    for (const group of COMPETENCE_GROUPS) expect(DEFAULT_FRAMEWORK.some((c) => c.group === group), group).toBe(true);
  });

  it("writes every competence, with all three level descriptors, in all four languages", () => {
    for (const c of DEFAULT_FRAMEWORK) {
      expect(c.levels).toHaveLength(3);
      for (const lang of LANGUAGES) {
        expect(c.name[lang]?.trim().length, `${c.key} name ${lang}`).toBeGreaterThan(3);
        expect(c.description[lang]?.trim().length, `${c.key} description ${lang}`).toBeGreaterThan(40);
        for (const [i, level] of c.levels.entries()) expect(level[lang]?.trim().length, `${c.key} level ${i + 1} ${lang}`).toBeGreaterThan(40);
      }
      // Translations, not copies: no language repeats the English text.
      for (const lang of LANGUAGES.filter((l) => l !== "en")) {
        expect(c.description[lang], `${c.key} description ${lang}`).not.toBe(c.description.en);
        for (const level of c.levels) expect(level[lang]).not.toBe(level.en);
      }
      // Each level says something different.
      expect(new Set(c.levels.map((l) => l.en)).size).toBe(3);
      if (c.escoUri) expect(isEscoUri(c.escoUri), c.key).toBe(true);
    }
  });

  it("keeps names unique within each language", () => {
    for (const lang of LANGUAGES) {
      const names = DEFAULT_FRAMEWORK.map((c) => c.name[lang].toLowerCase());
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });
});

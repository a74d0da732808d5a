import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CODEBOOK, type DefaultTheme } from "./default-codebook";
import { nearestThemeColour, THEME_COLOUR_VALUES, themeColourClass } from "./theme-colours";

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("theme colours", () => {
  const css = readFileSync("app/styles/app.css", "utf8");

  it.each(THEME_COLOUR_VALUES)("%s has its class in app.css and a contrast of at least 4.5:1 on white", (colour) => {
    expect(css).toContain(`.${themeColourClass(colour)} { --theme: ${colour}; }`);
    expect(1.05 / (relativeLuminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it("gives an unknown colour the grey class rather than an inline style", () => {
    expect(themeColourClass("#ff00ff")).toBe("theme-colour--4d4d4d");
  });
});

describe("the default codebook", () => {
  const all = (themes: DefaultTheme[]): DefaultTheme[] => themes.flatMap((t) => [t, ...all(t.children ?? [])]);

  it("covers the themes the issue names, each with a unique key and a palette colour", () => {
    const keys = all(DEFAULT_CODEBOOK).map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of ["language_barriers", "legal_rights_knowledge", "intercultural_competence", "coordination_between_departments", "cooperation_with_ngos", "information_for_newcomers", "discrimination", "workload", "digital_services", "good_practices"]) {
      expect(keys).toContain(key);
    }
    for (const theme of all(DEFAULT_CODEBOOK)) expect(THEME_COLOUR_VALUES).toContain(theme.colour);
  });

  it("names and describes every theme in all four languages, with names unique per language", () => {
    for (const lang of ["en", "de", "it", "es"] as const) {
      const names = all(DEFAULT_CODEBOOK).map((t) => t.name[lang].toLowerCase());
      expect(new Set(names).size).toBe(names.length);
      for (const theme of all(DEFAULT_CODEBOOK)) {
        expect(theme.name[lang].trim()).not.toBe("");
        expect(theme.description[lang].trim().length).toBeGreaterThan(20);
      }
    }
  });
});

describe("the nearest palette colour (for imported codebooks)", () => {
  it("keeps a palette colour, in either case", () => {
    for (const colour of THEME_COLOUR_VALUES) expect(nearestThemeColour(colour.toUpperCase())).toBe(colour);
  });

  it("maps bright colours to the palette colour they look like", () => {
    expect(nearestThemeColour("#ff0000")).toBe("#b3261e");
    expect(nearestThemeColour("#f00")).toBe("#b3261e");
    expect(nearestThemeColour("#0000ff")).toBe("#3d3d8f");
    expect(nearestThemeColour("#00aa00")).toBe("#2f6b1f");
    expect(nearestThemeColour("#ff00ff")).toBe("#a1127a");
    expect(nearestThemeColour("#808080")).toBe("#4d4d4d");
  });

  it("gives grey to a missing or malformed colour", () => {
    for (const value of [null, undefined, "", "red", "#12345", "#gggggg"]) expect(nearestThemeColour(value)).toBe("#4d4d4d");
  });
});

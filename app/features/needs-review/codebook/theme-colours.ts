// The colours a theme may take. A fixed palette rather than any "#rrggbb": the content security
// policy allows no inline styles, so each colour is a class in app.css (theme-colour--<hex>),
// and every colour here is dark enough (at least 4.5:1 on white) to mark text legibly.
export const THEME_COLOURS = {
  "#1d4f91": "blue",
  "#005a8c": "ocean",
  "#0b6e75": "teal",
  "#00695c": "green-blue",
  "#0f6b3a": "green",
  "#2f6b1f": "leaf",
  "#6b4e16": "olive",
  "#7a3e00": "brown",
  "#8a2c0d": "rust",
  "#b3261e": "red",
  "#a1127a": "magenta",
  "#5b3f8c": "purple",
  "#3d3d8f": "indigo",
  "#4d4d4d": "grey",
} as const;
export type ThemeColour = keyof typeof THEME_COLOURS;
export const THEME_COLOUR_VALUES = Object.keys(THEME_COLOURS) as ThemeColour[];

export function isThemeColour(value: unknown): value is ThemeColour {
  return typeof value === "string" && value in THEME_COLOURS;
}

/** The CSS class that gives an element the theme's colour as `--theme`. */
export function themeColourClass(colour: string): string {
  return isThemeColour(colour) ? `theme-colour--${colour.slice(1)}` : "theme-colour--4d4d4d";
}

/**
 * The palette colour closest to any "#rgb" or "#rrggbb" (colours of imported codebooks): the
 * smallest distance in CIELAB (ΔE*76), the colour space built so that distances follow how
 * different two colours look; plain RGB distance would, for one, call mid grey closest to purple.
 * Grey when the value is no colour at all.
 */
export function nearestThemeColour(value: string | null | undefined): ThemeColour {
  const rgb = parseHexColour(value);
  if (!rgb) return "#4d4d4d";
  const lab = toLab(rgb);
  let best: ThemeColour = "#4d4d4d";
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const colour of THEME_COLOUR_VALUES) {
    const other = toLab(parseHexColour(colour)!);
    const distance = (lab[0] - other[0]) ** 2 + (lab[1] - other[1]) ** 2 + (lab[2] - other[2]) ** 2;
    if (distance < bestDistance) [best, bestDistance] = [colour, distance];
  }
  return best;
}

type Triple = [number, number, number];

function parseHexColour(value: string | null | undefined): Triple | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? "");
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as Triple;
}

/** sRGB (0–255) to CIELAB, D65 white point. */
function toLab(rgb: Triple): Triple {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ];
  const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116));
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

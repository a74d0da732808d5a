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

// Intercoder agreement for the Needs Review: two coders code the same interview on their own,
// and the platform shows, per theme, how far they agree (percent agreement, Cohen's κ,
// Krippendorff's α) and where they do not.
//
// Pure functions over plain data: no database, no React, no formatting. Every statistic is a
// plain number (a proportion from 0 to 1 for agreement) or null where it is undefined; it is
// never NaN or Infinity, so the UI never has to guess what "NaN %" means. Rounding and
// percentages belong to the UI.
//
// Wrong input from the calling code (arrays of different lengths, a count that is not a count,
// a coding outside the transcript) is a programmer error and throws, rather than quietly
// producing a number that looks like a result.

import { paragraphsOf } from "../interviews/transcript-text";

/** A value a coder can assign to a unit; values are compared as Map keys (SameValueZero). */
export type Category = string | number | boolean;

/**
 * A k×k table of counts: row i is coder A's category i, column j coder B's category j, so
 * cell [i][j] counts the units A put in category i and B in category j. Counts are
 * non-negative integers.
 */
export type ContingencyTable = readonly (readonly number[])[];

// ---------------------------------------------------------------------------------------------
// Two coders: percent agreement and Cohen's κ
// ---------------------------------------------------------------------------------------------

/**
 * The contingency table of two coders' labels for the same units (a[i] and b[i] label unit i).
 * Categories are listed in order of first appearance, in a and then in b.
 */
export function contingencyTable<T extends Category>(
  a: readonly T[],
  b: readonly T[],
): { categories: T[]; counts: number[][] } {
  if (a.length !== b.length) {
    throw new RangeError(`Two coders must label the same units: got ${a.length} and ${b.length} labels`);
  }
  const index = new Map<T, number>();
  for (const value of [...a, ...b]) if (!index.has(value)) index.set(value, index.size);
  const counts = Array.from({ length: index.size }, () => new Array<number>(index.size).fill(0));
  for (let unit = 0; unit < a.length; unit++) counts[index.get(a[unit])!][index.get(b[unit])!] += 1;
  return { categories: [...index.keys()], counts };
}

/**
 * Observed agreement p_o: the proportion of units on which the two coders agree (0 to 1).
 * Null when there are no units: agreement over nothing is undefined, not 0 % or 100 %.
 */
export function percentAgreement(table: ContingencyTable): number | null;
export function percentAgreement<T extends Category>(a: readonly T[], b: readonly T[]): number | null;
export function percentAgreement<T extends Category>(
  tableOrA: ContingencyTable | readonly T[],
  b?: readonly T[],
): number | null {
  const { n, diagonal } = tableSums(asTable(tableOrA, b));
  return n === 0 ? null : diagonal / n;
}

/**
 * Chance agreement p_e of Cohen's κ: the agreement expected if each coder kept her own
 * proportions of categories (her marginals) but assigned them to units independently of the
 * other, Σ_i (row_i / n)(column_i / n). Null when there are no units.
 */
export function chanceAgreement(table: ContingencyTable): number | null;
export function chanceAgreement<T extends Category>(a: readonly T[], b: readonly T[]): number | null;
export function chanceAgreement<T extends Category>(
  tableOrA: ContingencyTable | readonly T[],
  b?: readonly T[],
): number | null {
  const { n, marginalProducts } = tableSums(asTable(tableOrA, b));
  return n === 0 ? null : marginalProducts / (n * n);
}

/**
 * Cohen's κ (Cohen 1960), the textbook formula κ = (p_o − p_e) / (1 − p_e), with p_e from each
 * coder's own marginals (see chanceAgreement), for any number of categories.
 *
 * Computed on the counts, κ = (n·Σ t_ii − Σ r_i c_i) / (n² − Σ r_i c_i), which is the same
 * formula multiplied through by n²: integers throughout, so the undefined case is detected
 * exactly rather than as a difference of two floats that happens to be 1e-17.
 *
 * Null when undefined:
 * - no units (n = 0);
 * - p_e = 1, which happens only when both coders put every unit in one and the same category.
 *   Then p_o is 1 as well and κ is 0/0: there was no variation for chance to explain. Perfect
 *   agreement on such data is visible in percentAgreement; κ has nothing to add.
 */
export function cohensKappa(table: ContingencyTable): number | null;
export function cohensKappa<T extends Category>(a: readonly T[], b: readonly T[]): number | null;
export function cohensKappa<T extends Category>(
  tableOrA: ContingencyTable | readonly T[],
  b?: readonly T[],
): number | null {
  const { n, diagonal, marginalProducts } = tableSums(asTable(tableOrA, b));
  const denominator = n * n - marginalProducts;
  if (n === 0 || denominator === 0) return null;
  return (n * diagonal - marginalProducts) / denominator;
}

// One signature for "a table, or two label arrays": b is absent only when a table is given.
function asTable<T extends Category>(tableOrA: ContingencyTable | readonly T[], b: readonly T[] | undefined): ContingencyTable {
  if (b === undefined) return tableOrA as ContingencyTable;
  return contingencyTable(tableOrA as readonly T[], b).counts;
}

function tableSums(table: ContingencyTable): { n: number; diagonal: number; marginalProducts: number } {
  const k = table.length;
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  let n = 0;
  let diagonal = 0;
  table.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== k) {
      const cells = Array.isArray(row) ? row.length : "no";
      throw new RangeError(`A contingency table must be square: row ${i} has ${cells} cells for ${k} categories`);
    }
    row.forEach((count: unknown, j) => {
      if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) {
        throw new RangeError(`A contingency table holds counts: cell [${i}][${j}] is ${String(count)}`);
      }
      rows[i] += count;
      columns[j] += count;
      n += count;
      if (i === j) diagonal += count;
    });
  });
  const marginalProducts = rows.reduce((sum, row, i) => sum + row * columns[i], 0);
  return { n, diagonal, marginalProducts };
}

// ---------------------------------------------------------------------------------------------
// Any number of coders, missing values: Krippendorff's α (nominal)
// ---------------------------------------------------------------------------------------------

/**
 * Reliability data, one entry per unit: the values the coders assigned to that unit, null
 * (or undefined) where a coder assigned none. For nominal α it does not matter which coder
 * assigned which value, so the position in a unit's array only has to be consistent for the
 * reader's sake.
 */
export type ReliabilityData<T extends Category> = readonly (readonly (T | null | undefined)[])[];

/**
 * Krippendorff's coincidence matrix: o[c][k] counts the ordered pairs of values (c, k) that
 * different coders assigned to the same unit, each pair weighted 1/(m_u − 1) where m_u is the
 * number of values the unit received. The weight makes every pairable value count exactly once
 * (each row c sums to n_c, the number of pairable values c), however many coders saw the unit;
 * that is how α handles any number of coders and missing values without imputing anything.
 * Units with fewer than two values have no pair and are left out ("not pairable").
 *
 * Categories are listed in order of first appearance among the pairable values; n is the
 * number of pairable values (the matrix total).
 */
export function coincidenceMatrix<T extends Category>(
  units: ReliabilityData<T>,
): { categories: T[]; matrix: number[][]; n: number } {
  const index = new Map<T, number>();
  const pairable: Map<number, number>[] = [];
  for (const unit of units) {
    const present = unit.filter((value): value is T => value !== null && value !== undefined);
    if (present.length < 2) continue;
    const counts = new Map<number, number>();
    for (const value of present) {
      if (!index.has(value)) index.set(value, index.size);
      const c = index.get(value)!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    pairable.push(counts);
  }
  const matrix = Array.from({ length: index.size }, () => new Array<number>(index.size).fill(0));
  let n = 0;
  for (const counts of pairable) {
    let m = 0;
    for (const count of counts.values()) m += count;
    n += m;
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) matrix[c][k] += (nc * (c === k ? nk - 1 : nk)) / (m - 1);
    }
  }
  return { categories: [...index.keys()], matrix, n };
}

/**
 * Krippendorff's α for nominal data (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): α = 1 − D_o / D_e, with observed disagreement D_o the share of
 * mismatched pairs in the coincidence matrix and expected disagreement D_e the share of
 * mismatched pairs among all pairable values drawn without replacement. For nominal data this
 * is α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
 *
 * Why the coincidence matrix rather than a two-coder table: it treats coders as
 * interchangeable and pools their values, so the same formula serves two coders or ten, with
 * or without missing values, and the (n − 1) in D_e corrects for small samples.
 *
 * Null when undefined:
 * - no pairable units (no unit received two values): there is nothing to compare;
 * - D_e = 0: every pairable value is the same category, so no disagreement was possible and
 *   α = 1 − 0/0. Data without variation cannot show whether coders can tell categories apart;
 *   returning 1 would report a reliability the data do not show.
 */
export function krippendorffAlpha<T extends Category>(units: ReliabilityData<T>): number | null {
  // Computed from the unit counts rather than the matrix: the mismatched pairs of a unit are
  // (m_u² − Σ_c n_uc²) / (m_u − 1), and Σ_{c≠k} n_c·n_k = n² − Σ_c n_c² is an exact integer,
  // so D_e = 0 is detected exactly and perfect agreement gives exactly 1.
  const totals = new Map<T, number>();
  let n = 0;
  let mismatched = 0;
  for (const unit of units) {
    const present = unit.filter((value): value is T => value !== null && value !== undefined);
    const m = present.length;
    if (m < 2) continue;
    const counts = new Map<T, number>();
    for (const value of present) counts.set(value, (counts.get(value) ?? 0) + 1);
    let sameSquares = 0;
    for (const [value, count] of counts) {
      sameSquares += count * count;
      totals.set(value, (totals.get(value) ?? 0) + count);
    }
    mismatched += (m * m - sameSquares) / (m - 1);
    n += m;
  }
  if (n === 0) return null;
  let totalSquares = 0;
  for (const count of totals.values()) totalSquares += count * count;
  const expectedMismatched = n * n - totalSquares;
  if (expectedMismatched === 0) return null;
  return 1 - ((n - 1) * mismatched) / expectedMismatched;
}

// ---------------------------------------------------------------------------------------------
// Theme co-occurrence
// ---------------------------------------------------------------------------------------------

/**
 * The co-occurrence coefficient of two themes (Jaccard): n12 / (n1 + n2 − n12), where n1 and
 * n2 count the units coded with each theme and n12 those coded with both. 0 when neither theme
 * was applied (the denominator is 0): themes that never occur do not co-occur.
 * Throws when the counts cannot describe real units (negative, fractional, or n12 larger than
 * either theme's count).
 */
export function cooccurrenceCoefficient(n1: number, n2: number, n12: number): number {
  for (const [name, value] of [["n1", n1], ["n2", n2], ["n12", n12]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a count, got ${value}`);
  }
  if (n12 > Math.min(n1, n2)) {
    throw new RangeError(`n12 (${n12}) cannot exceed the count of either theme (${n1}, ${n2})`);
  }
  const union = n1 + n2 - n12;
  return union === 0 ? 0 : n12 / union;
}

// ---------------------------------------------------------------------------------------------
// Two coders of one transcript, per theme
// ---------------------------------------------------------------------------------------------

/** A passage one coder coded with one theme: the character range [start, end) of the stored text. */
export type Coding = { themeId: string; coderId: string; start: number; end: number };

/** Which of the two compared coders: the first list of codings (A) or the second (B). */
export type CoderSide = "A" | "B";

/** A paragraph to which one coder applied the theme and the other did not. */
export type Disagreement = { paragraph: number; start: number; end: number; appliedBy: CoderSide };

export type ThemeAgreement = {
  themeId: string;
  /** Units compared: the transcript's paragraphs. */
  units: number;
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
  /** Proportion of paragraphs (0 to 1) on which the coders agree; null without paragraphs. */
  percentAgreement: number | null;
  cohensKappa: number | null;
  krippendorffAlpha: number | null;
  /** Paragraphs where exactly one coder applied the theme, in paragraph order. */
  disagreements: Disagreement[];
};

/**
 * Compares two coders' codings of one transcript, theme by theme.
 *
 * The units are the transcript's paragraphs (paragraphsOf: each non-blank line, so a speaker
 * turn). Coders mark passages of any length, and two coders almost never choose the same
 * character offsets for the same idea; comparing characters would count a passage that starts
 * one word later as disagreement. A paragraph is the smallest unit both coders see the same
 * way, and it is also the unit of coding by paragraph, so the statistics speak about what
 * coders actually decide. A coder applied a theme to a paragraph when any of her codings of
 * that theme overlaps it by at least one character.
 *
 * Per theme, each paragraph is a binary unit (theme present or absent for each coder), from
 * which come the counts, percent agreement, κ and α (two coders, no missing values).
 *
 * Every theme that either coder used is listed, even one whose codings cover no paragraph
 * (only blank space between lines): the UI can then show that the theme was used. Themes come
 * in order of theme id (compared as strings by code unit, not by locale, so the order is the
 * same everywhere), and disagreements in paragraph order.
 *
 * Throws (programmer errors) when a coding's range is not within the text or is empty, when
 * one list holds the codings of more than one coder, or when the same coder is on both sides.
 */
export function compareCoders(text: string, codingsA: readonly Coding[], codingsB: readonly Coding[]): ThemeAgreement[] {
  checkCodings(text, codingsA, "A");
  checkCodings(text, codingsB, "B");
  if (codingsA.length > 0 && codingsB.length > 0 && codingsA[0].coderId === codingsB[0].coderId) {
    throw new RangeError(`Coder ${codingsA[0].coderId} cannot be compared with herself`);
  }

  const paragraphs = paragraphsOf(text);
  const appliedA = paragraphsByTheme(paragraphs, codingsA);
  const appliedB = paragraphsByTheme(paragraphs, codingsB);
  const themeIds = [...new Set([...appliedA.keys(), ...appliedB.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));

  return themeIds.map((themeId) => {
    const byA = appliedA.get(themeId) ?? new Set<number>();
    const byB = appliedB.get(themeId) ?? new Set<number>();
    let both = 0;
    let onlyA = 0;
    let onlyB = 0;
    let neither = 0;
    const disagreements: Disagreement[] = [];
    const a: boolean[] = [];
    const b: boolean[] = [];
    for (const { index, start, end } of paragraphs) {
      const inA = byA.has(index);
      const inB = byB.has(index);
      a.push(inA);
      b.push(inB);
      if (inA && inB) both += 1;
      else if (inA) onlyA += 1;
      else if (inB) onlyB += 1;
      else neither += 1;
      if (inA !== inB) disagreements.push({ paragraph: index, start, end, appliedBy: inA ? "A" : "B" });
    }
    return {
      themeId,
      units: paragraphs.length,
      both,
      onlyA,
      onlyB,
      neither,
      percentAgreement: percentAgreement(a, b),
      cohensKappa: cohensKappa(a, b),
      krippendorffAlpha: krippendorffAlpha(a.map((value, unit) => [value, b[unit]])),
      disagreements,
    };
  });
}

function checkCodings(text: string, codings: readonly Coding[], side: CoderSide): void {
  for (const coding of codings) {
    const { start, end } = coding;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > text.length || start >= end) {
      throw new RangeError(
        `Coding [${start}, ${end}) of theme ${coding.themeId} by coder ${side} is not a passage of this ${text.length}-character transcript`,
      );
    }
    if (coding.coderId !== codings[0].coderId) {
      throw new RangeError(`The codings of coder ${side} come from more than one coder (${codings[0].coderId}, ${coding.coderId})`);
    }
  }
}

/** For each theme, the indexes of the paragraphs that at least one coding of it overlaps. */
function paragraphsByTheme(paragraphs: ReturnType<typeof paragraphsOf>, codings: readonly Coding[]): Map<string, Set<number>> {
  const byTheme = new Map<string, Set<number>>();
  for (const { themeId, start, end } of codings) {
    let applied = byTheme.get(themeId);
    if (!applied) byTheme.set(themeId, (applied = new Set()));
    // Paragraphs are sorted and disjoint: find the first one ending after the coding starts,
    // then take paragraphs while they start before the coding ends.
    let low = 0;
    let high = paragraphs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (paragraphs[middle].end <= start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < paragraphs.length && paragraphs[i].start < end; i++) applied.add(i);
  }
  return byTheme;
}

import { describe, expect, it } from "vitest";
import {
  chanceAgreement,
  coincidenceMatrix,
  cohensKappa,
  compareCoders,
  contingencyTable,
  cooccurrenceCoefficient,
  krippendorffAlpha,
  percentAgreement,
  type Coding,
} from "./agreement";
import { paragraphsOf } from "../interviews/transcript-text";

// Two coders' labels for the units of a 2×2 table, in the table's order: `yesYes` units both
// coded "yes", `yesNo` units A coded "yes" and B "no", and so on.
function labelsOf2x2(yesYes: number, yesNo: number, noYes: number, noNo: number): [string[], string[]] {
  const a: string[] = [];
  const b: string[] = [];
  const add = (count: number, x: string, y: string) => {
    for (let i = 0; i < count; i++) {
      a.push(x);
      b.push(y);
    }
  };
  add(yesYes, "yes", "yes");
  add(yesNo, "yes", "no");
  add(noYes, "no", "yes");
  add(noNo, "no", "no");
  return [a, b];
}

describe("percent agreement and Cohen's κ: published examples", () => {
  it("Wikipedia, \"Cohen's kappa\", worked example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no", () => {
    // Source: https://en.wikipedia.org/wiki/Cohen%27s_kappa, the worked example of its
    // "Examples" section (50 grant proposals, readers A and B). The article gives
    // p_o = (20 + 15)/50 = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5 (A says yes to 25/50, B to 30/50),
    // κ = 0.2/0.5 = 0.4.
    const table = [
      [20, 5],
      [10, 15],
    ];
    expect(percentAgreement(table)).toBeCloseTo(0.7, 12);
    expect(chanceAgreement(table)).toBeCloseTo(0.5, 12);
    expect(cohensKappa(table)).toBeCloseTo(0.4, 12);

    const [a, b] = labelsOf2x2(20, 5, 10, 15);
    expect(contingencyTable(a, b)).toEqual({ categories: ["yes", "no"], counts: table });
    expect(percentAgreement(a, b)).toBeCloseTo(0.7, 12);
    expect(chanceAgreement(a, b)).toBeCloseTo(0.5, 12);
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 12);
  });

  it("Wikipedia, \"Cohen's kappa\": the same p_o of 0.60 gives different κ with different marginals", () => {
    // Source: the same article, its pair of tables with the same percentages but different
    // numbers (cited from memory: I could not reopen the page here, so both are worked by hand):
    // 45/15/25/15: A yes 60/100, B yes 70/100, p_e = .6·.7 + .4·.3 = .54, κ = .06/.46 ≈ 0.1304;
    // 25/35/5/35:  A yes 60/100, B yes 30/100, p_e = .6·.3 + .4·.7 = .46, κ = .14/.54 ≈ 0.2593.
    const first = [
      [45, 15],
      [25, 15],
    ];
    const second = [
      [25, 35],
      [5, 35],
    ];
    expect(percentAgreement(first)).toBeCloseTo(0.6, 12);
    expect(percentAgreement(second)).toBeCloseTo(0.6, 12);
    expect(chanceAgreement(first)).toBeCloseTo(0.54, 12);
    expect(chanceAgreement(second)).toBeCloseTo(0.46, 12);
    expect(cohensKappa(first)).toBeCloseTo(0.1304, 4);
    expect(cohensKappa(second)).toBeCloseTo(0.2593, 4);
  });

  it("Applied Nonparametric Statistical Methods (5th ed.), Example 10.11: two dentists, κ = 0.41747573", () => {
    // Source: the example as reproduced by ANSM5, the R package that accompanies the book
    // (github.com/neilhspencer/ANSM5, tests/testthat/test-cohen.kappa.R, "Example 10.11"):
    // 100 patients; dentist A says treatment is needed for 45, dentist B agrees on 40 of them,
    // and of A's 55 "not needed", B says needed for 25 and not needed for 30. The package's
    // expected κ is 0.41747573. I could not open the book itself; worked by hand from those
    // counts: p_o = (40 + 30)/100 = 0.70; A needed .45, B needed .65, so
    // p_e = .45·.65 + .55·.35 = .2925 + .1925 = .485; κ = (.70 − .485)/(1 − .485) = .215/.515
    // = 0.417475728…, which matches.
    const [a, b] = labelsOf2x2(40, 5, 25, 30);
    expect(percentAgreement(a, b)).toBeCloseTo(0.7, 12);
    expect(chanceAgreement(a, b)).toBeCloseTo(0.485, 12);
    expect(cohensKappa(a, b)).toBeCloseTo(0.41747573, 8);
  });

  it("works for more than two categories (worked by hand)", () => {
    // Three categories, 100 units, rows coder A, columns coder B:
    //        x   y   z  | A
    //   x   30   5   5  | 40
    //   y    5  20   5  | 30
    //   z    0   5  25  | 30
    //   B   35  30  35  | 100
    // p_o = 75/100 = 0.75; p_e = (.40·.35 + .30·.30 + .30·.35) = .14 + .09 + .105 = .335;
    // κ = (.75 − .335)/(1 − .335) = .415/.665 = 0.624060…
    const table = [
      [30, 5, 5],
      [5, 20, 5],
      [0, 5, 25],
    ];
    expect(percentAgreement(table)).toBeCloseTo(0.75, 12);
    expect(chanceAgreement(table)).toBeCloseTo(0.335, 12);
    expect(cohensKappa(table)).toBeCloseTo(0.415 / 0.665, 12);
  });
});

describe("percent agreement and Cohen's κ: edge cases", () => {
  it("perfect agreement over two or more categories gives p_o = 1 and κ = 1", () => {
    const labels = ["a", "b", "c", "a", "b"];
    expect(percentAgreement(labels, [...labels])).toBe(1);
    expect(cohensKappa(labels, [...labels])).toBe(1);
  });

  it("all units in one category for both coders: p_o = 1 but κ is undefined (p_e = 1), so null", () => {
    const same = [true, true, true];
    expect(percentAgreement(same, same)).toBe(1);
    expect(chanceAgreement(same, same)).toBe(1);
    expect(cohensKappa(same, same)).toBeNull();
    expect(cohensKappa([[7]])).toBeNull();
    expect(cohensKappa([
      [0, 0],
      [0, 4],
    ])).toBeNull();
  });

  it("one coder uses a single category and the other does not: κ = 0, not undefined", () => {
    // A says "x" to all 4 units, B to 3: p_o = 3/4, p_e = 1·3/4, κ = 0/(1/4) = 0.
    expect(cohensKappa(["x", "x", "x", "x"], ["x", "x", "x", "y"])).toBe(0);
  });

  it("systematic disagreement gives κ = −1", () => {
    const table = [
      [0, 5],
      [5, 0],
    ];
    expect(percentAgreement(table)).toBe(0);
    expect(cohensKappa(table)).toBe(-1);
  });

  it("no units: every statistic is null, never NaN", () => {
    expect(percentAgreement([], [])).toBeNull();
    expect(chanceAgreement([], [])).toBeNull();
    expect(cohensKappa([], [])).toBeNull();
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa([
      [0, 0],
      [0, 0],
    ])).toBeNull();
    expect(contingencyTable([], [])).toEqual({ categories: [], counts: [] });
  });

  it("label arrays of different lengths are a programmer error", () => {
    expect(() => percentAgreement(["a"], ["a", "b"])).toThrow(RangeError);
    expect(() => cohensKappa(["a", "b"], ["a"])).toThrow(/same units/);
    expect(() => contingencyTable([1, 2, 3], [1])).toThrow(RangeError);
  });

  it("a table that is not square or holds something other than counts is a programmer error", () => {
    expect(() => cohensKappa([[1, 2], [3]])).toThrow(/square/);
    expect(() => cohensKappa([[1, 2]])).toThrow(/square/);
    expect(() => cohensKappa([[1, -1], [0, 1]])).toThrow(/counts/);
    expect(() => cohensKappa([[1.5, 0], [0, 1]])).toThrow(/counts/);
    expect(() => cohensKappa([[Number.NaN, 0], [0, 1]])).toThrow(/counts/);
  });

  it("is never NaN or Infinity on any small table (exhaustive over 2×2 tables with counts 0..4)", () => {
    for (let a = 0; a <= 4; a++)
      for (let b = 0; b <= 4; b++)
        for (let c = 0; c <= 4; c++)
          for (let d = 0; d <= 4; d++) {
            const table = [
              [a, b],
              [c, d],
            ];
            for (const value of [percentAgreement(table), chanceAgreement(table), cohensKappa(table)]) {
              if (value !== null) expect(Number.isFinite(value)).toBe(true);
            }
            const kappa = cohensKappa(table);
            if (kappa !== null) {
              expect(kappa).toBeGreaterThanOrEqual(-1);
              expect(kappa).toBeLessThanOrEqual(1);
            }
          }
  });
});

describe("Krippendorff's α (nominal): published examples", () => {
  // Source for all three: Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
  // Annenberg School for Communication, University of Pennsylvania, Departmental Papers (ASC),
  // https://repository.upenn.edu/asc_papers/43. Each example's coincidence matrix is checked
  // too, because α agreeing by accident with the wrong matrix is possible on small data.

  it("A. binary data, two observers, no missing data: α ≈ 0.095", () => {
    // Units 1..10; observer i: 0 1 0 0 0 0 0 0 1 0; observer j: 1 1 1 0 0 1 0 0 0 0.
    // Coincidences: o00 = 10 (5 units agree on 0, each pair counted both ways), o11 = 2,
    // o01 = o10 = 4 (units 1, 3, 6, 9); n0 = 14, n1 = 6, n = 20.
    // α = 1 − (n − 1)·o01/(n0·n1) = 1 − 19·4/(14·6) = 1 − 76/84 = 0.0952…
    const i = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const j = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const units = i.map((value, u) => [value, j[u]]);
    expect(coincidenceMatrix(units)).toEqual({
      categories: [0, 1],
      matrix: [
        [10, 4],
        [4, 2],
      ],
      n: 20,
    });
    expect(krippendorffAlpha(units)).toBeCloseTo(1 - 76 / 84, 12);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.095, 3);
  });

  it("B. nominal data, two observers, no missing data: α ≈ 0.692", () => {
    // Units 1..12; observer i: a a b b d c c c e d d a; observer j: b a b b b c c c e d d d.
    // Mismatched units 1 (a,b), 5 (d,b), 12 (a,d): Σ_{c≠k} o_ck = 6; n = 24 with n_a = 4,
    // n_b = 6, n_c = 6, n_d = 6, n_e = 2, so Σ_{c≠k} n_c·n_k = 24² − (16+36+36+36+4) = 448.
    // α = 1 − 23·6/448 = 1 − 138/448 = 0.6920…
    const i = "aabbdcccedda".split("");
    const j = "babbbccceddd".split("");
    const units = i.map((value, u) => [value, j[u]]);
    expect(krippendorffAlpha(units)).toBeCloseTo(1 - 138 / 448, 12);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.692, 3);
  });

  it("C. nominal data, four observers, missing data: α ≈ 0.743", () => {
    // Observers A–D (rows of the paper's table), units 1..12, "." missing:
    //   A: 1 2 3 3 2 1 4 1 2 . . .
    //   B: 1 2 3 3 2 2 4 1 2 5 . 3
    //   C: . 3 3 3 2 3 4 2 2 5 1 .
    //   D: 1 2 3 3 2 4 4 1 2 5 1 .
    // (The same data is the "nmm" example of the R package irr's kripp.alpha.) Unit 12 has a
    // single value and is not pairable, so n = 40, with n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5,
    // n_5 = 3. Mismatched pairs, (m_u² − Σ_c n_uc²)/(m_u − 1): unit 2 (16 − 10)/3 = 2,
    // unit 6 (16 − 4)/3 = 4, unit 8 (16 − 10)/3 = 2, others 0: 8 in all.
    // Σ_{c≠k} n_c·n_k = 40² − (81 + 169 + 100 + 25 + 9) = 1216.
    // α = 1 − 39·8/1216 = 1 − 312/1216 = 113/152 = 0.74342… (checked with exact fractions).
    const observers = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const units = observers[0].map((_, u) => observers.map((row) => row[u]));

    const { categories, matrix, n } = coincidenceMatrix(units);
    expect(categories).toEqual([1, 2, 3, 4, 5]);
    expect(n).toBe(40);
    // The paper's coincidence matrix: o11 = 7, o12 = 4/3, o13 = o14 = 1/3, o22 = 10,
    // o23 = 4/3, o24 = 1/3, o33 = 8, o34 = 1/3, o44 = 4, o55 = 3.
    const expected = [
      [7, 4 / 3, 1 / 3, 1 / 3, 0],
      [4 / 3, 10, 4 / 3, 1 / 3, 0],
      [1 / 3, 4 / 3, 8, 1 / 3, 0],
      [1 / 3, 1 / 3, 1 / 3, 4, 0],
      [0, 0, 0, 0, 3],
    ];
    matrix.forEach((row, c) => row.forEach((value, k) => expect(value).toBeCloseTo(expected[c][k], 12)));
    expect(matrix.map((row) => row.reduce((sum, value) => sum + value, 0))).toEqual([9, 13, 10, 5, 3].map((x) => expect.closeTo(x, 12)));

    expect(krippendorffAlpha(units)).toBeCloseTo(113 / 152, 12);
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
    // undefined marks missing as well as null does, and coder order does not matter.
    expect(krippendorffAlpha(units.map((unit) => [...unit].reverse().map((v) => v ?? undefined)))).toBeCloseTo(113 / 152, 12);
  });
});

describe("Krippendorff's α: edge cases", () => {
  it("perfect agreement over two or more categories gives exactly 1, with or without missing values", () => {
    expect(krippendorffAlpha([["a", "a"], ["b", "b"], ["a", "a", "a"]])).toBe(1);
    expect(krippendorffAlpha([["a", "a", null], [null, "b", "b"], ["c"]])).toBe(1);
  });

  it("one category only: no disagreement was possible (D_e = 0), so null rather than 1 or NaN", () => {
    expect(krippendorffAlpha([["a", "a"], ["a", "a"]])).toBeNull();
    // Unit 2's "b" has no partner, so it is not pairable and does not add variation.
    expect(krippendorffAlpha([["a", "a"], ["b", null]])).toBeNull();
  });

  it("no units, or no unit with two values: null", () => {
    expect(krippendorffAlpha([])).toBeNull();
    expect(krippendorffAlpha([[], [null, null], ["a"], [undefined, "b"]])).toBeNull();
    expect(coincidenceMatrix([["a"], [null, "b"]])).toEqual({ categories: [], matrix: [], n: 0 });
  });

  it("systematic disagreement goes below 0 (worked by hand)", () => {
    // 10 units (0, 1): n = 20, n_0 = n_1 = 10, mismatched pairs 10·2 = 20,
    // Σ_{c≠k} n_c·n_k = 400 − 200 = 200; α = 1 − 19·20/200 = −0.9.
    const units = Array.from({ length: 10 }, () => [0, 1]);
    expect(krippendorffAlpha(units)).toBeCloseTo(-0.9, 12);
  });

  it("every row of the coincidence matrix sums to the number of pairable values of its category", () => {
    const { categories, matrix, n } = coincidenceMatrix([["x", "y", "y"], ["x", null, "z", "z"], ["y", "x"]]);
    expect(categories).toEqual(["x", "y", "z"]);
    expect(n).toBe(8);
    expect(matrix.map((row) => row.reduce((sum, value) => sum + value, 0))).toEqual([3, 3, 2].map((x) => expect.closeTo(x, 12)));
  });
});

describe("cooccurrenceCoefficient", () => {
  it("is n12 / (n1 + n2 − n12)", () => {
    expect(cooccurrenceCoefficient(3, 5, 2)).toBeCloseTo(2 / 6, 12);
    expect(cooccurrenceCoefficient(4, 4, 4)).toBe(1);
    expect(cooccurrenceCoefficient(2, 3, 0)).toBe(0);
    expect(cooccurrenceCoefficient(0, 3, 0)).toBe(0);
  });

  it("is 0, not NaN, when neither theme occurs", () => {
    expect(cooccurrenceCoefficient(0, 0, 0)).toBe(0);
  });

  it("throws when the counts cannot describe real units", () => {
    expect(() => cooccurrenceCoefficient(2, 3, 3)).toThrow(/cannot exceed/);
    expect(() => cooccurrenceCoefficient(0, 0, 1)).toThrow(/cannot exceed/);
    expect(() => cooccurrenceCoefficient(-1, 3, 0)).toThrow(/count/);
    expect(() => cooccurrenceCoefficient(1.5, 3, 0)).toThrow(/count/);
    expect(() => cooccurrenceCoefficient(2, Number.NaN, 0)).toThrow(/count/);
  });
});

describe("compareCoders", () => {
  const text = [
    "I: Wie sind Sie nach Bologna gekommen?",
    "",
    "TCN-07: Über eine Freundin, die schon hier arbeitete.",
    "I: Und die Anmeldung beim Amt?",
    "TCN-07: Drei Termine, und niemand sprach Englisch.",
    "   ",
    "I: Danke.",
    "TCN-07: Gern.",
  ].join("\n");
  const paragraphs = paragraphsOf(text);
  const p = (index: number) => paragraphs[index];
  const coding = (themeId: string, coderId: string, start: number, end: number): Coding => ({ themeId, coderId, start, end });

  it("has the six paragraphs the examples below rely on", () => {
    expect(paragraphs.map(({ start, end }) => text.slice(start, end))).toEqual([
      "I: Wie sind Sie nach Bologna gekommen?",
      "TCN-07: Über eine Freundin, die schon hier arbeitete.",
      "I: Und die Anmeldung beim Amt?",
      "TCN-07: Drei Termine, und niemand sprach Englisch.",
      "I: Danke.",
      "TCN-07: Gern.",
    ]);
  });

  it("reports per theme the counts, statistics and disagreements, themes by id and paragraphs in order", () => {
    const codingsA = [
      coding("language", "ana", p(3).start + 22, p(3).end - 1),
      coding("access", "ana", p(3).start + 8, p(3).start + 20),
      coding("access", "ana", p(1).start, p(1).end),
    ];
    const codingsB = [
      // Only the blank line between paragraphs 0 and 1: used, but applied to no paragraph.
      coding("zeta", "ben", p(0).end, p(1).start),
      // One character of paragraph 1 is enough.
      coding("access", "ben", p(1).end - 1, p(1).end),
      // From the start of paragraph 2 into the first character of paragraph 3: both.
      coding("access", "ben", p(2).start, p(3).start + 1),
    ];
    const result = compareCoders(text, codingsA, codingsB);
    expect(result.map((theme) => theme.themeId)).toEqual(["access", "language", "zeta"]);

    // access: A {1, 3}, B {1, 2, 3}. Worked by hand:
    // p_o = 5/6; rows A yes 2 / no 4, columns B yes 3 / no 3, so
    // κ = (6·5 − (2·3 + 4·3))/(36 − 18) = 12/18 = 2/3;
    // α: n = 12 values, n_yes = 5, n_no = 7, mismatched pairs 2 (paragraph 2),
    // α = 1 − 11·2/(144 − 25 − 49) = 1 − 22/70 = 48/70.
    const [access, language, zeta] = result;
    expect(access).toMatchObject({ units: 6, both: 2, onlyA: 0, onlyB: 1, neither: 3 });
    expect(access.percentAgreement).toBeCloseTo(5 / 6, 12);
    expect(access.cohensKappa).toBeCloseTo(2 / 3, 12);
    expect(access.krippendorffAlpha).toBeCloseTo(48 / 70, 12);
    expect(access.disagreements).toEqual([{ paragraph: 2, start: p(2).start, end: p(2).end, appliedBy: "B" }]);

    // language: A {3}, B {}: p_o = 5/6, p_e = (1·0 + 5·6)/36 = 5/6, κ = 0;
    // α = 1 − 11·2/(144 − 1 − 121) = 0.
    expect(language).toMatchObject({ units: 6, both: 0, onlyA: 1, onlyB: 0, neither: 5 });
    expect(language.percentAgreement).toBeCloseTo(5 / 6, 12);
    expect(language.cohensKappa).toBe(0);
    expect(language.krippendorffAlpha).toBe(0);
    expect(language.disagreements).toEqual([{ paragraph: 3, start: p(3).start, end: p(3).end, appliedBy: "A" }]);

    // zeta: nobody applied it to any paragraph; the coders agree everywhere, but with no
    // variation κ and α are undefined.
    expect(zeta).toEqual({
      themeId: "zeta",
      units: 6,
      both: 0,
      onlyA: 0,
      onlyB: 0,
      neither: 6,
      percentAgreement: 1,
      cohensKappa: null,
      krippendorffAlpha: null,
      disagreements: [],
    });
  });

  it("counts overlap of at least one character; ranges are half-open", () => {
    const short = "ab\ncd";
    const themeOf = (start: number, end: number) =>
      compareCoders(short, [coding("t", "ana", start, end)], [])[0].disagreements.map((d) => d.paragraph);
    expect(themeOf(1, 3)).toEqual([0]); // "b\n": the last character of paragraph 0
    expect(themeOf(2, 3)).toEqual([]); // "\n" only: touches both paragraphs, overlaps neither
    expect(themeOf(2, 4)).toEqual([1]); // "\nc": the first character of paragraph 1
    expect(themeOf(0, 5)).toEqual([0, 1]);
  });

  it("merges overlapping and repeated codings of a theme: a paragraph counts once", () => {
    const [theme] = compareCoders(
      text,
      [coding("t", "ana", p(0).start, p(0).end), coding("t", "ana", p(0).start + 3, p(0).start + 5)],
      [coding("t", "ben", p(0).start, p(0).start + 1)],
    );
    expect(theme).toMatchObject({ both: 1, onlyA: 0, onlyB: 0, neither: 5, percentAgreement: 1, cohensKappa: 1, krippendorffAlpha: 1 });
  });

  it("orders themes by id code unit by code unit, whatever the input order", () => {
    const ids = ["b", "B", "a", "10", "9"];
    const result = compareCoders(
      text,
      ids.map((id) => coding(id, "ana", p(0).start, p(0).end)),
      [...ids].reverse().map((id) => coding(id, "ben", p(1).start, p(1).end)),
    );
    expect(result.map((theme) => theme.themeId)).toEqual(["10", "9", "B", "a", "b"]);
  });

  it("gives no themes when neither coder coded anything, and null statistics without paragraphs", () => {
    expect(compareCoders(text, [], [])).toEqual([]);
    expect(compareCoders("  \n\n ", [coding("t", "ana", 0, 2)], [])).toEqual([
      {
        themeId: "t",
        units: 0,
        both: 0,
        onlyA: 0,
        onlyB: 0,
        neither: 0,
        percentAgreement: null,
        cohensKappa: null,
        krippendorffAlpha: null,
        disagreements: [],
      },
    ]);
  });

  it("treats a coding outside the text or without characters as a programmer error", () => {
    expect(() => compareCoders(text, [coding("t", "ana", 0, text.length + 1)], [])).toThrow(RangeError);
    expect(() => compareCoders(text, [], [coding("t", "ben", -1, 3)])).toThrow(RangeError);
    expect(() => compareCoders(text, [coding("t", "ana", 5, 5)], [])).toThrow(/not a passage/);
    expect(() => compareCoders(text, [coding("t", "ana", 6, 5)], [])).toThrow(/not a passage/);
    expect(() => compareCoders(text, [coding("t", "ana", 0.5, 5)], [])).toThrow(/not a passage/);
  });

  it("treats codings of several coders on one side, or one coder on both sides, as a programmer error", () => {
    expect(() => compareCoders(text, [coding("t", "ana", 0, 5), coding("t", "ben", 0, 5)], [])).toThrow(/more than one coder/);
    expect(() => compareCoders(text, [coding("t", "ana", 0, 5)], [coding("u", "ana", 0, 5)])).toThrow(/herself/);
  });
});

// Page weight (decisions 030, 036): every page of the demo, as every demo account that may open it,
// within the HTML budget and the scripts budget, showing no catalog key raw; and neither the Drizzle
// schema nor zod in the browser's scripts. Sizes, never timings: the same build gives the same bytes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatReport, measurePages, type BudgetReport } from "../../scripts/page-budget";
import { BUDGET, DATA_HEAVY_PAGES, htmlBudgetFor } from "../../scripts/page-weight";

const ASSETS = path.resolve("build/client/assets");

describe("page weight on the demo", () => {
  let report: BudgetReport;
  beforeAll(async () => {
    report = await measurePages();
    console.log(formatReport(report));
  });

  it("visits the pages of every account, signed in or not", () => {
    const accounts = new Set(report.rows.map((r) => r.account));
    expect([...accounts].sort()).toEqual(["coordinator", "committee member", "expert", "programme admin", "technical partner", "trainee", "trainer", "visitor"].sort());
    expect(new Set(report.rows.map((r) => r.route)).size).toBeGreaterThan(60);
  });

  it("shows no catalog key raw on any page", () => {
    expect(report.rows.filter((r) => r.rawKeys.length).map((r) => `${r.path} as ${r.account}: ${r.rawKeys.join(", ")}`)).toEqual([]);
  });

  it(`keeps every page's HTML within ${BUDGET.htmlGzip} B gzip, but the few data-heavy pages named with budgets of their own`, () => {
    expect(report.rows.filter((r) => r.htmlGzip > htmlBudgetFor(r.route)).map((r) => `${r.path} as ${r.account}: ${r.htmlGzip} B`)).toEqual([]);
    const typical = report.rows.filter((r) => !(r.route in DATA_HEAVY_PAGES));
    expect(typical.length).toBeGreaterThan(report.rows.length * 0.9);
  });

  it(`keeps the scripts of every page within ${BUDGET.scriptsGzip} B gzip`, () => {
    expect(report.rows.filter((r) => r.scriptsGzip > BUDGET.scriptsGzip).map((r) => `${r.path} as ${r.account}: ${r.scriptsGzip} B`)).toEqual([]);
    // The framework (the client entry and its imports) is counted: every page loads it.
    const framework = Math.min(...report.rows.map((r) => r.scriptsGzip - r.appScriptsGzip));
    expect(framework).toBeGreaterThan(0);
  });
});

describe("the browser's scripts", () => {
  const files = readdirSync(ASSETS).filter((f) => f.endsWith(".js"));
  const text = (f: string) => readFileSync(path.join(ASSETS, f), "utf8");

  it("hold no Drizzle table (components take enumerations from ~/db/enums)", () => {
    expect(files.length).toBeGreaterThan(10);
    // Drizzle's table objects carry these symbols; a table's SQL name is a string literal.
    expect(files.filter((f) => /drizzle:Name|drizzle:IsDrizzleTable|"needs_review_report"/.test(text(f)))).toEqual([]);
  });

  it("run on Preact, not React DOM (the client build's aliases, decision 036)", () => {
    // React DOM's production build names its errors' page and marks the elements it renders.
    expect(files.filter((f) => /react\.dev\/errors|__reactProps/.test(text(f)))).toEqual([]);
    // app/preact/react-dom-client.ts stands in for react-dom/client.
    expect(files.filter((f) => text(f).includes("Hydration mismatch: rendered")).length).toBe(1);
  });

  it("hold no zod (forms validate on the server; pages take limits from zod-free modules)", () => {
    expect(files.filter((f) => /\$ZodType|ZodError/.test(text(f)))).toEqual([]);
  });
});

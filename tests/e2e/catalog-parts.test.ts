// Decision 030: a page ships only the catalog parts its routes use, and a client-side navigation
// brings the next page's with the root data. In Chromium against the real server with the demo: a
// coordinator moves through the stages and into a Needs Review page without a page load; every
// page is hydrated, shows its own strings and no catalog key raw, and nothing errs.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { rawKeysIn } from "../support/raw-keys";
import { CATALOGS, interpolate, login, startE2E, takeProblems, isHydrated, type E2E } from "./support";

const en = CATALOGS.en;
const de = CATALOGS.de;
const TERRITORY = "County of Offenbach";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
}, 180_000);
afterAll(async () => {
  await e2e?.close();
});

async function hydrated(page: Page) {
  await expect.poll(() => isHydrated(page.locator("nav.stage-nav")), { timeout: 30_000 }).toBe(true);
}

/** The page's h1, once the navigation has put it there, and the page's keys shown raw. */
async function arrived(page: Page, path: string, h1: string) {
  await page.waitForURL(`**${path}`);
  await expect.poll(() => page.locator("main h1").textContent(), { timeout: 30_000 }).toBe(h1);
  expect(rawKeysIn(await page.content()), path).toEqual([]);
  // Still the first document: the navigation happened in the browser.
  expect(await page.evaluate(() => (window as unknown as { firstDocument?: boolean }).firstDocument)).toBe(true);
}

test("client-side navigation brings each page's strings, in the page's language", { timeout: 180_000 }, async () => {
  const page = await e2e.newPage();
  await login(page, "coordinator.offenbach@eccipa.example");
  await hydrated(page);
  await page.evaluate(() => {
    (window as unknown as { firstDocument?: boolean }).firstDocument = true;
  });
  const stages = page.getByRole("navigation", { name: en.shell.stagesNav });
  const base = "/en/t/offenbach";

  await stages.getByRole("link", { name: en.stages.training }).click();
  await arrived(page, `${base}/training`, interpolate(en.training.overview.title, { territory: TERRITORY }));

  await stages.getByRole("link", { name: en.stages.coDesign }).click();
  await arrived(page, `${base}/co-design`, interpolate(en.coDesign.title, { territory: TERRITORY }));

  await stages.getByRole("link", { name: en.stages.needsReview }).click();
  await arrived(page, `${base}/needs-review`, interpolate(en.needsReview.title, { territory: TERRITORY }));
  // …and deeper, to a page whose strings (sources, their kinds) no page before needed.
  await page.locator("main").getByRole("link", { name: en.needsReview.sources, exact: true }).first().click();
  await arrived(page, `${base}/needs-review/sources`, interpolate(en.needsReview.sourcesTitle, { territory: TERRITORY }));
  expect(await page.locator("main").textContent()).toContain(en.sourceKinds.statistics);

  // A page load in another language, then a client-side navigation in it.
  await page.goto(`/de/t/offenbach/needs-review`);
  await hydrated(page);
  await page.evaluate(() => {
    (window as unknown as { firstDocument?: boolean }).firstDocument = true;
  });
  await page.getByRole("navigation", { name: de.shell.stagesNav }).getByRole("link", { name: de.stages.training }).click();
  await arrived(page, "/de/t/offenbach/training", interpolate(de.training.overview.title, { territory: "Kreis Offenbach" }));

  expect(takeProblems(page.context())).toEqual([]);
});

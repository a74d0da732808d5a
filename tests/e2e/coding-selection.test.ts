// Issue 9, A1: what is coded is what the coder sees as chosen. In Chromium against the real server
// with the demo: a technical partner selects a passage with the mouse and codes it, then ticks
// another paragraph and codes again; the second coding must be the ticked paragraph (it used to
// code the old selection a second time). The button says what it will code, live.
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { CATALOGS, interpolate, login, startE2E, takeProblems, isHydrated, type E2E } from "./support";

const en = CATALOGS.en;
const NR = "/en/t/offenbach/needs-review";

let e2e: E2E;
let page: Page;

const main = () => page.locator("main");
const panel = () => main().locator(".coding__panel");
const submit = () => panel().locator("button[type=submit]");

async function hydrated(locator: Locator) {
  await expect.poll(() => isHydrated(locator)).toBe(true);
}

/** The quotes of the codings table, in the order shown. */
async function codedQuotes(): Promise<string[]> {
  return main()
    .locator("table tbody tr td q")
    .evaluateAll((qs) => qs.map((q) => q.textContent ?? ""));
}

/** Paragraphs with a stretch of text longer than n characters that no coding marks yet. */
async function uncodedParagraphs(n: number): Promise<number[]> {
  return main()
    .locator("ol.paragraphs > li .paragraph__text")
    .evaluateAll(
      (spans, min) =>
        spans.flatMap((span, i) => ([...span.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? "").trim().length > min) ? [i] : [])),
      n,
    );
}

/** Drags the mouse over the first `length` characters of the paragraph's first stretch of text. */
async function selectInParagraph(index: number, length: number): Promise<string> {
  const found = await main()
    .locator("ol.paragraphs > li")
    .nth(index)
    .locator(".paragraph__text")
    .evaluate((span, n) => {
      const node = [...span.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && (c.textContent ?? "").trim().length > n);
      if (!node) throw new Error("no stretch of uncoded text in this paragraph");
      span.scrollIntoView({ block: "center" });
      const text = node.textContent!;
      const from = text.search(/\S/);
      const box = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const first = box(from);
      const last = box(from + n - 1);
      return { quote: text.slice(from, from + n), x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, length);
  await page.mouse.move(found.x1, found.y1);
  await page.mouse.down();
  await page.mouse.move(found.x2, found.y2, { steps: 8 });
  await page.mouse.up();
  return found.quote.trim();
}

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await login(page, "partner.offenbach@eccipa.example");
});

afterEach(() => {
  const problems = takeProblems(page.context());
  expect(problems, problems.join("\n")).toEqual([]);
});

afterAll(async () => {
  await e2e?.close();
});

describe("coding: the button codes what the page shows as chosen", () => {
  test("select with the mouse, code; tick another paragraph, code: the second coding is the ticked paragraph", async () => {
    await page.goto(`${NR}/interviews`);
    const hrefs = await main()
      .locator('a[href*="/needs-review/interviews/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const href = hrefs.find((h) => /\/interviews\/[0-9a-f-]{36}$/.test(h));
    expect(href, hrefs.join(", ")).toBeDefined();
    await page.goto(`${href}/coding`);
    const transcript = main().locator(".coding__transcript");
    await transcript.waitFor();
    await hydrated(transcript);
    const paragraphs = main().locator("ol.paragraphs > li");
    const free = await uncodedParagraphs(12);
    expect(free.length, "paragraphs with uncoded text").toBeGreaterThanOrEqual(3);
    const before = await codedQuotes();

    // 1. A passage selected with the mouse: the button says so.
    const selected = await selectInParagraph(free[0], 12);
    await expect.poll(async () => (await panel().locator(".coding__selection q").textContent())?.trim()).toBe(selected);
    expect(await submit().textContent()).toBe(en.coding.codeSelection);
    await panel().locator(".theme-choices input[type=checkbox]").first().check();
    await submit().click();
    await main().getByRole("status").filter({ hasText: interpolate(en.coding.coded_one, { count: 1 }) }).waitFor();
    // Coded, and nothing stays chosen.
    await expect.poll(codedQuotes).toEqual(expect.arrayContaining([...before, selected]));
    expect(await panel().locator(".coding__selection").count()).toBe(0);
    expect(await submit().textContent()).toBe(en.coding.codeParagraphs);
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? "")).toBe("");

    // 2. Another paragraph ticked: the button counts it, and that paragraph is what gets coded.
    const fourth = paragraphs.nth(free[1]);
    const fourthText = ((await fourth.locator(".paragraph__text").textContent()) ?? "").trim();
    await fourth.getByRole("checkbox", { name: interpolate(en.coding.selectParagraph, { number: free[1] + 1 }), exact: true }).check();
    expect(await submit().textContent()).toBe(interpolate(en.coding.codeTicked_one, { formatted: 1 }));
    await panel().locator(".theme-choices input[type=checkbox]").first().check();
    await submit().click();
    await main().getByRole("status").filter({ hasText: interpolate(en.coding.coded_one, { count: 1 }) }).waitFor();
    await expect.poll(async () => (await codedQuotes()).length).toBe(before.length + 2);
    const after = await codedQuotes();
    expect(after.filter((q) => q === fourthText)).toHaveLength(before.filter((q) => q === fourthText).length + 1);
    // The selected passage was coded once, not a second time.
    expect(after.filter((q) => q === selected)).toHaveLength(before.filter((q) => q === selected).length + 1);
  });

  test("selecting a passage unticks the paragraphs, and ticking one clears the selection", async () => {
    const paragraphs = main().locator("ol.paragraphs > li");
    const free = await uncodedParagraphs(8);
    const second = paragraphs.nth(0).getByRole("checkbox");
    await second.check();
    await paragraphs.nth(1).getByRole("checkbox").check();
    expect(await submit().textContent()).toBe(interpolate(en.coding.codeTicked_other, { formatted: 2 }));

    const selected = await selectInParagraph(free[free.length - 1], 8);
    await expect.poll(async () => (await panel().locator(".coding__selection q").textContent())?.trim()).toBe(selected);
    expect(await main().locator("ol.paragraphs input[type=checkbox]:checked").count()).toBe(0);
    expect(await submit().textContent()).toBe(en.coding.codeSelection);

    await second.check();
    expect(await panel().locator(".coding__selection").count()).toBe(0);
    expect(await submit().textContent()).toBe(interpolate(en.coding.codeTicked_one, { formatted: 1 }));
    // The form now carries the ticked paragraph only: no offsets of the old selection.
    expect(await main().locator("form.coding input[name=start]").count()).toBe(0);
  });
});

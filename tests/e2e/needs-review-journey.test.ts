// The Needs Review "done when" as one journey in a real browser against the real server
// (`node server.js --demo`): a technical partner registers a participant with her consent, records
// and pseudonymises an interview, codes two passages (a ticked paragraph and a passage selected
// with the mouse), writes a finding backed by both, and validates it in a focus group, where it is
// amended. Each step is a test that continues where the previous one stopped, in one page; every
// page of the journey is scanned with axe (WCAG 2.1 A/AA) once loaded and after a failed submit,
// and each step fails on any violation, console error or CSP violation.
//
// The last step generates the Needs Review Report, downloads its DOCX and PDF as a browser does,
// and opens both back to find the finding's amended wording and its outcome.
import { AxeBuilder } from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { docxText, pdfText } from "../support/report-files";
import { CATALOGS, interpolate, login, pathOf, startE2E, takeProblems, isHydrated, type E2E } from "./support";

const en = CATALOGS.en;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// One step loads and scans several pages; a shared two-core machine may take a while.

const PARTNER = { email: "partner.offenbach@eccipa.example", name: "Miriam Scholz" };
const NR = "/en/t/offenbach/needs-review";
const PSEUDONYM = "TCN-42";
const STAKEHOLDER = { pseudonym: "NGO-42", organisation: "Migrantenverein am Main (invented)" };
const INTERVIEW_DATE = "2025-10-15";

// The transcript: an interviewer greets the participant by an invented full name (after "Frau",
// so the tool proposes it), and the participant names a neighbour at the start of a sentence,
// which the tool does not propose (German capitalises every noun), to be added by hand in an empty row.
const INVENTED_NAME = "Samira Nouri";
const MISSED_NAME = "Dalia";
const MISSED_REPLACEMENT = "[NACHBARIN]";
const TURNS = [
  `I: Guten Tag, Frau ${INVENTED_NAME}. Wie war Ihr erster Besuch beim Amt?`,
  "TCN-42: Die Briefe kamen nur auf Deutsch, ich habe kaum etwas verstanden.",
  "I: Hatten Sie Hilfe beim Übersetzen?",
  `TCN-42: ${MISSED_NAME} von nebenan hat mir geholfen, einen Dolmetscher gab es dort nie.`,
  "I: Und die Termine im Internet?",
  "TCN-42: Das Portal war nur auf Deutsch, und ich musste drei Wochen auf einen Termin warten.",
];
/** Coded by ticking its paragraph (the second): the quote is the whole line. */
const PARAGRAPH_QUOTE = TURNS[1];
/** Coded by selecting it with the mouse inside the sixth paragraph. */
const SELECTED_QUOTE = "Das Portal war nur auf Deutsch";
const THEME = "Sprachbarrieren";
const SECOND_THEME = "Digitale Dienste";

// ---------------------------------------------------------------------------------------------
// What the steps share (and what a report step appended later will use).

let e2e: E2E;
/** The partner's page, signed in; each step continues where the previous one left it. */
let page: Page;
let participantId = "";
let interviewId = "";
let placeholder = "";
let findingId = "";
/** The finding as written. */
const findingStatement = "Letters and online appointments are only in German; newcomers need them in plain language and in their own languages.";
/** The focus group's outcome for it. */
const expectedOutcome = {
  outcome: "amended" as const,
  amendedStatement: "Letters and online appointment forms need a plain-language version and translations into the most common languages of newcomers.",
};
const focusGroupTitle = "Validierungsrunde Sprache und Verwaltung";

/** Axe violations and browser problems of the current step; checked after each step. */
let violations: string[] = [];

async function scan(name: string) {
  const result = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).analyze();
  for (const v of result.violations) {
    const targets = v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`);
    violations.push(`${name} (${pathOf(page)}): ${v.id} (${v.impact}) ${v.help}\n    ${targets.join("\n    ")}`);
  }
}

/** Opens a page of the journey, checks its status and heading, and scans it. */
async function open(path: string, name: string) {
  const response = await page.goto(path);
  expect(response?.status(), `${name}: HTTP status`).toBe(200);
  await page.locator("main h1").waitFor();
  await scan(name);
}

const main = () => page.locator("main");
const notice = (text: string) => main().getByRole("status").filter({ hasText: text });

/** The id at the end of the page's path after a redirect to /…/:id. */
function idFromPath(prefix: string): string {
  const m = new RegExp(`^${prefix}/([0-9a-f-]{36})$`).exec(new URL(page.url()).pathname);
  expect(m, `expected ${prefix}/<id>, got ${pathOf(page)}`).not.toBeNull();
  return m![1];
}

/** Waits until the element is hydrated (isHydrated), so its handlers run. */
async function hydrated(locator: Locator) {
  await expect.poll(() => isHydrated(locator)).toBe(true);
}

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await login(page, PARTNER.email);
});

afterEach(() => {
  const found = [...violations, ...takeProblems(page.context())];
  violations = [];
  expect(found, found.join("\n")).toEqual([]);
});

afterAll(async () => {
  await e2e?.close();
});

describe("Needs Review as a technical partner: from consent to a validated finding", () => {
  test("1. registers a third-country national and records her consent", async () => {
    await open(`${NR}/participants`, "participants");
    const form = main().getByRole("region", { name: en.needsReview.registerParticipant });
    // A technical partner works with pseudonyms only: no identity fields.
    expect(await form.getByLabel(en.needsReview.realName).count()).toBe(0);
    await form.getByLabel(en.needsReview.pseudonym).fill(PSEUDONYM);
    await form.getByLabel(en.needsReview.targetGroup).selectOption({ label: en.targetGroups.third_country_national });
    await form.getByLabel(en.needsReview.languages).fill("ar, de");
    await form.getByRole("button", { name: en.needsReview.saveParticipant }).click();
    const added = notice(interpolate(en.needsReview.participantAdded, { pseudonym: PSEUDONYM }));
    await added.waitFor();
    const row = main().getByRole("row").filter({ has: page.getByRole("rowheader", { name: PSEUDONYM, exact: true }) });
    await expect.poll(() => row.getByRole("cell").allTextContents()).toEqual([en.targetGroups.third_country_national, "—", "ar, de", en.needsReview.noConsent]);
    await scan("participants, after registering");

    await added.getByRole("link").click();
    await page.waitForURL(`**${NR}/participants/*`);
    participantId = idFromPath(`${NR}/participants`);
    await main().getByRole("heading", { level: 1, name: interpolate(en.needsReview.participantTitle, { pseudonym: PSEUDONYM }) }).waitFor();
    expect(await main().getByText(en.needsReview.noConsentRecorded).count()).toBe(1);
    await scan("participant, without consent");

    const consent = main().getByRole("region", { name: en.needsReview.recordConsent });
    await consent.getByLabel(en.needsReview.consentPurpose).fill("Interview, Aufzeichnung und pseudonymisierte Zitate");
    await consent.getByLabel(en.needsReview.consentDate).fill("2025-10-01");
    await consent.getByLabel(en.needsReview.informationSheetVersion).fill("2.0");
    await consent.getByRole("button", { name: en.needsReview.saveConsent }).click();
    await notice(en.needsReview.consentRecorded).waitFor();
    const line = interpolate(en.needsReview.consentLine, { purpose: "Interview, Aufzeichnung und pseudonymisierte Zitate", date: "1 Oct 2025", version: "2.0" });
    await expect.poll(() => main().locator("ul.plain-list li").first().textContent()).toContain(line);
    await scan("participant, after recording the consent");

    await open(`${NR}/participants`, "participants, with the consent");
    await expect.poll(() => row.getByRole("cell").last().textContent()).toBe(en.needsReview.consentInForce);
  });

  test("2. records an interview with her, pastes the transcript and pseudonymises it", async () => {
    expect(participantId).not.toBe("");
    await open(`${NR}/interviews/new`, "new interview");
    const form = main().getByRole("region", { name: en.needsReview.recordInterview });
    await form.getByLabel(en.needsReview.interviewDate).fill(INTERVIEW_DATE);
    await form.getByLabel(en.needsReview.interviewer).selectOption({ label: PARTNER.name });
    // The language is chosen by its name; the territory's own comes first and is chosen already.
    expect(await form.getByLabel(en.needsReview.interviewLanguage).inputValue()).toBe("de");
    await form.getByLabel(en.needsReview.interviewLanguage).selectOption({ label: "German" });
    await form.getByRole("checkbox", { name: PSEUDONYM, exact: true }).check();
    await form.getByLabel(en.needsReview.notes).fill("Im Beratungsraum, 40 Minuten.");
    await form.getByRole("button", { name: en.needsReview.saveInterview }).click();
    await page.waitForURL((url) => /\/interviews\/[0-9a-f-]{36}$/.test(url.pathname));
    interviewId = idFromPath(`${NR}/interviews`);
    await main().getByRole("heading", { level: 1, name: interpolate(en.needsReview.interviewOn, { date: "15 October 2025" }) }).waitFor();
    expect(await main().getByText(en.needsReview.noTranscript).count()).toBe(1);
    await scan("interview, without transcript");

    const paste = main().getByRole("region", { name: en.needsReview.addTranscript });
    await paste.getByLabel(en.needsReview.transcriptText).fill(TURNS.join("\n"));
    await paste.getByRole("button", { name: en.needsReview.saveTranscript }).click();
    await notice(en.needsReview.transcriptSaved).waitFor();
    await expect.poll(() => main().locator("pre.transcript").textContent()).toBe(TURNS.join("\n"));
    expect(await main().getByText(en.needsReview.notPseudonymised).count()).toBe(1);
    await scan("interview, with its transcript");

    await main().getByRole("link", { name: en.needsReview.pseudonymise }).click();
    await page.waitForURL(`**${NR}/interviews/${interviewId}/pseudonymise`);
    await main().locator("#proposals-heading").waitFor();
    await scan("pseudonymisation");

    // The tool proposes the name after "Frau" as a person, not ticked: the partner ticks it.
    const proposal = main().getByRole("group", { name: INVENTED_NAME, exact: true });
    const accept = proposal.getByRole("checkbox", { name: en.pseudonymisation.replace, exact: true });
    expect(await accept.isChecked()).toBe(false);
    await accept.check();
    placeholder = await proposal.getByLabel(en.pseudonymisation.replacement, { exact: true }).inputValue();
    expect(placeholder).toMatch(/^\[PERSON-\d+\]$/);
    // The neighbour's first name was missed: the partner adds it in the first empty row.
    expect(await main().getByRole("group", { name: MISSED_NAME, exact: true }).count()).toBe(0);
    const extra = main().getByRole("group", { name: interpolate(en.pseudonymisation.addRowLegend, { n: 1 }), exact: true });
    await extra.getByLabel(en.pseudonymisation.original, { exact: true }).fill(MISSED_NAME);
    await extra.getByLabel(en.pseudonymisation.kind, { exact: true }).selectOption({ label: en.replacementKinds.person });
    await extra.getByLabel(en.pseudonymisation.replacement, { exact: true }).fill(MISSED_REPLACEMENT);
    await extra.getByRole("checkbox", { name: en.pseudonymisation.replace, exact: true }).check();
    // Proposals ticked by the tool itself (known originals) are applied too.
    const ticked = await main().locator("fieldset.replacement-row:has(input[name$='.fixed']) input[type=checkbox]:checked").count();
    await main().getByRole("button", { name: en.pseudonymisation.submit }).click();
    await page.waitForURL((url) => url.pathname === `${NR}/interviews/${interviewId}` && url.searchParams.has("pseudonymised"));
    const applied = ticked + 1;
    await notice(interpolate(applied === 1 ? en.needsReview.pseudonymisedNotice_one : en.needsReview.pseudonymisedNotice_other, { count: applied, formatted: applied })).waitFor();

    const transcript = await main().locator("pre.transcript").textContent();
    expect(transcript).toContain(`Frau ${placeholder}.`);
    expect(transcript).toContain(`TCN-42: ${MISSED_REPLACEMENT} von nebenan hat`);
    for (const name of [INVENTED_NAME, "Samira", "Nouri", MISSED_NAME]) expect(transcript).not.toContain(name);
    await scan("interview, pseudonymised");
  });

  test("3. codes a ticked paragraph and a passage selected with the mouse", async () => {
    expect(interviewId).not.toBe("");
    await main().getByRole("link", { name: en.needsReview.codeThisInterview }).click();
    await page.waitForURL(`**${NR}/interviews/${interviewId}/coding`);
    await main().locator("ol.paragraphs").waitFor();
    await scan("coding");

    // Without a selection: tick the second paragraph and a theme; the button counts the paragraph.
    const panel = main().locator(".coding__panel");
    const transcript = main().locator(".coding__transcript");
    await hydrated(transcript);
    await main().getByRole("checkbox", { name: interpolate(en.coding.selectParagraph, { number: 2 }), exact: true }).check();
    await panel.getByRole("checkbox", { name: THEME, exact: true }).check();
    await panel.getByRole("button", { name: interpolate(en.coding.codeTicked_one, { formatted: 1 }) }).click();
    await notice(interpolate(en.coding.coded_one, { count: 1 })).waitFor();
    await scan("coding, after coding a paragraph");

    // With JavaScript: select a passage inside the sixth paragraph with the mouse.
    const points = await transcript.evaluate((container, quote) => {
      const span = [...container.querySelectorAll("[data-start]")].find((s) => s.textContent?.includes(quote));
      const node = span?.firstChild;
      if (!span || !node || node.nodeType !== Node.TEXT_NODE) throw new Error(`no text node holds "${quote}"`);
      span.scrollIntoView({ block: "center" });
      const at = node.textContent!.indexOf(quote);
      const charBox = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const first = charBox(at);
      const last = charBox(at + quote.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, SELECTED_QUOTE);
    await page.mouse.move(points.x1, points.y1);
    await page.mouse.down();
    await page.mouse.move(points.x2, points.y2, { steps: 8 });
    await page.mouse.up();
    const selected = panel.locator(".coding__selection q");
    await selected.waitFor();
    expect(await selected.textContent()).toBe(SELECTED_QUOTE);
    await scan("coding, with a selected passage");

    await panel.getByRole("checkbox", { name: THEME, exact: true }).check();
    await panel.getByRole("checkbox", { name: SECOND_THEME, exact: true }).check();
    await panel.getByRole("button", { name: en.coding.codeSelection }).click();
    await notice(interpolate(en.coding.coded_other, { count: 2 })).waitFor();

    // The codings table lists the exact quotes: the whole paragraph, and the selection only.
    await main().getByRole("heading", { name: interpolate(en.coding.listHeading_other, { count: 3 }) }).waitFor();
    const rows = await main()
      .locator("table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector("th")?.textContent?.trim(), tr.querySelector("td q")?.textContent, tr.querySelectorAll("td")[1]?.textContent]));
    expect(rows.sort()).toEqual(
      [
        [SECOND_THEME, SELECTED_QUOTE, PARTNER.name],
        [THEME, PARAGRAPH_QUOTE, PARTNER.name],
        [THEME, SELECTED_QUOTE, PARTNER.name],
      ].sort(),
    );
    // Both passages are marked in the transcript.
    expect(await main().locator("ol.paragraphs mark.coded").allTextContents()).toEqual([PARAGRAPH_QUOTE, SELECTED_QUOTE]);
    await scan("coding, after coding a selection");
  });

  test("4. writes a finding and links both coded passages as its evidence", async () => {
    expect(interviewId).not.toBe("");
    await open(`${NR}/findings`, "findings");
    const form = main().getByRole("region", { name: en.findings.add });
    await form.getByLabel(en.findings.kind).selectOption({ label: en.findingKinds.need });
    await form.getByLabel(en.findings.statement).fill(findingStatement);
    await form.getByRole("checkbox", { name: en.targetGroups.third_country_national, exact: true }).check();
    await form.getByLabel(en.findings.priority).selectOption({ label: en.findingPriorities.high });
    await form.getByRole("button", { name: en.findings.save }).click();
    await page.waitForURL((url) => /\/findings\/[0-9a-f-]{36}$/.test(url.pathname));
    findingId = idFromPath(`${NR}/findings`);
    await main().getByRole("heading", { level: 1, name: interpolate(en.findings.findingTitle, { kind: en.findingKinds.need }) }).waitFor();
    expect(await main().locator("p.lead").textContent()).toBe(findingStatement);
    expect(await main().getByText(en.findings.noEvidence).count()).toBe(1);
    await scan("finding, without evidence");

    // The evidence picker: choose the theme (and the interview), show its passages, tick, link.
    const picker = main().getByRole("region", { name: en.findings.addEvidence });
    await picker.getByLabel(en.findings.theme, { exact: true }).selectOption({ label: THEME });
    await picker.getByLabel(en.findings.interview, { exact: true }).selectOption(interviewId);
    await picker.getByRole("button", { name: en.findings.showPassages }).click();
    await page.waitForURL((url) => url.searchParams.get("interview") === interviewId && url.searchParams.has("theme"));
    const passages = picker.getByRole("group", { name: en.findings.passages });
    await passages.waitFor();
    expect(await passages.getByRole("checkbox").count()).toBe(2);
    await scan("finding, with the passages of a theme");
    await passages.getByRole("checkbox", { name: `“${PARAGRAPH_QUOTE}”` }).check();
    await passages.getByRole("checkbox", { name: `“${SELECTED_QUOTE}”` }).check();
    await picker.getByRole("button", { name: en.findings.linkPassages }).click();
    await notice(interpolate(en.findings.evidenceAdded_other, { count: 2 })).waitFor();
    await expect.poll(() => main().locator("blockquote").allTextContents()).toEqual(expect.arrayContaining([PARAGRAPH_QUOTE, SELECTED_QUOTE]));
    expect(await main().locator("blockquote").count()).toBe(2);
    await scan("finding, with its evidence");
  });

  test("5. validates the finding in a focus group, which amends it", async () => {
    expect(findingId).not.toBe("");
    await open(`${NR}/focus-groups`, "focus groups");
    const form = main().getByRole("region", { name: en.focusGroups.add });
    await form.getByLabel(en.focusGroups.groupTitle).fill(focusGroupTitle);
    await form.getByLabel(en.focusGroups.heldOn).fill("2025-11-20");
    await form.getByLabel(en.focusGroups.place).fill("Kreishaus Dietzenbach");
    await form.getByRole("button", { name: en.focusGroups.save }).click();
    await page.waitForURL((url) => /\/focus-groups\/[0-9a-f-]{36}$/.test(url.pathname));
    await main().getByRole("heading", { level: 1, name: interpolate(en.focusGroups.focusGroupTitle, { title: focusGroupTitle }) }).waitFor();
    expect(await main().getByText(en.focusGroups.noAttendees).count()).toBe(1);
    await scan("focus group, new");

    // A stakeholder who was not interviewed: registered and added on the spot.
    const quick = main().getByRole("region", { name: en.focusGroups.quickAdd });
    await quick.getByLabel(en.needsReview.pseudonym).fill(STAKEHOLDER.pseudonym);
    expect(await quick.getByLabel(en.needsReview.targetGroup).inputValue()).toBe("stakeholder");
    await quick.getByLabel(en.focusGroups.organisation, { exact: true }).fill(STAKEHOLDER.organisation);
    await quick.getByRole("button", { name: en.focusGroups.addAttendee }).click();
    await notice(interpolate(en.focusGroups.attendeeAdded, { pseudonym: STAKEHOLDER.pseudonym })).waitFor();
    await main().getByText(interpolate(en.focusGroups.totalAttendees_one, { formatted: 1 }), { exact: true }).waitFor();
    const attendance = main().getByRole("region", { name: en.focusGroups.attendance });
    expect(await attendance.getByRole("checkbox", { name: STAKEHOLDER.pseudonym }).isChecked()).toBe(true);
    await scan("focus group, after adding an attendee");

    // The finding is presented to the group.
    const presented = main().getByRole("region", { name: en.focusGroups.presented });
    const label = `${en.findingKinds.need}: ${findingStatement}`;
    await presented.getByRole("checkbox", { name: label, exact: true }).check();
    await presented.getByRole("button", { name: en.focusGroups.savePresented }).click();
    await notice(en.focusGroups.presentedSaved).waitFor();
    const outcome = main().getByRole("article", { name: label, exact: true });
    await outcome.waitFor();
    expect(await outcome.getByText(en.findings.notValidated).count()).toBe(1);
    await scan("focus group, with the finding presented");

    // "Amended" without the new wording is refused, and says why.
    await outcome.getByRole("radio", { name: en.validationOutcomes.amended, exact: true }).check();
    await outcome.getByRole("button", { name: en.focusGroups.saveOutcome }).click();
    const wording = outcome.getByLabel(en.focusGroups.amendedStatement, { exact: true });
    await expect.poll(() => wording.getAttribute("aria-invalid")).toBe("true");
    expect(await outcome.locator(".field-error").textContent()).toBe(en.errors.amendedWordingRequired);
    expect(await outcome.getByRole("radio", { name: en.validationOutcomes.amended, exact: true }).isChecked()).toBe(true);
    await scan("focus group, after an amended outcome without wording");

    await wording.fill(expectedOutcome.amendedStatement);
    await outcome.getByRole("button", { name: en.focusGroups.saveOutcome }).click();
    await notice(en.focusGroups.outcomeSaved).waitFor();
    const recorded = main().getByRole("article", { name: label, exact: true });
    await expect.poll(() => recorded.locator("p").first().textContent()).toBe(
      `${en.validationOutcomes[expectedOutcome.outcome]} – ${interpolate(en.findings.amendedTo, { statement: expectedOutcome.amendedStatement })}`,
    );
    await scan("focus group, after recording the outcome");
  });

  test("6. the findings list shows the validated finding with its outcome", async () => {
    expect(findingId).not.toBe("");
    await open(`${NR}/findings`, "findings, with the validated finding");
    const card = main().locator(`#finding-${findingId}`);
    await card.waitFor();
    expect(await card.getByRole("link").textContent()).toBe(findingStatement);
    const figures = await card.locator("dl div").evaluateAll((divs) => divs.map((d) => [d.querySelector("dt")?.textContent, d.querySelector("dd")?.textContent]));
    expect(Object.fromEntries(figures)).toEqual({
      [en.findings.priority]: en.findingPriorities.high,
      [en.findings.targetGroups]: en.targetGroups.third_country_national,
      [en.findings.evidence]: interpolate(en.findings.passageCount_other, { formatted: 2 }),
      [en.findings.validation]: `${en.validationOutcomes[expectedOutcome.outcome]} – ${interpolate(en.findings.amendedTo, { statement: expectedOutcome.amendedStatement })}`,
    });
    // Listed among the needs.
    expect(await main().getByRole("region", { name: en.findings.headings.need }).locator(`#finding-${findingId}`).count()).toBe(1);
  });

  test("7. generates the report, and its DOCX and PDF hold the finding with its outcome and no name", async () => {
    await open(`${NR}/report?lang=en`, "report, in English");
    const validation = interpolate(en.report.validationLine, { outcome: en.validationOutcomes[expectedOutcome.outcome] });
    const before = interpolate(en.report.originalWording, { statement: findingStatement });
    const preview = (await main().textContent()) ?? "";
    for (const expected of [expectedOutcome.amendedStatement, validation, before, SELECTED_QUOTE]) expect(preview).toContain(expected);

    const downloaded = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), main().getByRole("link", { name }).click()]);
      expect(await download.failure()).toBeNull();
      return { file: download.suggestedFilename(), bytes: new Uint8Array(readFileSync((await download.path())!)) };
    };
    const language = "English";
    const docx = await downloaded(interpolate(en.report.downloadDocx, { language }));
    const pdf = await downloaded(interpolate(en.report.downloadPdf, { language }));
    expect(docx.file).toMatch(/\.docx$/);
    expect(pdf.file).toMatch(/\.pdf$/);
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe("%PDF-");
    for (const [kind, text] of [["DOCX", docxText(docx.bytes).replace(/\s+/g, " ")], ["PDF", pdfText(pdf.bytes)]] as const) {
      for (const expected of [expectedOutcome.amendedStatement, validation, before, SELECTED_QUOTE]) expect(text, `${kind}: ${expected}`).toContain(expected);
      // Pseudonymised and de-identified: no invented name, no pseudonym, no interviewer.
      for (const absent of [INVENTED_NAME, MISSED_NAME, PSEUDONYM, PARTNER.name]) expect(text, `${kind} holds ${absent}`).not.toContain(absent);
    }
  });
});

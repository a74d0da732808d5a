// Issue 4's "done when" as one journey in a real browser against the real server
// (`node server.js --demo`), as Offenbach's coordinator (Jonas Weber) unless a step says otherwise:
// 1. a round table puts two validated needs on the table, gathers three contributions and ranks
//    them from the votes of two participants (one vote over the limit is refused first);
// 2. a Toolkit module answering one of those needs and contributions is traced back to its finding,
//    and the finding's page lists the module;
// 3. in a new cohort whose pre and post windows are both open today, four demo trainees and then
//    Aylin Demir self-assess; the insights hide the competence rows at four, show them at five;
// 4. Aylin's certificate is issued, verified on the public page, revoked and shown as revoked;
// 5. the cohort's calendar address (ICS) is read back with ical.js and matches its sessions;
// 6. a frozen Toolkit version's DOCX holds the module of step 2.
// Each step is a test that continues from the previous ones, in one coordinator page; every page is
// scanned with axe (WCAG 2.1 A/AA) once loaded and after a failed submit, and each step fails on any
// violation, console error or CSP violation.
import { AxeBuilder } from "@axe-core/playwright";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { DEMO_FINDINGS } from "~/demo/demo-findings";
import { docxText, pdfText } from "../support/report-files";
import { CATALOGS, interpolate, login, pathOf, startE2E, takeProblems, type E2E } from "./support";

const en = CATALOGS.en;
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const T = "/en/t/offenbach";
const COORDINATOR = "coordinator.offenbach@eccipa.example";
const AYLIN = { email: "trainee.offenbach@eccipa.example", name: "Aylin Demir" };
/** Four demo trainees of Offenbach (demo-training-data.ts): trainee1… are Katrin Becker, … */
const OTHERS = [
  { email: "trainee1.offenbach@eccipa.example", name: "Katrin Becker" },
  { email: "trainee2.offenbach@eccipa.example", name: "Markus Schneider" },
  { email: "trainee3.offenbach@eccipa.example", name: "Julia Wagner" },
  { email: "trainee4.offenbach@eccipa.example", name: "Stefan Braun" },
];

/** Two of Offenbach's validated demo findings (both confirmed by the demo focus group). */
const offenbach = DEMO_FINDINGS.offenbach.findings;
const NEED_TRAINING = offenbach[2].statement;
const NEED_APPOINTMENTS = offenbach[3].statement;

const THEME = "Einfache Sprache am Schalter (Testlauf)";
const PARTICIPANTS = [
  { name: "Hatice Arslan (erfunden)", organisation: "Migrantenverein Offenbach", category: "migrant_association", scope: "local" },
  { name: "Marco Ferri (inventato)", organisation: "Comune di Ravenna", category: "public_authority", scope: "international" },
] as const;
const CONTRIBUTIONS = [
  { proposal: "Schulung: Bescheide in einfacher Sprache erklären, mit Übungen an echten Briefen.", need: NEED_TRAINING },
  { proposal: "Mehrsprachige Merkblätter gemeinsam mit Migrantenvereinen schreiben.", need: NEED_TRAINING },
  { proposal: "Telefonische Terminvergabe mit Dolmetschenden an zwei Tagen pro Woche.", need: NEED_APPOINTMENTS },
];
/** Points per participant (3 each): contribution 0 gets 3, contribution 2 gets 2, contribution 1 gets 1. */
const VOTES = [
  [2, 1, 0],
  [1, 0, 2],
];
const RANKED = [CONTRIBUTIONS[0].proposal, CONTRIBUTIONS[2].proposal, CONTRIBUTIONS[1].proposal];

const MODULE_TITLE = "Bescheide in einfacher Sprache (Testmodul)";

// ---------------------------------------------------------------------------------------------

let e2e: E2E;
let page: Page;
let violations: string[] = [];
let findingId = "";
let moduleId = "";
let cohortId = "";
let cohortName = "";
const SESSION_TITLE = "Einfache Sprache: Auftakt (Testlauf)";
let sessionDate = "";
let aylinEnrolment = "";
const enrolments = new Map<string, string>();
let competenceCount = 0;

async function scanPage(p: Page, name: string) {
  const result = await new AxeBuilder({ page: p }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).analyze();
  for (const v of result.violations) {
    const targets = v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`);
    violations.push(`${name} (${pathOf(p)}): ${v.id} (${v.impact}) ${v.help}\n    ${targets.join("\n    ")}`);
  }
}
const scan = (name: string) => scanPage(page, name);

async function openOn(p: Page, path: string, name: string) {
  const response = await p.goto(path);
  expect(response?.status(), `${name}: HTTP status`).toBe(200);
  await p.locator("main h1").waitFor();
  await scanPage(p, name);
}
const open = (path: string, name: string) => openOn(page, path, name);

const main = () => page.locator("main");
const notice = (text: string) => main().getByRole("status").filter({ hasText: text });

/** Submits a form by its button and waits for the text of its answer (a notice) to render. */
async function submit(button: string, expected: string) {
  await main().getByRole("button", { name: button, exact: true }).click();
  await main().getByText(expected, { exact: false }).first().waitFor();
}

/** A field's label as its accessible name: the text, then " (required)" on required fields. */
function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(${en.forms.required}\\))?$`);
}

function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/** The UTC instant of a local wall-clock time in a time zone (for the ICS comparison). */
function zonedInstant(day: string, time: string, zone: string): string {
  const guess = new Date(`${day}T${time}:00Z`);
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(guess);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const asLocal = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return new Date(guess.getTime() - (asLocal - guess.getTime())).toISOString();
}

/** Ticks one level in every competence's fieldset of the self-assessment form and submits it. */
async function selfAssess(p: Page, enrolmentId: string, phase: "pre" | "post", level: number, name?: string) {
  const path = `${T}/my-training/assessments/${enrolmentId}/${phase}`;
  if (name) await openOn(p, path, name);
  else expect((await p.goto(path))?.status()).toBe(200);
  const radios = p.locator(`main input[type=radio][value="${level}"]`);
  competenceCount = await radios.count();
  expect(competenceCount).toBeGreaterThan(0);
  for (const radio of await radios.all()) await radio.check();
  await Promise.all([p.waitForURL(`**/my-training/progress/${enrolmentId}*`), p.locator("main").getByRole("button", { name: en.assessments.submit }).click()]);
  await p.locator("main").getByRole("status").filter({ hasText: en.assessments.saved }).waitFor();
}

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await login(page, COORDINATOR);
});

afterEach(() => {
  const found = [...violations, ...takeProblems(page.context())];
  violations = [];
  expect(found, found.join("\n")).toEqual([]);
});

afterAll(async () => {
  await e2e?.close();
});

describe("Issue 4 in the browser: from round table to certificate", () => {
  test("1. a round table turns validated needs into ranked contributions", async () => {
    await open(`${T}/co-design`, "co-design");
    const form = main().getByRole("region", { name: en.coDesign.add });
    await form.getByLabel(label(en.coDesign.theme)).fill(THEME);
    await form.getByLabel(label(en.coDesign.heldOn)).fill(isoDay(0));
    await form.getByLabel(label(en.coDesign.place)).fill("Kreishaus Dietzenbach");
    await form.getByLabel(label(en.coDesign.votesPerParticipant)).fill("3");
    await Promise.all([page.waitForURL(`**${T}/co-design/round-tables/*`), form.getByRole("button", { name: en.coDesign.save }).click()]);
    await main().getByRole("heading", { level: 1, name: interpolate(en.coDesign.roundTableTitle, { theme: THEME }) }).waitFor();
    await scan("round table, new");

    const participants = main().getByRole("region", { name: en.coDesign.participants });
    for (const p of PARTICIPANTS) {
      await participants.getByLabel(label(en.coDesign.participantName)).fill(p.name);
      await participants.getByLabel(label(en.coDesign.organisation)).fill(p.organisation);
      await participants.getByLabel(label(en.coDesign.category)).selectOption(p.category);
      await participants.getByLabel(label(en.coDesign.scope)).selectOption(p.scope);
      await participants.getByRole("button", { name: en.coDesign.addParticipantButton }).click();
      await participants.getByRole("rowheader", { name: p.name, exact: true }).waitFor();
    }

    const needs = main().getByRole("region", { name: en.coDesign.needs });
    const training = needs.getByRole("checkbox", { name: NEED_TRAINING });
    findingId = (await training.getAttribute("value")) ?? "";
    await training.check();
    await needs.getByRole("checkbox", { name: NEED_APPOINTMENTS }).check();
    await needs.getByRole("button", { name: en.coDesign.saveNeeds }).click();
    await notice(en.coDesign.done.needs).waitFor();
    await expect.poll(async () => (await needs.getByRole("listitem").allTextContents()).sort()).toEqual([
      `${en.findingKinds.need}: ${NEED_TRAINING}`,
      `${en.findingKinds.weakness}: ${NEED_APPOINTMENTS}`,
    ]);

    const contributions = main().getByRole("region", { name: en.coDesign.contributions });
    for (const [i, c] of CONTRIBUTIONS.entries()) {
      await contributions.getByLabel(label(en.coDesign.proposal)).fill(c.proposal);
      await contributions.getByLabel(en.coDesign.needAnswered).selectOption({ label: c.need });
      await contributions.getByLabel(en.coDesign.proposer).selectOption({ label: PARTICIPANTS[i % 2].name });
      await contributions.getByRole("button", { name: en.coDesign.addContributionButton }).click();
      const item = contributions.getByRole("listitem").filter({ has: page.getByRole("paragraph").getByText(c.proposal, { exact: true }) });
      await item.getByText(interpolate(en.coDesign.answers, { need: c.need })).waitFor();
    }
    await scan("round table, planned with contributions");

    await submit(en.coDesign.moveTo.prioritising, en.coDesign.done.status);
    const cardOf = (name: string) => main().getByRole("article", { name });
    const vote = async (who: number, points: number[]) => {
      const card = cardOf(PARTICIPANTS[who].name);
      for (const [i, c] of CONTRIBUTIONS.entries()) await card.getByLabel(label(c.proposal)).fill(String(points[i]));
      await card.getByRole("button", { name: interpolate(en.coDesign.saveVotesOf, { name: PARTICIPANTS[who].name }) }).click();
    };
    // Over the limit (2 + 2 > 3): refused with the translated message, the typed points kept.
    const refused = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/round-tables/"));
    await vote(0, [2, 2, 0]);
    expect((await refused).status()).toBe(400);
    await cardOf(PARTICIPANTS[0].name).getByText(en.coDesign.errors.votesOverLimit).first().waitFor();
    expect(await cardOf(PARTICIPANTS[0].name).getByLabel(label(CONTRIBUTIONS[1].proposal)).inputValue()).toBe("2");
    await scan("round table, votes over the limit");

    await vote(0, VOTES[0]);
    await notice(en.coDesign.done.votes).waitFor();
    await vote(1, VOTES[1]);
    await notice(en.coDesign.done.votes).waitFor();
    await expect.poll(() => cardOf(PARTICIPANTS[1].name).getByRole("heading").textContent()).toContain(en.coDesign.hasVoted);

    const ranking = main().getByRole("region", { name: en.coDesign.rankingSoFar });
    await expect.poll(() => ranking.getByRole("rowheader").allTextContents()).toEqual(RANKED);
    await submit(en.coDesign.moveTo.closed, en.coDesign.done.status);
    const outcome = main().getByRole("region", { name: en.coDesign.outcome });
    await expect.poll(() => outcome.getByRole("rowheader").allTextContents()).toEqual(RANKED);
    const rows = await outcome.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toEqual([
      ["1", RANKED[0], "3", "2"],
      ["2", RANKED[1], "2", "1"],
      ["3", RANKED[2], "1", "1"],
    ]);
    await scan("round table, closed with its outcome");
  });

  test("2. a module is traced back to a finding, and the finding lists the module", async () => {
    expect(findingId).toMatch(/^[0-9a-f-]{36}$/);
    await open(`${T}/toolkit/modules/new`, "new module");
    await main().getByLabel(label(en.toolkit.moduleTitle)).fill(MODULE_TITLE);
    await main().getByLabel(label(en.toolkit.summary)).fill("Wie man Bescheide so erklärt, dass Neuzugewanderte sie verstehen.");
    await main().getByLabel(label(en.toolkit.learningOutcomes)).fill("Einen Bescheid in einfacher Sprache zusammenfassen\nRückfragen verständlich beantworten");
    await main().getByRole("group", { name: en.toolkit.methods }).getByRole("checkbox", { name: en.toolkit.method.role_play }).check();
    await main().getByLabel(label(en.toolkit.durationMinutes)).fill("90");
    await main().getByRole("group", { name: en.toolkit.competences }).getByRole("checkbox").first().check();
    await main().locator(`input[name="findingIds[]"][value="${findingId}"]`).check();
    await main().getByRole("group", { name: en.toolkit.contributionsAnswered }).getByRole("checkbox", { name: CONTRIBUTIONS[0].proposal }).check();
    await Promise.all([page.waitForURL(/\/toolkit\/modules\/[0-9a-f-]{36}$/), main().getByRole("button", { name: en.toolkit.addModule }).click()]);
    moduleId = /modules\/([0-9a-f-]{36})$/.exec(page.url())![1];
    await main().getByRole("heading", { level: 1 }).filter({ hasText: MODULE_TITLE }).waitFor();
    await scan("module");

    const trace = main().getByRole("region", { name: en.toolkit.traceBack });
    await trace.getByText(CONTRIBUTIONS[0].proposal).waitFor();
    await Promise.all([page.waitForURL(`**${T}/needs-review/findings/${findingId}`), trace.getByRole("link", { name: NEED_TRAINING }).click()]);
    await main().getByText(NEED_TRAINING).first().waitFor();
    await scan("finding, addressed by the module");
    const link = main().getByRole("link", { name: MODULE_TITLE });
    expect(await link.getAttribute("href")).toBe(`${T}/toolkit/modules/${moduleId}`);
  });

  test("3. a trainee completes both self-assessments and her gain shows in the cohort chart", async () => {
    // The pre window is open until 30 days after the start, the post window from 30 days before
    // the end (app/features/assessments/windows.ts): a cohort from two days ago to in five days has both open.
    cohortName = `Kurzkurs einfache Sprache ${isoDay(0)} (Testlauf)`;
    await open(`${T}/training`, "training");
    await main().getByLabel(label(en.training.cohortForm.name)).fill(cohortName);
    await main().getByLabel(label(en.training.cohortForm.startsOn)).fill(isoDay(-2));
    await main().getByLabel(label(en.training.cohortForm.endsOn)).fill(isoDay(5));
    await main().getByLabel(label(en.training.cohortForm.threshold)).fill("50");
    await Promise.all([page.waitForURL(/\/training\/cohorts\/[0-9a-f-]{36}$/), main().getByRole("button", { name: en.training.cohortForm.save }).click()]);
    cohortId = /cohorts\/([0-9a-f-]{36})$/.exec(page.url())![1];
    await scan("cohort, new");

    // A session yesterday (held, so that it counts for the certificate in step 4).
    sessionDate = isoDay(-1);
    await main().getByLabel(label(en.training.sessionForm.title)).fill(SESSION_TITLE);
    await main().getByLabel(label(en.training.sessionForm.date)).fill(sessionDate);
    await main().getByLabel(label(en.training.sessionForm.startTime)).fill("09:00");
    await main().getByLabel(label(en.training.sessionForm.endTime)).fill("12:30");
    await main().getByLabel(label(en.training.sessionForm.place)).fill("Kreishaus Dietzenbach, Seminarraum 2");
    await main().getByRole("button", { name: en.training.sessionForm.save }).click();
    await notice(en.training.cohort.done.session).waitFor();

    for (const person of [AYLIN, ...OTHERS]) {
      await main().getByLabel(label(en.training.trainees.trainee)).selectOption({ label: person.name });
      await main().getByRole("button", { name: en.training.trainees.enrolButton, exact: true }).click();
      await main().getByRole("rowheader", { name: person.name }).or(main().getByRole("cell", { name: person.name, exact: true })).first().waitFor();
    }
    // Each trainee's enrolment id, from her row's remove form.
    for (const person of [AYLIN, ...OTHERS]) {
      const row = main().getByRole("row").filter({ hasText: person.name });
      enrolments.set(person.email, (await row.locator('input[name="enrolmentId"]').getAttribute("value")) ?? "");
    }
    aylinEnrolment = enrolments.get(AYLIN.email)!;
    expect([...enrolments.values()].every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    await scan("cohort with a session and five trainees");

    // Four trainees answer pre (Basic) and post (Intermediate), each in her or his own browser.
    await Promise.all(
      OTHERS.map(async (person) => {
        const p = await e2e.newPage();
        await login(p, person.email);
        await selfAssess(p, enrolments.get(person.email)!, "pre", 1);
        await selfAssess(p, enrolments.get(person.email)!, "post", 2);
        const problems = takeProblems(p.context());
        await p.context().close();
        expect(problems, problems.join("\n")).toEqual([]);
      }),
    );

    const insights = `${T}/training/cohorts/${cohortId}/insights`;
    await open(insights, "insights, four answers");
    const table = main().getByRole("table", { name: en.assessments.insightsTableCaption });
    const hidden = interpolate(en.assessments.hiddenGroup, { min: 5 });
    await expect.poll(() => table.getByRole("cell", { name: hidden }).count()).toBe(competenceCount);
    expect(await main().getByRole("img", { name: en.assessments.insightsChartTitle }).count()).toBe(0);

    // Aylin answers in the UI: pre Not yet (0), post Advanced (3); she sees her own gain.
    const aylin = await e2e.newPage();
    try {
      await login(aylin, AYLIN.email);
      await selfAssess(aylin, aylinEnrolment, "pre", 0, "Aylin's assessment before");
      await scanPage(aylin, "Aylin's progress after pre");
      await selfAssess(aylin, aylinEnrolment, "post", 3, "Aylin's assessment after");
      await scanPage(aylin, "Aylin's progress after post");
      const gains = await aylin.locator("main tbody tr").evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.textContent));
      expect(gains.filter((g) => g === "+3").length).toBe(competenceCount);
      violations.push(...takeProblems(aylin.context()));
    } finally {
      await aylin.context().close();
    }

    // Five answered both: the rows show, n = 5, means 0.80 → 2.20, gain (4 × 1 + 3) / 5 = +1.40.
    await open(insights, "insights, five answers");
    const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((c) => c.textContent)));
    expect(rows).toHaveLength(competenceCount);
    for (const row of rows) expect(row).toEqual(["5", "0.80", "2.20", "+1.40"]);
    // The chart now draws each competence's bars: after (2.20) longer than before (0.80).
    const chart = main().getByRole("img", { name: en.assessments.insightsChartTitle });
    const widths = async (series: string) => chart.locator(`rect.chart__bar--${series}`).evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    const [pre, post] = [await widths("pre"), await widths("post")];
    expect(post).toHaveLength(competenceCount);
    post.forEach((w, i) => expect(w / pre[i]).toBeCloseTo(2.2 / 0.8, 1));
  });

  test("4. a certificate is issued, verified, revoked and shown as revoked", async () => {
    expect(cohortId).not.toBe("");
    // Aylin attended yesterday's session (everyone is marked present unless chosen otherwise).
    await open(`${T}/training/cohorts/${cohortId}`, "cohort");
    const sessionHref = await main().locator('a[href*="/training/sessions/"]').first().getAttribute("href");
    await open(`${sessionHref}/attendance`, "attendance");
    await main().getByRole("button", { name: en.training.attendance.save }).click();
    await notice(en.training.attendance.saved).waitFor();

    await open(`${T}/training/cohorts/${cohortId}/certificates`, "cohort certificates");
    const row = main().getByRole("row").filter({ hasText: AYLIN.name });
    await row.getByRole("button", { name: en.certificates.cohort.issue }).click();
    await notice(interpolate(en.certificates.cohort.issued_one, { count: 1 })).waitFor();
    await scan("cohort certificates, issued");
    await Promise.all([page.waitForURL(/\/certificates\/[0-9a-f-]{36}$/), row.getByRole("link").first().click()]);
    const certificateId = /certificates\/([0-9a-f-]{36})$/.exec(page.url())![1];
    await scan("certificate");

    const [download] = await Promise.all([page.waitForEvent("download"), main().getByRole("link", { name: en.certificates.links.pdf }).click()]);
    const pdf = pdfText(new Uint8Array(await (await import("node:fs/promises")).readFile((await download.path())!)));
    expect(pdf).toContain(AYLIN.name);
    expect(pdf).toContain(cohortName);
    expect(pdf).toContain(certificateId);

    const visitor = await e2e.newPage();
    try {
      await openOn(visitor, `/en/verify/${certificateId}`, "verify, valid");
      await visitor.locator("main").getByRole("heading", { name: en.certificates.verify.valid }).waitFor();
      await visitor.locator("main").getByText(AYLIN.name).first().waitFor();

      await main().getByLabel(label(en.certificates.revoke.reason)).fill("Im Testlauf irrtümlich ausgestellt.");
      await main().getByRole("checkbox", { name: en.certificates.revoke.confirm }).check();
      await main().getByRole("button", { name: en.certificates.revoke.submit }).click();
      const revokedOn = interpolate(en.certificates.status.revokedOn, { date: "" }).trim();
      await main().getByText(revokedOn).first().waitFor();
      await scan("certificate, revoked");

      await openOn(visitor, `/en/verify/${certificateId}`, "verify, revoked");
      await visitor.locator("main").getByRole("heading", { name: new RegExp(`^${revokedOn}`) }).waitFor();
      expect(await visitor.locator("main").getByText(en.certificates.verify.valid, { exact: true }).count()).toBe(0);
      violations.push(...takeProblems(visitor.context()));
    } finally {
      await visitor.context().close();
    }
  });

  test("5. the cohort's calendar address imports into a calendar application", async () => {
    expect(cohortId).not.toBe("");
    await open(`${T}/training/cohorts/${cohortId}`, "cohort, before the calendar address");
    await main().getByRole("button", { name: en.training.feed.create }).click();
    const url = (await main().locator("code.feed-url").textContent())!.trim();
    await scan("cohort, calendar address made");
    expect(url).toMatch(/\/calendar\/[^/]+\.ics$/);
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => ({ summary: e.summary, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() }))).toEqual([
      { summary: SESSION_TITLE, start: zonedInstant(sessionDate, "09:00", "Europe/Berlin"), end: zonedInstant(sessionDate, "12:30", "Europe/Berlin") },
    ]);
  });
  test("6. the Toolkit's DOCX opens and holds the module", async () => {
    expect(moduleId).not.toBe("");
    await open(`${T}/toolkit/versions`, "toolkit versions");
    await main().getByLabel(label(en.toolkitVersions.note)).fill("Mit dem Testmodul zu einfacher Sprache.");
    await main().getByRole("button", { name: en.toolkitVersions.create }).click();
    const [before, after] = en.toolkitVersions.created.split("{{number}}");
    const frozen = main().getByRole("status").filter({ hasText: before });
    await frozen.waitFor();
    const number = (await frozen.textContent())!.trim().slice(before.length, -after.length);
    expect(number).toMatch(/^\d+$/);
    await scan("toolkit versions, after freezing");
    const docxLink = main().getByRole("link", { name: interpolate(en.toolkitVersions.downloadDocx, { number }), exact: true });
    const [download] = await Promise.all([page.waitForEvent("download"), docxLink.click()]);
    const bytes = new Uint8Array(await (await import("node:fs/promises")).readFile((await download.path())!));
    const text = docxText(bytes);
    expect(text).toContain(MODULE_TITLE);
    expect(text).toContain("Einen Bescheid in einfacher Sprache zusammenfassen");
  });
});

// axe-core (WCAG 2.0/2.1 A and AA rules) on every page the roles can reach, in every platform
// language, against the real server. Also fails on console errors and CSP violations.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { CATALOGS, login, startE2E, takeProblems, type E2E, type Lang } from "./support";

const LANGS: Lang[] = ["en", "de", "it", "es"];
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Role = "visitor" | "admin" | "coordinator" | "expert" | "trainee" | "trainer";
const ACCOUNTS: Record<Exclude<Role, "visitor">, string> = {
  admin: "admin@eccipa.example",
  coordinator: "coordinator.offenbach@eccipa.example",
  expert: "expert@eccipa.example",
  trainee: "trainee.offenbach@eccipa.example",
  trainer: "trainer.offenbach@eccipa.example",
};

// status: of the page as loaded (default 200); prepare: what to do on it before the scan.
type Check = { role: Role; path: string; status?: number; name: string; prepare?: (page: Page, lang: Lang) => Promise<void> };

const CHECKS: Check[] = [
  { role: "visitor", name: "public home", path: "" },
  { role: "visitor", name: "sign-in", path: "/sign-in" },
  { role: "visitor", name: "forgot-password", path: "/forgot-password" },
  { role: "visitor", name: "reset-password with a token", path: "/reset-password?token=not-a-real-token" },
  { role: "visitor", name: "reset-password without a token", path: "/reset-password" },
  { role: "visitor", name: "invitation, invalid token", path: "/invitation?token=invalid", status: 404 },
  { role: "visitor", name: "404 page", path: "/no-such-page", status: 404 },
  { role: "visitor", name: "verify a credential", path: "/verify" },
  {
    role: "visitor",
    name: "verify a credential, nothing pasted",
    path: "/verify",
    async prepare(page) {
      await page.locator("main button[type=submit]").click();
      await page.locator("#field-credential-error").waitFor();
    },
  },
  {
    role: "visitor",
    name: "verify a credential, not a valid one",
    path: "/verify",
    async prepare(page) {
      await page.locator("#field-credential").fill("eyJhbGciOiJFZERTQSJ9.e30.c2ln");
      await page.locator("main button[type=submit]").click();
      await page.locator(".verdict--invalid").waitFor();
    },
  },
  { role: "trainee", name: "my certificates", path: "/t/offenbach/my-training/certificates" },
  { role: "admin", name: "account", path: "/account" },
  { role: "admin", name: "programme dashboard", path: "/p/eccipa" },
  { role: "admin", name: "programme timeline", path: "/p/eccipa/timeline" },
  {
    role: "admin",
    name: "programme timeline, a phase refused (last day before the first)",
    path: "/p/eccipa/timeline",
    async prepare(page) {
      await page.locator("#field-kind").selectOption("dissemination");
      await page.locator("#field-startsOn").fill("2023-05-31");
      await page.locator("#field-endsOn").fill("2023-03-01");
      await page.locator("section[aria-labelledby=add-heading] button[type=submit]").click();
      await page.locator("#field-endsOn-error").waitFor();
    },
  },
  {
    role: "admin",
    name: "programme timeline, delete confirmation",
    path: "/p/eccipa/timeline",
    async prepare(page) {
      await page.locator("main table tbody tr").first().locator("button[type=submit]").click();
      await page.locator("#confirm-delete-heading").waitFor();
    },
  },
  { role: "admin", name: "new territory", path: "/p/eccipa/territories/new" },
  {
    role: "admin",
    name: "new territory, after a failed submit",
    path: "/p/eccipa/territories/new",
    async prepare(page, lang) {
      await page.locator("#field-countryCode").fill("1");
      await page.locator("main button[type=submit]").click();
      await page.locator("#field-countryCode-error").waitFor();
      expect(await page.locator("#field-countryCode-error").textContent()).toBe(CATALOGS[lang].errors.countryCode);
    },
  },
  { role: "admin", name: "edit territory", path: "/p/eccipa/territories/offenbach/edit" },
  { role: "admin", name: "organisations", path: "/p/eccipa/organisations" },
  { role: "admin", name: "programme members", path: "/p/eccipa/members" },
  { role: "admin", name: "outbox", path: "/p/eccipa/outbox" },
  { role: "admin", name: "sign-in rules", path: "/p/eccipa/security" },
  { role: "admin", name: "two-step sign-in", path: "/account/security" },
  {
    role: "admin",
    name: "two-step sign-in, QR code and secret",
    path: "/account/security",
    async prepare(page) {
      await page.locator("#field-password").fill("demo-password-2026");
      await page.locator("main button[type=submit]").click();
      await page.locator("img.qr-code").waitFor();
    },
  },
  { role: "admin", name: "programme audit log", path: "/p/eccipa/audit" },
  { role: "expert", name: "assessment", path: "/p/eccipa/assessment" },
  { role: "admin", name: "Needs Reviews compared", path: "/p/eccipa/needs-review" },
  { role: "expert", name: "Needs Reviews compared (expert)", path: "/p/eccipa/needs-review" },
  { role: "expert", name: "Needs Reviews compared, one theme chosen", path: "/p/eccipa/needs-review?theme=key%3Alanguage_barriers" },
  { role: "expert", name: "403 page (expert on the dashboard)", path: "/p/eccipa", status: 403 },
  { role: "admin", name: "competence framework", path: "/p/eccipa/competences" },
  {
    role: "admin",
    name: "competence framework, after adding a competence without a name",
    path: "/p/eccipa/competences",
    async prepare(page, lang) {
      await page.locator("section[aria-labelledby=add-heading] button[type=submit]").click();
      await page.locator("#field-name_en-error").waitFor();
      expect(await page.locator("#field-name_en-error").textContent()).toBe(CATALOGS[lang].competences.errors.nameRequired);
    },
  },
  {
    role: "admin",
    name: "competence (edit, delete)",
    path: "/p/eccipa/competences",
    async prepare(page) {
      await page.locator("main .competence a[href*='/competences/']").first().click();
      await page.locator("#edit-heading").waitFor();
    },
  },
  {
    role: "admin",
    name: "competence, delete confirmation or refusal",
    path: "/p/eccipa/competences",
    async prepare(page) {
      await page.locator("main .competence a[href*='/competences/']").first().click();
      await page.locator("section[aria-labelledby=delete-heading] button[type=submit]").click();
      // The confirmation, or the refusal when a Toolkit module or a self-assessment uses it.
      await page.locator("#confirm-delete-heading, section[aria-labelledby=delete-heading] [role=alert]").first().waitFor();
    },
  },
  { role: "coordinator", name: "territory home", path: "/t/offenbach" },
  { role: "coordinator", name: "competence framework (territory, read only)", path: "/t/offenbach/competences" },
  { role: "coordinator", name: "territory members", path: "/t/offenbach/members" },
  { role: "coordinator", name: "territory audit log", path: "/t/offenbach/audit" },
  { role: "coordinator", name: "Needs Review overview", path: "/t/offenbach/needs-review" },
  { role: "coordinator", name: "Needs Review desk research", path: "/t/offenbach/needs-review/sources" },
  { role: "coordinator", name: "Needs Review participants", path: "/t/offenbach/needs-review/participants" },
  {
    role: "coordinator",
    name: "Needs Review participants, after a failed submit",
    path: "/t/offenbach/needs-review/participants",
    async prepare(page, lang) {
      await page.locator("#field-pseudonym").fill("not a pseudonym");
      await page.locator("main button[type=submit]").click();
      await page.locator("#field-pseudonym-error").waitFor();
      expect(await page.locator("#field-pseudonym-error").textContent()).toBe(CATALOGS[lang].errors.pseudonym);
    },
  },
  {
    role: "coordinator",
    name: "Needs Review participant (with identity and consent)",
    path: "/t/offenbach/needs-review/participants",
    async prepare(page) {
      await page.locator("main a", { hasText: "TCN-01" }).click();
      await page.locator("#identity-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review participant, withdrawal confirmation",
    path: "/t/offenbach/needs-review/participants",
    async prepare(page) {
      await page.locator("main a", { hasText: "TCN-01" }).click();
      await page.locator("#identity-heading").waitFor();
      await page.locator("main ul button.link-button").first().click();
      await page.locator("#withdraw-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review desk source edit",
    path: "/t/offenbach/needs-review/sources",
    async prepare(page) {
      await page.locator("main table a[href$='/edit']").first().click();
      await page.locator("#source-form-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review desk source, delete confirmation",
    path: "/t/offenbach/needs-review/sources",
    async prepare(page) {
      await page.locator("main table a[href$='/edit']").first().click();
      await page.locator("section[aria-labelledby=delete-heading] button").click();
      await page.locator("#confirm-delete-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review participant edit (with identity)",
    path: "/t/offenbach/needs-review/participants",
    async prepare(page) {
      await page.locator("main a", { hasText: "TCN-01" }).click();
      await page.locator("main a[href$='/edit']").click();
      await page.locator("#field-realName").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review participant edit, after a duplicate pseudonym",
    path: "/t/offenbach/needs-review/participants",
    async prepare(page, lang) {
      await page.locator("main a", { hasText: "TCN-01" }).click();
      await page.locator("main a[href$='/edit']").click();
      await page.locator("#field-pseudonym").fill("CS-01");
      await page.locator("section[aria-labelledby=participant-form-heading] button[type=submit]").click();
      await page.locator("#field-pseudonym-error").waitFor();
      expect(await page.locator("#field-pseudonym-error").textContent()).toBe(CATALOGS[lang].errors.pseudonymTaken);
    },
  },
  {
    role: "coordinator",
    name: "Needs Review participant, erasure confirmation",
    path: "/t/offenbach/needs-review/participants",
    async prepare(page) {
      await page.locator("main a", { hasText: "TCN-01" }).click();
      await page.locator("main a[href$='/edit']").click();
      await page.locator("section[aria-labelledby=delete-heading] button").click();
      await page.locator("#confirm-delete-heading").waitFor();
    },
  },
  { role: "coordinator", name: "Needs Review interviews", path: "/t/offenbach/needs-review/interviews" },
  { role: "coordinator", name: "Needs Review new interview", path: "/t/offenbach/needs-review/interviews/new" },
  {
    role: "coordinator",
    name: "Needs Review new interview, after a failed submit",
    path: "/t/offenbach/needs-review/interviews/new",
    async prepare(page, lang) {
      await page.locator("#field-interviewerUserId").selectOption("");
      await page.locator("main button[type=submit]").click();
      await page.locator("#field-participantIds-error").waitFor();
      expect(await page.locator("#field-interviewerUserId-error").textContent()).toBe(CATALOGS[lang].errors.choose);
    },
  },
  {
    role: "coordinator",
    name: "Needs Review interview with its transcript",
    path: "/t/offenbach/needs-review/interviews",
    async prepare(page) {
      await page.locator("main table a").first().click();
      await page.locator("pre.transcript").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review interview edit",
    path: "/t/offenbach/needs-review/interviews",
    async prepare(page) {
      await page.locator("main table a").first().click();
      await page.locator("main a[href$='/edit']").click();
      await page.locator("#interview-form-heading").waitFor();
    },
  },
  { role: "coordinator", name: "Needs Review findings", path: "/t/offenbach/needs-review/findings" },
  {
    role: "coordinator",
    name: "Needs Review findings, after a failed submit",
    path: "/t/offenbach/needs-review/findings",
    async prepare(page, lang) {
      await page.locator("#field-statement").fill("short");
      await page.locator("main form button[type=submit]").last().click();
      await page.locator("#field-statement-error").waitFor();
      expect(await page.locator("#field-statement-error").textContent()).toBe(CATALOGS[lang].errors.statementTooShort);
    },
  },
  {
    role: "coordinator",
    name: "Needs Review pseudonymisation (proposals and log)",
    path: "/t/offenbach/needs-review/interviews",
    async prepare(page) {
      await page.locator("main table a").first().click();
      await page.locator("pre.transcript").waitFor();
      await page.locator('main a[href$="/pseudonymise"]').click();
      await page.locator("#proposals-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review interview, delete confirmation",
    path: "/t/offenbach/needs-review/interviews",
    async prepare(page) {
      await page.locator("main table a").first().click();
      await page.locator("main a[href$='/edit']").click();
      await page.locator("section[aria-labelledby=delete-heading] button").click();
      await page.locator("#confirm-delete-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review pseudonymisation, after a failed submit",
    path: "/t/offenbach/needs-review/interviews",
    async prepare(page, lang) {
      await page.locator("main table a").first().click();
      await page.locator("pre.transcript").waitFor();
      await page.locator('main a[href$="/pseudonymise"]').click();
      await page.locator("#proposals-heading").waitFor();
      const added = page.locator("fieldset.replacement-row input[type=text][name$='.original']").first();
      await added.fill("Nowhere-in-the-text");
      await page.locator("main button[type=submit]").click();
      await page.locator(".field-error").first().waitFor();
      expect(await page.locator(".field-error").first().textContent()).toBe(CATALOGS[lang].errors.originalNotFound);
    },
  },
  {
    role: "coordinator",
    name: "Needs Review finding, with its delete confirmation",
    path: "/t/offenbach/needs-review/findings",
    async prepare(page) {
      await page.locator("main .card-list a").first().click();
      await page.locator("#add-evidence-heading").waitFor();
      await page.locator("main form button.button--secondary").last().click();
      await page.locator("#delete-heading").waitFor();
    },
  },
  { role: "coordinator", name: "Needs Review focus groups", path: "/t/offenbach/needs-review/focus-groups" },
  {
    role: "coordinator",
    name: "Needs Review focus group, after an amended outcome without wording",
    path: "/t/offenbach/needs-review/focus-groups",
    async prepare(page, lang) {
      await page.locator("main table a").first().click();
      await page.locator("#outcomes-heading").waitFor();
      const form = page.locator("#outcomes-heading ~ article form").first();
      await form.locator("input[value=amended]").check();
      await form.locator("textarea[name=amendedStatement]").fill("");
      await form.locator("button[type=submit]").click();
      await page.locator("#outcomes-heading ~ article .field-error").first().waitFor();
      expect(await page.locator("#outcomes-heading ~ article .field-error").first().textContent()).toBe(CATALOGS[lang].errors.amendedWordingRequired);
    },
  },
  { role: "coordinator", name: "Needs Review codebook", path: "/t/offenbach/needs-review/codebook" },
  {
    role: "coordinator",
    name: "Needs Review theme (edit, merge, split, delete)",
    path: "/t/offenbach/needs-review/codebook",
    async prepare(page) {
      await page.locator("main .theme-tree a").first().click();
      await page.locator("#split-heading, #merge-heading").first().waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Needs Review coding, after a submit without themes",
    path: "/t/offenbach/needs-review/interviews",
    async prepare(page, lang) {
      await page.locator("main table a").first().click();
      await page.locator('main a[href$="/coding"]').click();
      await page.locator("ol.paragraphs").waitFor();
      await page.locator("ol.paragraphs input[type=checkbox]").nth(1).check();
      await page.locator(".coding__panel button[type=submit]").click();
      await page.locator("#field-themeIds-error").waitFor();
      expect(await page.locator("#field-themeIds-error").textContent()).toBe(CATALOGS[lang].errors.themesRequired);
    },
  },
  { role: "coordinator", name: "Needs Review coded passages", path: "/t/offenbach/needs-review/passages" },
  { role: "coordinator", name: "Needs Review analysis (matrix, co-occurrence)", path: "/t/offenbach/needs-review/analysis" },
  { role: "coordinator", name: "Needs Review agreement checks", path: "/t/offenbach/needs-review/agreement" },
  {
    role: "coordinator",
    name: "Needs Review agreement check results",
    path: "/t/offenbach/needs-review/agreement",
    async prepare(page) {
      await page.locator("main table a").first().click();
      await page.locator("#results-heading").waitFor();
    },
  },
  { role: "coordinator", name: "Needs Review exchange with QDA software", path: "/t/offenbach/needs-review/exchange" },
  {
    role: "coordinator",
    name: "Needs Review exchange, after an import without a file",
    path: "/t/offenbach/needs-review/exchange",
    async prepare(page, lang) {
      await page.locator("main button[type=submit]").click();
      await page.locator("#field-file-error").waitFor();
      expect(await page.locator("#field-file-error").textContent()).toBe(CATALOGS[lang].errors.fileRequired);
    },
  },
  { role: "coordinator", name: "Needs Review search, empty", path: "/t/offenbach/needs-review/search" },
  { role: "coordinator", name: "Needs Review search with results", path: "/t/offenbach/needs-review/search?q=Sprache%20OR%20office" },
  { role: "coordinator", name: "Needs Review search, too long", path: `/t/offenbach/needs-review/search?q=${"x".repeat(201)}`, status: 400 },
  { role: "coordinator", name: "Needs Review Report (preview, narrative, publish)", path: "/t/offenbach/needs-review/report" },
  { role: "coordinator", name: "Needs Review Report in Spanish", path: "/t/offenbach/needs-review/report?lang=es" },
  {
    role: "coordinator",
    name: "Needs Review Report, publish confirmation",
    path: "/t/offenbach/needs-review/report",
    async prepare(page) {
      await page.locator("section[aria-labelledby=publish-heading] button[type=submit]").click();
      await page.locator("#confirm-publish-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "published Needs Review Report",
    path: "/t/offenbach/needs-review/report",
    async prepare(page) {
      await page.locator("section[aria-labelledby=publish-heading] button[type=submit]").click();
      await page.locator("#confirm-publish-heading").waitFor();
      await page.locator("section[aria-labelledby=publish-heading] button[type=submit]").click();
      await page.locator("section[aria-labelledby=publications-heading] a").first().click();
      await page.locator("article.report h1").waitFor();
    },
  },
  { role: "coordinator", name: "co-design overview", path: "/t/offenbach/co-design" },
  {
    role: "coordinator",
    name: "co-design overview, after a failed submit",
    path: "/t/offenbach/co-design",
    async prepare(page, lang) {
      await page.locator("#field-theme").fill("x");
      await page.locator("section[aria-labelledby=round-table-form-heading] button[type=submit]").click();
      await page.locator("#field-theme-error").waitFor();
      expect(await page.locator("#field-theme-error").textContent()).toBe(CATALOGS[lang].errors.nameTooShort);
    },
  },
  {
    role: "coordinator",
    name: "round table, closed, with its outcome",
    path: "/t/offenbach/co-design",
    async prepare(page) {
      await page.locator("main table a", { hasText: "Interkulturelle Kommunikation am Schalter" }).click();
      await page.locator("#ranking-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "round table, prioritising, after votes over the limit",
    path: "/t/offenbach/co-design",
    async prepare(page, lang) {
      await prepareRoundTable(page);
      const form = page.locator("#prioritisation-heading ~ article form").first();
      await form.locator("input[name='points[]']").first().fill("9");
      await form.locator("button[type=submit]").click();
      await page.locator("#prioritisation-heading ~ article .alert--error").first().waitFor();
      expect(await page.locator("#prioritisation-heading ~ article .alert--error p").first().textContent()).toBe(CATALOGS[lang].coDesign.errors.votesOverLimit);
    },
  },
  {
    role: "coordinator",
    name: "round table, a participant's own vote page",
    path: "/t/offenbach/co-design",
    async prepare(page) {
      await prepareRoundTable(page);
      await page.goto(`${new URL(page.url()).pathname}/vote`);
      await page.locator("main form input[name='points[]']").first().waitFor();
    },
  },
  { role: "coordinator", name: "Toolkit versions", path: "/t/offenbach/toolkit/versions" },
  // The demo has a Toolkit with version 1 published: the failed freeze and the public page are
  // always reached. The publish confirmation needs an unpublished version, which the demo has not
  // (freezing an unchanged Toolkit makes none): that step acts only once someone froze one.
  {
    role: "coordinator",
    name: "Toolkit versions, note too long",
    path: "/t/offenbach/toolkit/versions",
    async prepare(page) {
      const form = page.locator("section[aria-labelledby=create-version-heading] form");
      await form.locator("textarea[name=note]").fill("x".repeat(501));
      await form.locator("button[type=submit]").click();
      await page.locator(".field-error").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Toolkit versions, publish confirmation",
    path: "/t/offenbach/toolkit/versions",
    async prepare(page) {
      const publish = page.locator("form:has(input[name=intent][value=publish]) button[type=submit]").first();
      if (!(await publish.count())) return;
      await publish.click();
      await page.locator("#confirm-publish-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "published Toolkit version (public page, with its copy form)",
    path: "/t/offenbach/toolkit/versions",
    async prepare(page) {
      await page.locator("a[href*='/toolkits/']").first().click();
      await page.locator("article.report h1").waitFor();
    },
  },
  { role: "coordinator", name: "Toolkit", path: "/t/offenbach/toolkit" },
  { role: "coordinator", name: "Toolkit needs and modules", path: "/t/offenbach/toolkit/needs" },
  { role: "coordinator", name: "Toolkit new module", path: "/t/offenbach/toolkit/modules/new" },
  {
    role: "coordinator",
    name: "Toolkit new module, after a failed submit",
    path: "/t/offenbach/toolkit/modules/new",
    async prepare(page, lang) {
      await page.locator("main button[type=submit]").click();
      await page.locator("#field-title-error").waitFor();
      expect(await page.locator("#field-learningOutcomes-error").textContent()).toBe(CATALOGS[lang].toolkit.errors.outcomesRequired);
    },
  },
  {
    role: "coordinator",
    name: "Toolkit module (trace back)",
    path: "/t/offenbach/toolkit",
    async prepare(page) {
      await page.locator("main table a[href*='/toolkit/modules/']").first().click();
      await page.locator("#trace-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Toolkit module edit, delete confirmation",
    path: "/t/offenbach/toolkit",
    async prepare(page) {
      await page.locator("main table a[href*='/toolkit/modules/']").first().click();
      await page.locator("#trace-heading").waitFor();
      await page.locator("main a[href$='/edit']").click();
      await page.locator("#delete-heading").waitFor();
      await page.locator("section[aria-labelledby=delete-heading] button[type=submit]").click();
      await page.locator("#confirm-delete-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Toolkit module materials",
    path: "/t/offenbach/toolkit",
    async prepare(page) {
      await page.locator("main table a[href*='/toolkit/modules/']").first().click();
      await page.locator("#trace-heading").waitFor();
      await page.locator("main a[href$='/materials']").click();
      await page.locator("#add-link-heading").waitFor();
    },
  },
  { role: "coordinator", name: "Training cohorts", path: "/t/offenbach/training" },
  {
    role: "coordinator",
    name: "Training cohorts, after a failed submit",
    path: "/t/offenbach/training",
    async prepare(page) {
      await page.locator("section[aria-labelledby=cohort-form-heading] button[type=submit]").click();
      await page.locator("#field-name-error").waitFor();
    },
  },
  { role: "coordinator", name: "Training calendar", path: "/t/offenbach/training/calendar?month=2021-09" },
  {
    role: "coordinator",
    name: "Training cohort (trainees, sessions, feed, edit)",
    path: "/t/offenbach/training",
    async prepare(page) {
      await page.locator('main table a[href*="/training/cohorts/"]').first().click();
      await page.locator("#session-form-heading").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Training cohort, a session refused",
    path: "/t/offenbach/training",
    async prepare(page, lang) {
      await page.locator('main table a[href*="/training/cohorts/"]').first().click();
      await page.locator("#session-form-heading").waitFor();
      await page.locator("#field-title").fill("Test");
      await page.locator("#field-date").fill("2022-01-11");
      await page.locator("#field-startTime").fill("12:00");
      await page.locator("#field-endTime").fill("11:00");
      await page.locator("#field-place").fill("Raum 1");
      await page.locator("section[aria-labelledby=session-form-heading] button[type=submit]").click();
      await page.locator("#field-endTime-error").waitFor();
      expect(await page.locator("#field-endTime-error").textContent()).toBe(CATALOGS[lang].training.errors.endBeforeStart);
    },
  },
  {
    role: "coordinator",
    name: "Training session (edit, delete)",
    path: "/t/offenbach/training/calendar?month=2021-09",
    async prepare(page) {
      await page.locator('main a[href*="/training/sessions/"]').first().click();
      await page.locator("#session-form-heading").waitFor();
    },
  },
  {
    role: "trainer",
    name: "Attendance register (trainer)",
    path: "/t/offenbach/training/calendar?month=2021-09",
    async prepare(page) {
      await page.locator('main a[href*="/training/sessions/"]').first().click();
      await page.locator('main a[href$="/attendance"]').click();
      await page.locator(".attendance-register").waitFor();
    },
  },
  { role: "trainee", name: "My training (trainee)", path: "/t/offenbach/my-training" },
  // Reached by clicking from "my training" and the cohort page, as people do. The demo cohorts
  // ended in 2022: the "after" self-assessment is the one open, and every session is past.
  {
    role: "trainee",
    name: "Self-assessment, after the training (trainee)",
    path: "/t/offenbach/my-training",
    async prepare(page) {
      await page.locator('main a[href$="/post"]').first().click();
      await page.waitForURL(/\/my-training\/assessments\/[^/]+\/post$/);
      await page.locator("main form button[type=submit]").waitFor();
    },
  },
  {
    role: "trainee",
    name: "My progress (trainee)",
    path: "/t/offenbach/my-training",
    async prepare(page) {
      await page.locator('main a[href*="/my-training/progress/"]').first().click();
      await page.waitForURL(/\/my-training\/progress\/[^/]+$/);
      await page.locator("main table").first().waitFor();
    },
  },
  {
    role: "trainee",
    name: "Session feedback, a past session (trainee)",
    path: "/t/offenbach/my-training",
    async prepare(page) {
      await page.locator('main a[href$="/feedback"]').first().click();
      await page.waitForURL(/\/feedback$/);
      await page.locator("main form textarea").waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Cohort insights",
    path: "/t/offenbach/training",
    async prepare(page) {
      await openStaffCohort(page);
      await page.locator('main a[href$="/insights"]').click();
      await page.waitForURL(/\/insights$/);
      await page.locator("main h2").first().waitFor();
    },
  },
  {
    role: "coordinator",
    name: "Cohort certificates",
    path: "/t/offenbach/training",
    async prepare(page) {
      await openCohortCertificates(page);
    },
  },
  {
    role: "coordinator",
    name: "A certificate (facts, files, revocation)",
    path: "/t/offenbach/training",
    async prepare(page) {
      await openCohortCertificates(page);
      await page.locator('main table a[href*="/t/offenbach/certificates/"]').first().click();
      await page.waitForURL(/\/t\/offenbach\/certificates\/[^/]+$/);
      await page.locator("main h1").waitFor();
    },
  },
  { role: "admin", name: "Training across the programme", path: "/p/eccipa/training" },
  { role: "trainee", name: "territory home (trainee)", path: "/t/offenbach" },
  { role: "trainee", name: "403 page (trainee on Needs Review)", path: "/t/offenbach/needs-review", status: 403 },
  { role: "trainee", name: "403 page (trainee on members)", path: "/t/offenbach/members", status: 403 },
];

/** From the training overview: the demo's staff cohort of Offenbach (the one with certificates). */
async function openStaffCohort(page: Page): Promise<void> {
  await page.locator('main table tr:has-text("Fortbildung interkulturelle Verwaltung") a[href*="/training/cohorts/"]').click();
  // The URL changes before the new page is drawn: wait for the cohort's own heading.
  await page.waitForURL(/\/training\/cohorts\/[^/]+$/);
  await page.locator("main h1", { hasText: "Fortbildung interkulturelle Verwaltung" }).waitFor();
}

/** From the training overview: that cohort's certificates page. */
async function openCohortCertificates(page: Page): Promise<void> {
  await openStaffCohort(page);
  await page.locator('main a[href$="/certificates"]').click();
  await page.waitForURL(/\/certificates$/);
  await page.locator("main table caption", { hasText: CATALOGS.en.certificates.cohort.caption }).waitFor();
}

/**
 * From the co-design overview: a new round table with the coordinator herself as a linked
 * participant and one contribution, moved to "prioritising". Ends on the round table's page.
 */
async function prepareRoundTable(page: Page): Promise<void> {
  await page.locator("#field-theme").fill("Axe round table");
  await page.locator("#field-heldOn").fill("2021-09-15");
  await page.locator("#field-place").fill("Kreishaus");
  await page.locator("#field-votesPerParticipant").fill("3");
  await page.locator("section[aria-labelledby=round-table-form-heading] button[type=submit]").click();
  await page.locator("#participants-heading").waitFor();
  await page.locator("#field-category").selectOption("public_authority");
  await page.locator("#field-scope").selectOption("local");
  await page.locator("#field-userId").selectOption({ label: "Jonas Weber" });
  await page.locator("form:has(input[name=intent][value=participant]) button[type=submit]").click();
  await page.locator("#participants-heading ~ div table").waitFor();
  await page.locator("#field-proposal").fill("Practice plain language at the front desk.");
  await page.locator("form:has(input[name=intent][value=contribution]) button[type=submit]").click();
  await page.locator("#contributions-heading ~ ul li").first().waitFor();
  await page.locator("form:has(input[name=intent][value=status]) button[type=submit]").click();
  await page.locator("#prioritisation-heading").waitFor();
}

let e2e: E2E;
// Two lanes run side by side (this is CPU-bound, and the machine has two cores); each lane has
// its own tab per role, and a role's two tabs share its cookies.
const LANES = 2;
const tabs = {} as Record<Role, Page[]>;

beforeAll(async () => {
  e2e = await startE2E();
  const roles = Object.keys(ACCOUNTS) as Exclude<Role, "visitor">[];
  const visitor = await e2e.newPage();
  tabs.visitor = [visitor, await visitor.context().newPage()];
  await Promise.all(
    roles.map(async (role) => {
      const page = await e2e.newPage();
      await login(page, ACCOUNTS[role]);
      tabs[role] = [page, await page.context().newPage()];
    }),
  );
});

afterAll(async () => {
  await e2e?.close();
});

async function audit(page: Page, lang: Lang, check: Check): Promise<string[]> {
  const failures: string[] = [];
  const label = `[${lang}] ${check.name} (${check.role}, /${lang}${check.path})`;
  const response = await page.goto(`/${lang}${check.path}`);
  const url = new URL(page.url());
  const expected = check.status ?? 200;
  if (response?.status() !== expected) failures.push(`${label}: HTTP ${response?.status()}, expected ${expected}`);
  if (url.pathname + url.search !== `/${lang}${check.path}`) failures.push(`${label}: ended on ${url.pathname}${url.search}`);
  if (check.prepare) await check.prepare(page, lang);
  const htmlLang = await page.locator("html").getAttribute("lang");
  if (htmlLang !== lang) failures.push(`${label}: <html lang="${htmlLang}">`);

  // Only violations: the passing nodes need not be collected and sent back.
  const result = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).analyze();
  for (const v of result.violations) {
    const targets = v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`);
    failures.push(`${label}: ${v.id} (${v.impact}) ${v.help}\n    ${targets.join("\n    ")}`);
  }
  return failures;
}

/**
 * Every page, and every state reached by a step on it (a failed submit, a confirmation), in
 * English; in German, Italian and Spanish every page as loaded. A state has the same markup in
 * every language (its messages are checked in each language by the integration tests), and
 * scanning the 24 states four times cost the suite about a minute and a half.
 */
function checksIn(lang: Lang): Check[] {
  return lang === "en" ? CHECKS : CHECKS.filter((c) => !c.prepare);
}

test.each(LANGS)("axe finds no WCAG 2.1 A/AA violation on any page in %s", async (lang) => {
  const checks = checksIn(lang);
  const lanes = Array.from({ length: LANES }, (_, lane) => checks.filter((_, i) => i % LANES === lane));
  const results = await Promise.all(
    lanes.map(async (checks, lane) => {
      const failures: string[] = [];
      for (const check of checks) failures.push(...(await audit(tabs[check.role][lane], lang, check)));
      return failures;
    }),
  );
  const failures = results.flat();
  for (const role of Object.keys(tabs) as Role[]) failures.push(...takeProblems(tabs[role][0].context()));
  expect(failures, failures.join("\n")).toEqual([]);
});

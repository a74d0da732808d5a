// The platform's main journeys in a real browser against the real server (`node server.js
// --demo`), with a real SMTP server catching the mail. One server and one browser for the file.
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { CATALOGS, interpolate, login, loginWithTotp, pathOf, setUpTotp, startE2E, takeProblems, type E2E } from "./support";

const en = CATALOGS.en;
let e2e: E2E;
const pages: Page[] = [];

async function newPage(options?: Parameters<E2E["newPage"]>[0]) {
  const page = await e2e.newPage(options);
  pages.push(page);
  return page;
}

beforeAll(async () => {
  e2e = await startE2E();
});

// Every journey also proves that no page threw, logged an error or broke the CSP.
afterEach(async () => {
  const problems = pages.flatMap((p) => takeProblems(p.context()));
  await Promise.all(pages.splice(0).map((p) => p.context().close()));
  expect(problems, problems.join("\n")).toEqual([]);
});

afterAll(async () => {
  await e2e?.close();
});

async function focusedElementInfo(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? "").trim().replace(/\s+/g, " "),
      className: el.className,
      inNav: el.closest("nav")?.getAttribute("aria-label") ?? null,
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
      boxShadow: style.boxShadow !== "none",
      visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
    };
  });
}

describe("sign-in lands each role where its work is", () => {
  const landings: [string, string][] = [
    ["admin@eccipa.example", "/en/p/eccipa"],
    ["coordinator.offenbach@eccipa.example", "/en/t/offenbach"],
    ["partner.offenbach@eccipa.example", "/en/t/offenbach"],
    ["trainer.offenbach@eccipa.example", "/en/t/offenbach"],
    ["trainee.offenbach@eccipa.example", "/en/t/offenbach"],
    ["committee.offenbach@eccipa.example", "/en/t/offenbach"],
    ["expert@eccipa.example", "/en/p/eccipa/assessment"],
  ];

  test.each(landings)("%s lands on %s", async (email, landing) => {
    const page = await newPage();
    await login(page, email);
    expect(pathOf(page)).toBe(landing);
    const h1 = () => page.locator("main h1").textContent();
    if (landing === "/en/p/eccipa") {
      await expect.poll(h1).toBe(interpolate(en.dashboard.title, { programme: "ECCIPA" }));
      const rows = page.locator("main table tbody tr th[scope=row]");
      expect(await rows.allTextContents()).toEqual(expect.arrayContaining(["County of Offenbach", "City of Ravenna", "City of Cartagena"]));
    }
    if (landing === "/en/t/offenbach") await expect.poll(h1).toBe("County of Offenbach");
    if (landing === "/en/p/eccipa/assessment") await expect.poll(h1).toBe(interpolate(en.assessment.title, { programme: "ECCIPA" }));
  });
});

test("language: Accept-Language picks Italian, the switcher changes to German, and the choice is remembered", async () => {
  const page = await newPage({ locale: "it-IT" });
  await page.goto("/");
  expect(pathOf(page)).toBe("/it");
  expect(await page.locator("html").getAttribute("lang")).toBe("it");
  expect(await page.locator("main h1").textContent()).toBe(CATALOGS.it.home.title);

  await page.getByRole("navigation", { name: CATALOGS.it.shell.languageSwitcher }).getByRole("link", { name: "Deutsch" }).click();
  await page.waitForURL("**/de");
  expect(pathOf(page)).toBe("/de");
  expect(await page.locator("html").getAttribute("lang")).toBe("de");
  expect(await page.locator("main h1").textContent()).toBe(CATALOGS.de.home.title);
  expect(await page.locator(".skip-link").textContent()).toBe(CATALOGS.de.shell.skipToContent);

  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "eccipa_lang")?.value).toBe("de");
  await page.goto("/");
  expect(pathOf(page)).toBe("/de");
});

test("invitation: a coordinator invites a trainer who accepts through the email, signs out and in; then resets the password by email", async () => {
  const invitee = { name: "Petra Neumann", email: "petra.neumann@example.org" };
  const firstPassword = "a first long passphrase";
  const secondPassword = "another quite long passphrase";

  const coordinator = await newPage();
  await login(coordinator, "coordinator.offenbach@eccipa.example");
  await coordinator.goto("/en/t/offenbach/members");
  const form = coordinator.locator("section[aria-labelledby=invite-heading] form");
  await form.locator("#field-name").fill(invitee.name);
  await form.locator("#field-email").fill(invitee.email);
  await form.locator("#field-role").selectOption({ label: en.roles.trainer });
  await form.locator("#field-language").selectOption("en");
  const mailCount = e2e.mail.messages.length;
  await form.getByRole("button", { name: en.members.sendInvitation }).click();
  await expect.poll(() => coordinator.getByRole("status").textContent()).toBe(interpolate(en.members.invited, { email: invitee.email }));

  const invitation = await e2e.mail.waitFor(invitee.email, { since: mailCount });
  const link = invitation.links.find((l) => l.includes("/invitation?token="));
  expect(link, invitation.text).toBeDefined();
  expect(link!.startsWith(`${e2e.baseUrl}/en/invitation?token=`)).toBe(true);

  // The invitee opens the link in her own browser.
  const person = await newPage();
  await person.goto(link!);
  expect(await person.locator("main h1").textContent()).toBe(en.invitation.title);
  expect(await person.locator("#field-name").inputValue()).toBe(invitee.name);
  await person.locator("#field-password").fill(firstPassword);
  await person.locator("#field-confirmPassword").fill(firstPassword);
  await person.getByRole("button", { name: en.invitation.createAccount }).click();
  await person.waitForURL("**/en/t/offenbach");
  expect(await person.locator(".account-menu summary").textContent()).toContain(invitee.name);

  // The coordinator sees her among the members.
  await coordinator.reload();
  const row = coordinator.locator("main table tbody tr", { has: coordinator.locator(`th:text-is("${invitee.name}")`) });
  await expect.poll(() => row.locator("td").allTextContents()).toEqual([invitee.email, en.roles.trainer, "—"]);

  // Sign out from the account menu, then sign in with the chosen password.
  await person.locator(".account-menu summary").click();
  await person.getByRole("button", { name: en.shell.signOut }).click();
  await person.waitForURL((url) => url.pathname === "/en");
  await expect.poll(() => person.locator(".site-header").getByRole("link", { name: en.shell.signIn }).count()).toBe(1);
  await person.goto("/en/t/offenbach");
  expect(pathOf(person)).toBe(`/en/sign-in?next=${encodeURIComponent("/en/t/offenbach")}`);
  await login(person, invitee.email, firstPassword);
  expect(pathOf(person)).toBe("/en/t/offenbach");

  // Password reset by email, from a signed-out browser.
  const visitor = await newPage();
  await visitor.goto("/en/forgot-password");
  await visitor.locator("#field-email").fill(invitee.email);
  const beforeReset = e2e.mail.messages.length;
  await visitor.getByRole("button", { name: en.auth.sendResetLink }).click();
  await expect.poll(() => visitor.getByRole("status").textContent()).toBe(en.auth.resetSent);
  const resetMail = await e2e.mail.waitFor(invitee.email, { since: beforeReset });
  expect(resetMail.subject).toBe(en.email.reset.subject);
  const resetLink = resetMail.links.find((l) => l.includes("/reset-password?token="));
  expect(resetLink, resetMail.text).toBeDefined();
  await visitor.goto(resetLink!);
  await visitor.locator("#field-password").fill(secondPassword);
  await visitor.locator("#field-confirmPassword").fill(secondPassword);
  await visitor.getByRole("button", { name: en.auth.setPassword }).click();
  await visitor.waitForURL("**/en/sign-in?reset=1");
  await login(visitor, invitee.email, secondPassword);
  expect(pathOf(visitor)).toBe("/en/t/offenbach");

  // The old password no longer works.
  const other = await newPage();
  await other.goto("/en/sign-in");
  await other.locator("#field-email").fill(invitee.email);
  await other.locator("#field-password").fill(firstPassword);
  await other.locator("main button[type=submit]").click();
  await expect.poll(() => other.getByRole("alert").textContent()).toContain(en.auth.invalidCredentials);
});

test("keyboard only: skip link, language switcher and account menu are reachable, and focus is always visible", async () => {
  const page = await newPage();
  await login(page, "coordinator.offenbach@eccipa.example");
  await page.goto("/en/t/offenbach/members");

  await page.keyboard.press("Tab");
  const skip = await focusedElementInfo(page);
  expect(skip).toMatchObject({ tag: "a", className: "skip-link", text: en.shell.skipToContent, visible: true });
  expect(skip!.outline || skip!.boxShadow).toBe(true);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  expect(new URL(page.url()).hash).toBe("#main");

  // From the top again: walk the header by Tab, checking each stop, until the account menu.
  await page.goto("/en/t/offenbach/members");
  const stops: NonNullable<Awaited<ReturnType<typeof focusedElementInfo>>>[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    const info = await focusedElementInfo(page);
    expect(info, `Tab stop ${i + 1} lost focus`).not.toBeNull();
    stops.push(info!);
    expect(info!.outline || info!.boxShadow, `focus not visible on ${JSON.stringify(info)}`).toBe(true);
    expect(info!.visible, `focused element off screen: ${JSON.stringify(info)}`).toBe(true);
    if (info!.tag === "summary" && info!.text.includes("Jonas Weber")) break;
  }
  const languageLinks = stops.filter((s) => s.inNav === en.shell.languageSwitcher).map((s) => s.text);
  expect(languageLinks).toEqual(["English", "Deutsch", "Italiano", "Español"]);
  expect(stops.at(-1)).toMatchObject({ tag: "summary" });
  expect(stops.at(-1)!.text).toContain(en.shell.accountMenu);

  const menu = page.locator("details.account-menu");
  await page.keyboard.press("Space");
  await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
  await page.keyboard.press("Space");
  await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
  await page.keyboard.press("Enter");
  await expect.poll(() => menu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);

  await page.keyboard.press("Tab");
  expect(await focusedElementInfo(page)).toMatchObject({ tag: "a", text: en.shell.account, outline: true, visible: true });
  await page.keyboard.press("Tab");
  const signOut = await focusedElementInfo(page);
  expect(signOut).toMatchObject({ tag: "button", text: en.shell.signOut, visible: true });
  expect(signOut!.outline || signOut!.boxShadow).toBe(true);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/en");
  await expect.poll(() => page.locator(".account-menu").count()).toBe(0);
});

test("without JavaScript: the new-territory form shows translated errors next to the field, keeps the input, then creates the territory", async () => {
  const de = CATALOGS.de;
  const page = await newPage({ javaScriptEnabled: false });
  await login(page, "admin@eccipa.example");
  expect(pathOf(page)).toBe("/en/p/eccipa");
  // Every submit below must be a native form POST that loads a whole new document.
  const documentPosts: number[] = [];
  page.on("response", (res) => {
    if (res.request().method() === "POST" && res.request().resourceType() === "document") documentPosts.push(res.status());
  });

  await page.goto("/de/p/eccipa/territories/new");
  await page.locator("#field-name_de").fill("Stadt Musterhausen");
  await page.locator("#field-countryCode").fill("D1");
  await page.getByRole("checkbox", { name: "Deutsch" }).check();
  // Typed as German writes it (decision 027), and given back as typed.
  await page.locator("#field-population").fill("42.000");
  await page.getByRole("button", { name: de.territory.create }).click();
  await page.waitForLoadState("load");

  expect(pathOf(page)).toBe("/de/p/eccipa/territories/new");
  expect(documentPosts).toEqual([400]);
  const error = page.locator("#field-countryCode-error");
  expect(await error.textContent()).toBe(de.errors.countryCode);
  expect(await page.locator("#field-countryCode").getAttribute("aria-invalid")).toBe("true");
  expect((await page.locator("#field-countryCode").getAttribute("aria-describedby"))?.split(" ")).toContain("field-countryCode-error");
  expect(await page.locator("#field-name_de").inputValue()).toBe("Stadt Musterhausen");
  expect(await page.locator("#field-countryCode").inputValue()).toBe("D1");
  expect(await page.locator("#field-population").inputValue()).toBe("42.000");
  expect(await page.getByRole("checkbox", { name: "Deutsch" }).isChecked()).toBe(true);
  expect(await page.getByRole("alert").textContent()).toBe(de.forms.fixErrors_one);

  await page.locator("#field-countryCode").fill("DE");
  await page.getByRole("button", { name: de.territory.create }).click();
  await page.waitForURL(/\/de\/t\/[^/]+\/members\?created=1$/);
  expect(documentPosts).toEqual([400, 302]);
  expect(await page.getByRole("status").textContent()).toBe(interpolate(de.territory.created, { territory: "Stadt Musterhausen" }));

  await page.goto("/de/p/eccipa");
  expect(await page.locator("main table tbody th[scope=row]").allTextContents()).toContain("Stadt Musterhausen");
});

test("two-step sign-in: a coordinator sets it up on her account page, then signs in with the app's code, without JavaScript too", async () => {
  const en = CATALOGS.en;
  const page = await newPage();
  await login(page, "coordinator.cartagena@eccipa.example");
  await page.goto("/en/account");
  await page.getByRole("link", { name: en.security.accountLink }).click();
  await page.waitForURL("**/en/account/security");
  const { secret, recoveryCodes } = await setUpTotp(page);
  expect(recoveryCodes).toHaveLength(10);
  expect(await page.locator("img.qr-code").count()).toBe(0); // the QR code was on the step before

  const noScript = await newPage({ javaScriptEnabled: false });
  await noScript.goto("/en/sign-in");
  await noScript.locator("#field-email").fill("coordinator.cartagena@eccipa.example");
  await noScript.locator("#field-password").fill("demo-password-2026");
  await noScript.locator("main button[type=submit]").click();
  await noScript.waitForURL("**/en/sign-in/code");
  await noScript.locator("#field-code").fill("000000");
  await noScript.locator("main button[type=submit]").click();
  await expect.poll(() => noScript.locator("#field-code-error").textContent()).toBe(en.security.codeWrong);

  const again = await newPage();
  await loginWithTotp(again, "coordinator.cartagena@eccipa.example", secret);
  expect(pathOf(again)).toBe("/en/t/cartagena");
});

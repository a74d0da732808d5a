// Browser-test fixtures: a real SMTP server in this process, the real production server
// (`node server.js --demo`) as a child process on a fresh PGlite directory, and Debian's Chromium
// driven by playwright-core. Run `npx react-router build` first (npm test does).
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { freePort } from "../../scripts/free-port";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import { inject } from "vitest";
import { DEMO_PASSWORD } from "~/demo/demo-data";
import { STEP_HANG_GUARD_MS } from "../support/hang-guard";
import { healthz } from "../support/server-process";
import { totpCode } from "../support/totp";
import { CATALOGS as ASSEMBLED } from "~/i18n/catalogs.server";

export { DEMO_PASSWORD };
export const CATALOGS = ASSEMBLED;
export type Lang = keyof typeof CATALOGS;

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// ---------------------------------------------------------------------------------------------
// Mail

export type Mail = { from: string; to: string[]; subject: string; text: string; links: string[]; raw: string };

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 encoded words in headers, e.g. =?UTF-8?Q?Einladung_zu?= */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

/** Enough MIME for the platform's plain-text mails: headers, one text body, QP or base64. */
export function parseMail(raw: string, envelope: { from: string; to: string[] }): Mail {
  const split = raw.search(/\r?\n\r?\n/);
  const headerText = split === -1 ? raw : raw.slice(0, split);
  let body = split === -1 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of headerText.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  let encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (boundary) {
    // multipart: take the first text/plain part
    const parts = body.split(`--${boundary}`).slice(1);
    const plain = parts.find((p) => /content-type:\s*text\/plain/i.test(p)) ?? parts[0] ?? "";
    const at = plain.search(/\r?\n\r?\n/);
    encoding = (/content-transfer-encoding:\s*([\w-]+)/i.exec(plain.slice(0, at))?.[1] ?? "7bit").toLowerCase();
    body = plain.slice(at).replace(/^\r?\n\r?\n/, "");
  }
  const text =
    encoding === "quoted-printable"
      ? decodeQuotedPrintable(body)
      : encoding === "base64"
        ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
        : body;
  const links = [...text.matchAll(/https?:\/\/[^\s<>"')]+/g)].map((m) => m[0]);
  return { ...envelope, subject: decodeHeader(headers.get("subject") ?? ""), text, links, raw };
}

export class MailBox {
  readonly messages: Mail[] = [];
  private waiters: { match: (m: Mail) => boolean; resolve: (m: Mail) => void }[] = [];

  deliver(mail: Mail) {
    this.messages.push(mail);
    this.waiters = this.waiters.filter((w) => {
      if (!w.match(mail)) return true;
      w.resolve(mail);
      return false;
    });
  }

  /** The first message to this address (received after `since`, a message count) that matches. */
  waitFor(to: string, { since = 0, match = () => true, timeoutMs = STEP_HANG_GUARD_MS }: { since?: number; match?: (m: Mail) => boolean; timeoutMs?: number } = {}): Promise<Mail> {
    const wanted = (m: Mail) => m.to.some((x) => x.toLowerCase() === to.toLowerCase()) && match(m);
    const found = this.messages.slice(since).find(wanted);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no email to ${to} within ${timeoutMs} ms (received: ${this.messages.map((m) => `${m.to} "${m.subject}"`).join(", ") || "none"})`)), timeoutMs);
      this.waiters.push({ match: wanted, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }
}

async function startSmtp(mailbox: MailBox): Promise<{ port: number; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        mailbox.deliver(parseMail(Buffer.concat(chunks).toString("utf8"), envelope));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// ---------------------------------------------------------------------------------------------
// Server

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = STEP_HANG_GUARD_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await healthz(url, Math.max(1, deadline - Date.now()))).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${log()}`);
}

function stopChild(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/**
 * A private copy of the built server (server.js, build/, migrations) with node_modules linked,
 * so that a rebuild running at the same time (another terminal, an editor) cannot pull assets
 * from under a running test.
 */
function snapshotBuild(root: string, into: string): string {
  if (!existsSync(path.join(root, "build/server/index.js")) || !existsSync(path.join(root, "build/client/assets"))) {
    throw new Error("No build found: run `npx react-router build` before the browser tests.");
  }
  const dir = path.join(into, "app");
  for (const file of ["server.js", "package.json", "build", "app/db/migrations"]) {
    cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Browser pages that remember what went wrong

export type Problems = string[];
const pageProblems = new WeakMap<Page, Problems>();

/**
 * Records, for a page: uncaught exceptions, console errors (CSP violations among them) and
 * failed sub-resources. Document responses with an error status are expected (404, 403 pages),
 * so their "Failed to load resource" console line is ignored; the response itself is checked.
 */
function watch(page: Page) {
  const problems: Problems = [];
  pageProblems.set(page, problems);
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message} (${page.url()})`));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const text = msg.text();
    if (/^Failed to load resource: the server responded with a status of/.test(text)) return;
    problems.push(`${/Content Security Policy/i.test(text) ? "CSP violation" : "console error"}: ${text} (${page.url()})`);
  });
  page.on("response", (res) => {
    // Pages and their data requests may answer 4xx on purpose (404 page, wrong password: 401);
    // a missing script, stylesheet or image never should, and nothing should answer 5xx.
    const type = res.request().resourceType();
    const isStatic = !["document", "fetch", "xhr"].includes(type);
    if (res.status() >= 500 || (res.status() >= 400 && isStatic)) problems.push(`HTTP ${res.status()} for ${type} ${res.url()}`);
  });
  page.on("requestfailed", (req) => {
    const failure = req.failure()?.errorText ?? "";
    // A navigation that replaces a pending one aborts it; not a defect. Blocked by the CSP
    // ("csp") is reported on the console, above; with javaScriptEnabled: false, Playwright
    // blocks scripts the same way.
    if (failure === "net::ERR_ABORTED" || failure === "csp") return;
    problems.push(`request failed: ${req.url()} ${failure}`);
  });
}

/** Problems seen on every page of a context so far; empties the lists. */
export function takeProblems(context: BrowserContext): Problems {
  const out: Problems = [];
  for (const page of context.pages()) {
    const list = pageProblems.get(page);
    if (list) out.push(...list.splice(0));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The fixture

export type E2E = {
  baseUrl: string;
  mail: MailBox;
  browser: Browser;
  /** A fresh browser context (own cookies) with one watched page. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  serverLog(): string;
  close(): Promise<void>;
};

export async function startE2E(): Promise<E2E> {
  const mail = new MailBox();
  const smtp = await startSmtp(mail);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const tempDir = mkdtempSync(path.join(tmpdir(), "eccipa-e2e-"));
  let appDir: string;
  try {
    appDir = snapshotBuild(process.cwd(), tempDir);
    // A copy of the directory the demo was loaded into once (global-setup.ts).
    cpSync(inject("e2eDemoDataDir"), path.join(tempDir, "pglite"), { recursive: true });
  } catch (error) {
    await smtp.close();
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    PGLITE_DATA_DIR: path.join(tempDir, "pglite"),
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
    APP_URL: baseUrl,
  };
  delete env.DATABASE_URL;
  delete env.VITEST;
  delete env.TRUST_PROXY;
  const child = spawn(process.execPath, ["server.js", "--demo"], { cwd: appDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout?.on("data", (c: Buffer) => (log += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (log += c.toString()));

  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();
  const close = async () => {
    await Promise.allSettled([...contexts].map((c) => c.close()));
    await browser?.close().catch(() => {});
    await stopChild(child);
    await smtp.close();
    rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    // Launch the browser while the server seeds its demo data.
    const launching = chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    await waitForHealth(baseUrl, child, () => log);
    browser = await launching;
  } catch (error) {
    await close();
    throw error;
  }

  return {
    baseUrl,
    mail,
    browser,
    serverLog: () => log,
    async newPage(options = {}) {
      const context = await browser!.newContext({ baseURL: baseUrl, locale: "en-GB", ...options });
      contexts.add(context);
      context.on("close", () => contexts.delete(context));
      context.on("page", watch);
      context.setDefaultTimeout(STEP_HANG_GUARD_MS);
      return context.newPage();
    },
    close,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Whether the element is hydrated, so its handlers run. React leaves its props on every element it
 * hydrated (__reactProps…); Preact, which runs the browser build (decision 036), its listeners on
 * the elements that have some (__e): the element's, or those of an element inside it.
 */
export function isHydrated(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const marked = (e: Element) => "__e" in e || Object.keys(e).some((k) => k.startsWith("__reactProps"));
    return marked(el) || [...el.querySelectorAll("*")].some(marked);
  });
}

/** Signs in through the real form (works with or without JavaScript) and waits for the landing page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD, lang: Lang = "en"): Promise<void> {
  await page.goto(`/${lang}/sign-in`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.endsWith("/sign-in"), { waitUntil: "load" }),
    page.locator("main button[type=submit]").click(),
  ]);
  // A client-side navigation changes the URL a moment before React renders the new page.
  await page.locator("main h1", { hasNotText: CATALOGS[lang].auth.signInTitle }).waitFor();
}

/**
 * Turns on two-step sign-in for the signed-in person on `page`, through the account page as she
 * would: password, the secret shown as text (what she would type into her app), a code from it.
 * Returns the secret (for `loginWithTotp`) and the recovery codes shown once.
 */
export async function setUpTotp(page: Page, password = DEMO_PASSWORD, lang: Lang = "en"): Promise<{ secret: string; recoveryCodes: string[] }> {
  const t = CATALOGS[lang].security;
  await page.goto(`/${lang}/account/security`);
  await page.locator("#field-password").fill(password);
  await page.getByRole("button", { name: t.turnOn }).click();
  const secretText = page.locator("code.secret");
  await secretText.waitFor();
  const secret = (await secretText.textContent()) ?? "";
  await page.locator("#field-code").fill(totpCode(secret));
  await page.getByRole("button", { name: t.confirm }).click();
  const codes = page.locator("ul.recovery-codes code");
  await codes.first().waitFor();
  return { secret, recoveryCodes: await codes.allTextContents() };
}

/**
 * Signs in through the real forms with password and then the authenticator code computed from
 * `secret` (RFC 6238, tests/support/totp.ts), and waits for the landing page.
 */
export async function loginWithTotp(page: Page, email: string, secret: string, password = DEMO_PASSWORD, lang: Lang = "en"): Promise<void> {
  await page.goto(`/${lang}/sign-in`);
  await page.locator("#field-email").fill(email);
  await page.locator("#field-password").fill(password);
  await Promise.all([page.waitForURL((url) => url.pathname === `/${lang}/sign-in/code`), page.locator("main button[type=submit]").click()]);
  await page.locator("#field-code").fill(totpCode(secret));
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith(`/${lang}/sign-in`), { waitUntil: "load" }),
    page.locator("main button[type=submit]").click(),
  ]);
  await page.locator("main h1", { hasNotText: CATALOGS[lang].security.codeTitle }).waitFor();
}

/** The path (and search) of the page, without the origin. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** Resolves a "{{x}}" catalog string like i18next does, for expectations. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => String(values[k] ?? ""));
}

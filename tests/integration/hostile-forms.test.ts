// @heavy: crawls every page as seven roles and submits some 1,500 hostile forms.
// Every form of the platform, filled with hostile values, must never get a 5xx. The test finds
// the forms itself: it crawls the pages of the route table as the roles that reach them (links
// from each role's start pages, a page or two per route), reads every POST form and GET form from
// the HTML with its field names and hidden values, and submits each one many times:
//   - a Latin square: in submission j, field i gets HOSTILE[(i + j) % n], so every field gets
//     every hostile value once (empty, 1 MB, year 0/9999/10000, NUL, control characters, text
//     where a number is expected, …) without the full cross product;
//   - targeted: one field hostile at a time while the others hold plausible values (so a
//     hostile date reaches the database): 1 MB in each field, impossible years in date fields,
//     text in number fields, an unknown choice in selects, hostile files;
//   - the whole form with every field duplicated, and with an unknown intent.
// Forms that delete or withdraw go last, so the others still find their rows. The test prints how
// many forms it filled and how many 5xx answers it got, and fails listing each one.
import { performance } from "node:perf_hooks";
import { beforeAll, describe, expect, it } from "vitest";
import { type ParsedForm, linksOf, parseForms } from "../support/forms";
import { startApp, TestClient } from "../support/app";
import { builtRouteModules, flattenRoutes } from "../support/route-table";

const MB = "x".repeat(1024 * 1024);
/** Long enough to pass every length limit of a field (the largest, a transcript's, is beyond 1 MB only in bytes). */
const LONG = "x".repeat(70_000);
const HOSTILE: readonly string[] = [
  "",
  MB,
  "0000-01-01",
  "9999-12-31",
  "10000-01-01",
  "a\u0000b",
  "\u0001\u0007\u001b[2J\u007f\u202e\ud800",
  "not a number",
  "-1e999",
  "00000000-0000-0000-0000-000000000000",
];
const PASSWORD = "demo-password-2026";
const ROLES: Record<string, { email: string | null; start: string[] }> = {
  visitor: { email: null, start: ["/en", "/en/sign-in", "/en/forgot-password", "/en/verify"] },
  "programme admin": { email: "admin@eccipa.example", start: ["/en/p/eccipa", "/en/t/offenbach", "/en/account"] },
  coordinator: { email: "coordinator.offenbach@eccipa.example", start: ["/en/t/offenbach", "/en/account"] },
  expert: { email: "expert@eccipa.example", start: ["/en/p/eccipa"] },
  trainer: { email: "trainer.offenbach@eccipa.example", start: ["/en/t/offenbach"] },
  trainee: { email: "trainee.offenbach@eccipa.example", start: ["/en/t/offenbach", "/en/t/offenbach/my-training"] },
  "committee member": { email: "committee.offenbach@eccipa.example", start: ["/en/t/offenbach"] },
};
const DESTRUCTIVE = /delete|remove|erase|withdraw|revoke|sign-out|leave/i;

type Found = { role: string; page: string; form: ParsedForm };
type Failure = { role: string; form: string; variant: string; status: number; payload: string };

let app: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  app = await startApp();
});

/** Route patterns as regular expressions, the most specific first; resource routes are not crawled. */
async function routeMatchers() {
  const modules = await builtRouteModules();
  return flattenRoutes()
    .filter((r) => r.pattern.startsWith("/:lang"))
    .map((r) => {
      const source = r.pattern
        .split("/")
        .map((s) => (s.startsWith(":") ? (s.endsWith("?") ? "(?:[^/]+)?" : "[^/]+") : s === "*" ? ".*" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/");
      const statics = r.pattern.split("/").filter((s) => s && !s.startsWith(":")).length;
      const module = modules[r.id]?.module ?? {};
      return { pattern: r.pattern, regex: new RegExp(`^${source}/?$`), statics, page: typeof module.default === "function", action: typeof module.action === "function" };
    })
    .sort((a, b) => b.statics - a.statics);
}

async function signedIn(email: string | null): Promise<TestClient> {
  const client = new TestClient(app);
  if (email) await client.signIn(email, PASSWORD);
  return client;
}

/** Crawls a role's pages (English only, one or two URLs per route pattern) and collects their forms. */
async function crawl(role: string, client: TestClient, matchers: Awaited<ReturnType<typeof routeMatchers>>, perPattern: number): Promise<{ forms: Found[]; pages: number; patterns: Set<string> }> {
  const queue = [...ROLES[role].start];
  const seen = new Set<string>();
  const perRoute = new Map<string, number>();
  const forms: Found[] = [];
  const patterns = new Set<string>();
  while (queue.length) {
    const url = queue.shift()!;
    const path = url.split("?")[0];
    if (seen.has(url) || !path.startsWith("/en")) continue;
    seen.add(url);
    const route = matchers.find((m) => m.regex.test(path));
    if (!route || !route.page || /\/t\/(?!offenbach)[^/]+/.test(path)) continue;
    if ((perRoute.get(route.pattern) ?? 0) >= perPattern) continue;
    perRoute.set(route.pattern, (perRoute.get(route.pattern) ?? 0) + 1);
    const response = await client.get(url);
    if (response.status !== 200 || !(response.headers.get("content-type") ?? "").includes("text/html")) {
      await response.body?.cancel();
      continue;
    }
    patterns.add(route.pattern);
    const html = await response.text();
    for (const form of parseForms(html, url)) forms.push({ role, page: url, form });
    for (const link of linksOf(html)) if (!seen.has(link)) queue.push(link);
  }
  return { forms, pages: seen.size, patterns };
}

/** One key per kind of form: the action with its ids blanked, and its field names. */
function formKey({ form }: Found): string {
  const action = form.action.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ":id").replace(/\?.*$/, "");
  return `${form.method} ${action} ${[...new Set(form.fields.map((f) => f.name.replace(/\d+/g, "#")))].sort().join(",")}`;
}

/** A value a careful person might have typed: the form's own, else one that fits the field. */
function plausible(field: ParsedForm["fields"][number]): string {
  if (field.value !== "" || field.type === "hidden" || field.type === "button" || field.type === "select") return field.value;
  const ending = /end|until|to$/i.test(field.name);
  switch (field.type) {
    case "date":
      return ending ? "2022-06-30" : /start|from/i.test(field.name) ? "2021-09-01" : "2021-04-15";
    case "time":
      return ending ? "12:00" : "09:00";
    case "number":
      return "5";
    case "email":
      return "hostile.test@example.org";
    case "password":
      return PASSWORD;
    case "url":
      return "https://example.org/hostile";
    default:
      return /email/i.test(field.name) ? "hostile.test@example.org" : "Hostile test value";
  }
}

type Values = Map<string, (string | Blob)[]>;

function baseline(form: ParsedForm): Values {
  const values: Values = new Map();
  for (const f of form.fields) values.set(f.name, [f.type === "file" ? new Blob(["Hello, a plain note.\n"], { type: "text/plain" }) : plausible(f)]);
  return values;
}

const describeValue = (v: string | Blob) => (typeof v !== "string" ? `<file ${v.size} B>` : v.length > 80 ? `${JSON.stringify(v.slice(0, 20))}… (${v.length} chars)` : JSON.stringify(v));

/** The submissions of one form: name of the variant and its values. */
function variantsOf(form: ParsedForm): { name: string; values: Values }[] {
  const fields = form.fields.filter((f) => f.name !== "_csrf");
  const variants: { name: string; values: Values }[] = [];
  for (let j = 0; j < HOSTILE.length; j++) {
    const values = baseline(form);
    fields.forEach((f, i) => values.set(f.name, [HOSTILE[(i + j) % HOSTILE.length]]));
    variants.push({ name: `latin square ${j}`, values });
  }
  const one = (field: string, value: string | Blob, name: string) => {
    const values = baseline(form);
    values.set(field, [value]);
    variants.push({ name, values });
  };
  for (const f of fields) {
    if (f.type === "file") {
      one(f.name, new Blob([]), `${f.name}: empty file`);
      one(f.name, new Blob([new Uint8Array(64 * 1024).map((_, i) => (i * 7919) % 256)], { type: "application/pdf" }), `${f.name}: garbage as PDF`);
      continue;
    }
    if (f.type !== "hidden" && f.type !== "button" && f.type !== "checkbox" && f.type !== "radio") one(f.name, LONG, `${f.name}: 70,000 characters`);
    if (f.type === "date" || /date|On$/.test(f.name)) for (const d of ["0000-01-01", "9999-12-31", "10000-01-01"]) one(f.name, d, `${f.name}: ${d}`);
    if (f.type === "number") for (const n of ["not a number", "99999999999999999999"]) one(f.name, n, `${f.name}: ${n}`);
    if (f.type === "select" || f.type === "radio" || f.type === "hidden" || f.type === "button") one(f.name, "__hostile__", `${f.name}: unknown choice`);
  }
  const doubled = baseline(form);
  for (const f of fields) doubled.set(f.name, [...(doubled.get(f.name) ?? []), f.type === "file" ? new Blob(["again"]) : "not a number"]);
  variants.push({ name: "every field twice", values: doubled });
  if (!fields.some((f) => f.name === "intent")) {
    const values = baseline(form);
    values.set("intent", ["__hostile__"]);
    variants.push({ name: "unknown intent", values });
  }
  return variants;
}

async function submit(client: TestClient, form: ParsedForm, values: Values): Promise<number> {
  const csrf = decodeURIComponent(client.cookie("eccipa_csrf") ?? "");
  if (form.method === "get") {
    const query = new URLSearchParams();
    for (const [k, vs] of values) for (const v of vs) if (typeof v === "string") query.append(k, v);
    const response = await client.get(`${form.action.split("?")[0]}?${query}`);
    await response.body?.cancel();
    return response.status;
  }
  const body = form.multipart ? new FormData() : new URLSearchParams();
  body.append("_csrf", csrf);
  for (const [k, vs] of values) {
    if (k === "_csrf") continue;
    for (const v of vs) {
      if (body instanceof FormData) {
        if (typeof v === "string") body.append(k, v);
        else body.append(k, v, "hostile.pdf");
      }
      else if (typeof v === "string") body.append(k, v);
    }
  }
  const headers: Record<string, string> = { origin: "http://localhost:3000" };
  if (body instanceof URLSearchParams) headers["content-type"] = "application/x-www-form-urlencoded";
  const response = await client.request(form.action, { method: "POST", body, headers });
  await response.body?.cancel();
  return response.status;
}

describe("every form filled with hostile values", () => {
  it("never answers 5xx", async () => {
    const started = performance.now();
    const matchers = await routeMatchers();
    const clients = new Map<string, TestClient>();
    const found = new Map<string, Found>();
    const visited = new Set<string>();
    let pages = 0;
    for (const [role, { email }] of Object.entries(ROLES)) {
      const client = await signedIn(email);
      clients.set(role, client);
      const crawled = await crawl(role, client, matchers, role === "programme admin" ? 2 : 1);
      pages += crawled.pages;
      for (const p of crawled.patterns) visited.add(p);
      for (const f of crawled.forms) if (!found.has(formKey(f))) found.set(formKey(f), f);
    }
    const crawled = performance.now();
    // HOSTILE_FORMS=<regular expression> submits only the forms whose action matches (for debugging).
    const only = process.env.HOSTILE_FORMS ? new RegExp(process.env.HOSTILE_FORMS) : null;
    const forms = [...found.values()].filter((f) => !only || only.test(f.form.action)).sort((a, b) => Number(isDestructive(a.form)) - Number(isDestructive(b.form)));
    // The crawl must have reached the forms of the modules, not just the home page.
    expect(found.size, "forms found").toBeGreaterThan(60);

    const failures: Failure[] = [];
    let submissions = 0;
    for (const { role, page, form } of forms) {
      for (const variant of variantsOf(form)) {
        let client = clients.get(role)!;
        // A sign-out (or a withdrawn membership) ends the session: the next form gets a new one.
        if (ROLES[role].email && !client.cookie("eccipa.session_token")) {
          client = await signedIn(ROLES[role].email);
          clients.set(role, client);
        }
        const status = await submit(client, form, variant.values);
        submissions++;
        if (status >= 500) {
          const payload = [...variant.values].map(([k, vs]) => `${k}=${vs.map(describeValue).join("|")}`).join("&");
          failures.push({ role, form: `${form.method.toUpperCase()} ${form.action} (on ${page})`, variant: variant.name, status, payload });
        }
      }
    }
    const reached = new Set(forms.filter((f) => f.form.method === "post").map((f) => matchers.find((m) => m.regex.test(f.form.action.split("?")[0]))?.pattern));
    const unreached = matchers.filter((m) => m.action && !reached.has(m.pattern)).map((m) => m.pattern);
    console.log(
      `hostile forms: routes with an action whose form the crawl did not reach (${unreached.length}): ${unreached.join(", ") || "none"}`,
    );
    console.log(
      `hostile forms: ${forms.length} forms filled (found on ${pages} pages of ${visited.size} routes, as ${clients.size} roles, in ${((crawled - started) / 1000).toFixed(0)} s), ` +
        `${submissions} submissions in ${((performance.now() - crawled) / 1000).toFixed(0)} s, ${failures.length} responses of 5xx`,
    );
    expect(failures.map((f) => `${f.status} ${f.role}: ${f.form} [${f.variant}] ${f.payload.slice(0, 600)}`)).toEqual([]);
  });
});

function isDestructive(form: ParsedForm): boolean {
  return DESTRUCTIVE.test(form.action) || form.fields.some((f) => (f.name === "intent" || f.type === "button") && DESTRUCTIVE.test(f.options.join(" ") + f.value));
}

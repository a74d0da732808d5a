// @heavy: odd values in every field of every account and programme form: some 1,500 requests, many hashing a password.
// No input a form can send may cause a server error. Every form route gets, field by field,
// odd values: very long text, unicode, control characters, arrays where one value is
// expected, missing fields, paths, markup, numbers out of range. Any status below 500 is fine.
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { invitation, programmePhase, territory } from "~/db/schema";
import { startApp, TestClient } from "../support/app";
import { decode, t } from "../support/pages";

type Fields = Record<string, string | string[]>;
const MISSING = Symbol("missing");
type Odd = string | string[] | typeof MISSING;

const ODD_VALUES: [string, Odd][] = [
  ["missing", MISSING],
  ["empty", ""],
  ["blank", "   \t  "],
  ["array", ["first", "second"]],
  ["very long", "x".repeat(20_000)],
  ["long unicode", "Ωß東😀".repeat(2_000)],
  ["unicode", "Zürich 東京 مرحبا 👩🏽‍💻 \u202Eevil\u202C ﷽"],
  ["NUL", "before\u0000after"],
  ["control characters", "\u0001\u001b[31m\u007f\u2028/en\r\nSet-Cookie: pwned=1"],
  ["path traversal", "../../../etc/passwd"],
  ["protocol-relative", "//evil.example/x"],
  ["HTML", '<script>alert(1)</script><img src=x onerror="alert(1)">'],
  ["SQL", "' OR '1'='1'; DROP TABLE territory; --"],
  ["out-of-range numbers", "1e309"],
  ["nil uuid", "00000000-0000-0000-0000-000000000000"],
];

let app: Awaited<ReturnType<typeof startApp>>;
let admin: TestClient;
let coordinator: TestClient;
let account: TestClient;
let ip = 0;

async function signedIn(email: string): Promise<TestClient> {
  const client = new TestClient(app, `10.7.0.${++ip}`);
  await client.signIn(email);
  return client;
}

/** A fresh visitor each time, on a fresh address, so that sign-in throttling does not mask anything. */
function visitor(): TestClient {
  ip++;
  return new TestClient(app, `10.8.${Math.floor(ip / 250)}.${ip % 250}`);
}

beforeAll(async () => {
  delete process.env.SMTP_URL;
  app = await startApp();
  admin = await signedIn("admin@eccipa.example");
  coordinator = await signedIn("coordinator.offenbach@eccipa.example");
  account = await signedIn("committee.offenbach@eccipa.example");
});

function withOdd(base: Fields, field: string, odd: Odd): Fields {
  const fields = { ...base };
  if (odd === MISSING) delete fields[field];
  else fields[field] = odd;
  return fields;
}

function label(odd: Odd): string {
  return ODD_VALUES.find(([, v]) => v === odd)?.[0] ?? "?";
}

/** A form to fuzz: where it posts, and fields that must be fresh for each attempt (a token). */
type Target = string | (() => Promise<{ path: string; fields: Fields }>);

/** Posts every odd value in every field of `base` (plus one unexpected field); returns what answered 500+. */
async function fuzz(target: Target, base: Fields, client: () => TestClient | Promise<TestClient>): Promise<string[]> {
  const failures: string[] = [];
  for (const field of [...Object.keys(base), "unexpected[]"]) {
    for (const [, odd] of ODD_VALUES) {
      const { path, fields } = typeof target === "string" ? { path: target, fields: {} } : await target();
      const response = await (await client()).post(path, withOdd({ ...base, ...fields }, field, odd));
      await response.arrayBuffer();
      if (response.status >= 500) failures.push(`${path.split("?")[0]} ${field}=${label(odd)} → ${response.status}`);
    }
  }
  return failures;
}

// Hundreds of requests per form (some hash a password each time): generous time limits.

describe("odd values in every form", () => {
  it("sign-in", async () => {
    // `next` first, with the right password, so that the redirect itself meets the odd values.
    const failures = await fuzz("/en/sign-in", { next: "/en/start", email: "trainer.offenbach@eccipa.example", password: "demo-password-2026" }, visitor);
    expect(failures).toEqual([]);
  });

  it("forgot-password", async () => {
    expect(await fuzz("/de/forgot-password", { email: "coordinator.cartagena@eccipa.example" }, visitor)).toEqual([]);
  });

  it("reset-password", async () => {
    expect(
      await fuzz("/it/reset-password?token=bogus-token", { token: "bogus-token", password: "long-enough-password", confirmPassword: "long-enough-password" }, visitor),
    ).toEqual([]);
  });

  it("invitation (each attempt with a fresh, valid invitation)", async () => {
    const [offenbach] = await getDb().select().from(territory).where(eq(territory.slug, "offenbach"));
    let n = 0;
    const freshLink = async () => {
      const token = `odd-invitation-token-${++n}-${randomBytes(8).toString("hex")}`;
      await getDb().insert(invitation).values({
        programmeId: offenbach.programmeId,
        territoryId: offenbach.id,
        email: `odd-invitee-${n}@example.org`,
        name: "Odd Invitee",
        role: "trainee",
        language: "en",
        tokenHash: createHash("sha256").update(token).digest("hex"),
        expiresAt: new Date(Date.now() + 3600_000),
      });
      return { path: `/en/invitation?token=${token}`, fields: { token } };
    };
    const failures = await fuzz(freshLink, { token: "", name: "Odd Invitee", password: "odd-password-2026", confirmPassword: "odd-password-2026" }, visitor);
    expect(failures).toEqual([]);
  });

  it("account: password change and email language", async () => {
    const failures = [
      ...(await fuzz("/en/account", { intent: "password", currentPassword: "not-the-password", password: "a-new-password-1", confirmPassword: "a-new-password-1" }, () => account)),
      ...(await fuzz("/es/account", { intent: "language", preferredLanguage: "it" }, () => account)),
    ];
    expect(failures).toEqual([]);
  });

  it("sign-out", async () => {
    expect(await fuzz("/en/sign-out", { next: "/en" }, visitor)).toEqual([]);
  });

  it("new territory", async () => {
    const base = { name_de: "Odd Town", name_en: "Odd Town", countryCode: "DE", "languages[]": ["de", "en"], population: "1000", foreignResidentsPercent: "10", tcnPercent: "5" };
    expect(await fuzz("/en/p/eccipa/territories/new", base, () => admin)).toEqual([]);
  });

  it("programme timeline: add, edit and delete a phase", async () => {
    const base = { intent: "create", kind: "co_design", name_en: "Odd phase", name_de: "", name_it: "", name_es: "", startsOn: "2021-07-01", endsOn: "2021-10-31", position: "3" };
    const [{ id }] = await getDb().select({ id: programmePhase.id }).from(programmePhase).limit(1);
    const failures = [
      ...(await fuzz("/en/p/eccipa/timeline", base, () => admin)),
      ...(await fuzz(`/en/p/eccipa/timeline?edit=${id}`, { ...base, intent: "update", id }, () => admin)),
      ...(await fuzz("/en/p/eccipa/timeline", { intent: "delete", id }, () => admin)),
    ];
    expect(failures).toEqual([]);
  });

  it("territory edit", async () => {
    const base = { name_es: "Ayuntamiento de Cartagena", countryCode: "ES", "languages[]": "es", population: "216000", foreignResidentsPercent: "11,5", tcnPercent: "8" };
    expect(await fuzz("/de/p/eccipa/territories/cartagena/edit", base, () => admin)).toEqual([]);
  });

  it("organisations", async () => {
    const base = { name: "Odd Partner", kind: "ngo", countryCode: "IT", territoryId: "", website: "https://odd.example" };
    expect(await fuzz("/it/p/eccipa/organisations", base, () => admin)).toEqual([]);
  });

  it("programme members: invite and revoke", async () => {
    const failures = [
      ...(await fuzz("/en/p/eccipa/members", { intent: "invite", name: "Odd Expert", email: "odd.expert@example.org", role: "expert", language: "en" }, () => admin)),
      ...(await fuzz("/en/p/eccipa/members", { intent: "revoke", invitationId: "00000000-0000-4000-8000-000000000000" }, () => admin)),
    ];
    expect(failures).toEqual([]);
  });

  it("territory members: invite and revoke", async () => {
    const failures = [
      ...(await fuzz("/es/t/offenbach/members", { intent: "invite", name: "Odd Trainer", email: "odd.trainer@example.org", role: "trainer", organisationId: "", language: "de" }, () => coordinator)),
      ...(await fuzz("/es/t/offenbach/members", { intent: "revoke", invitationId: "00000000-0000-4000-8000-000000000000" }, () => coordinator)),
    ];
    expect(failures).toEqual([]);
  });
});

describe("odd requests", () => {
  it("answers POSTs to pages without a form below 500", async () => {
    const paths = ["/", "/en", "/en/start", "/en/p/eccipa", "/en/p/eccipa/audit", "/en/p/eccipa/outbox", "/en/p/eccipa/assessment", "/en/t/offenbach", "/en/t/offenbach/audit", "/en/nowhere", "/fr/sign-in", "/healthz"];
    const failures: string[] = [];
    for (const path of paths) {
      for (const client of [visitor(), admin]) {
        const response = await client.post(path, { anything: "at all" });
        if (response.status >= 500) failures.push(`${path} → ${response.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("refuses a NUL character (which PostgreSQL text cannot hold) and a body that is no form with 400", async () => {
    const nul = await admin.post("/de/p/eccipa/territories/new", { name_de: "Null\u0000Stadt", countryCode: "DE", "languages[]": "de" });
    expect(nul.status).toBe(400);
    expect(decode(await nul.text())).toContain(t("de", "errorPage.kinds.badRequest.title"));
    const signIn = await visitor().post("/en/sign-in", { email: "admin@eccipa.example\u0000", password: "demo-password-2026" });
    expect(signIn.status).toBe(400);
    const json = await admin.request("/en/p/eccipa/organisations", {
      method: "POST",
      body: JSON.stringify({ name: "Json Partner", kind: "ngo", countryCode: "DE" }),
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-csrf-token": decodeURIComponent(admin.cookie("eccipa_csrf") ?? "") },
    });
    expect(json.status).toBe(400);
  });

  it("answers odd CSRF fields with 403", async () => {
    for (const [name, odd] of ODD_VALUES) {
      if (odd === MISSING) continue;
      const client = visitor();
      const response = await client.post("/en/forgot-password", { _csrf: odd, email: "a@example.org" }, { csrf: false });
      expect(response.status, name).toBe(403);
    }
  });

  it("answers bodies that are not a plain form below 500", async () => {
    const client = admin;
    const csrf = decodeURIComponent(client.cookie("eccipa_csrf") ?? "");
    const multipart = new FormData();
    multipart.append("_csrf", csrf);
    multipart.append("name", "Multipart Town");
    multipart.append("countryCode", "DE");
    multipart.append("languages[]", "de");
    multipart.append("population", new Blob(["not a string field"]), "upload.txt");
    const bodies: [string, BodyInit, Record<string, string>][] = [
      ["multipart with a file", multipart, {}],
      ["broken percent-encoding", `_csrf=${encodeURIComponent(csrf)}&name=%E0%A4%A&countryCode=%&languages[]=%ZZ`, { "content-type": "application/x-www-form-urlencoded" }],
      ["invalid UTF-8", Buffer.concat([Buffer.from(`_csrf=${encodeURIComponent(csrf)}&name=`), Buffer.from([0xff, 0xfe, 0xc3])]), { "content-type": "application/x-www-form-urlencoded" }],
      ["JSON with the token header", JSON.stringify({ name: "Json Town" }), { "content-type": "application/json", "x-csrf-token": csrf }],
      ["text/plain", `_csrf=${csrf}\nname=Plain Town`, { "content-type": "text/plain" }],
      ["multipart without boundary", "garbage", { "content-type": "multipart/form-data", "x-csrf-token": csrf }],
      ["2 MB form", `_csrf=${encodeURIComponent(csrf)}&name=${"y".repeat(2_000_000)}`, { "content-type": "application/x-www-form-urlencoded" }],
    ];
    const failures: string[] = [];
    for (const [name, body, headers] of bodies) {
      const response = await client.request("/en/p/eccipa/territories/new", { method: "POST", body, headers: { origin: "http://localhost:3000", ...headers } });
      if (response.status >= 500) failures.push(`${name} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it("answers odd query strings below 500", async () => {
    const queries = ["page=-1", "page=abc", "page=99999999999999999999", "page=1&page=2", "token=%00", "token=" + "t".repeat(5000), "next=%0d%0aSet-Cookie:x=1", "next=//evil.example", "next=/en%00", "created=<script>"];
    const paths = ["/en/sign-in", "/en/reset-password", "/en/invitation", "/en/p/eccipa/audit", "/en/p/eccipa/outbox", "/en/p/eccipa/organisations", "/en/t/offenbach/audit", "/en/t/offenbach/members"];
    const failures: string[] = [];
    for (const path of paths) {
      for (const query of queries) {
        for (const client of [visitor(), admin, coordinator]) {
          const response = await client.get(`${path}?${query}`);
          if (response.status >= 500) failures.push(`${path}?${query.slice(0, 40)} → ${response.status}`);
          else if (response.status >= 300 && response.status < 400) {
            const location = response.headers.get("location") ?? "";
            if (!location.startsWith("/") || location.startsWith("//")) failures.push(`${path}?${query.slice(0, 40)} → redirect off-site to ${location}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

// Cross-site request forgery, response headers and cookie attributes, through the built app.
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "~/db/client.server";
import { account, invitation, organisation, outboxEmail, session, territory, territoryMember, user } from "~/db/schema";
import { ORIGIN, startApp, TestClient } from "../support/app";
import { decode, latestEmailTo, t } from "../support/pages";

type Handler = Awaited<ReturnType<typeof startApp>>;
let app: Handler;

beforeAll(async () => {
  app = await startApp();
});

const VALID_TERRITORY = { name_de: "Stadt Graz", countryCode: "AT", "languages[]": "de", population: "290000" };

async function territoryCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(territory);
  return n;
}

/** Row counts of the tables a form could change. */
async function stateSnapshot() {
  const db = getDb();
  const tables = { territory, organisation, invitation, outboxEmail, session, account, user, territoryMember };
  const result: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [{ n }] = await db.select({ n: count() }).from(table);
    result[name] = n;
  }
  return result;
}

describe("CSRF protection", () => {
  it("refuses a POST without the token with 403 and a translated 'form has expired' page (German on /de)", async () => {
    const client = new TestClient(app);
    const response = await client.post("/de/forgot-password", { email: "coordinator.offenbach@eccipa.example" }, { csrf: false });
    expect(response.status).toBe(403);
    const html = decode(await response.text());
    expect(html).toContain('<html lang="de"');
    expect(html).toContain("Ihr Formular ist abgelaufen");
    expect(html).toContain(t("de", "errorPage.kinds.csrf.body"));
    // Nothing happened: no reset email went out.
    expect(await latestEmailTo("coordinator.offenbach@eccipa.example")).toBeUndefined();
  });

  it("shows the expired-form page in each language", async () => {
    for (const lang of ["en", "it", "es"] as const) {
      const response = await new TestClient(app).post(`/${lang}/sign-in`, { email: "admin@eccipa.example", password: "demo-password-2026" }, { csrf: false });
      expect(response.status).toBe(403);
      expect(decode(await response.text())).toContain(t(lang, "errorPage.kinds.csrf.title"));
      expect(response.headers.getSetCookie().some((c) => c.startsWith("eccipa.session_token="))).toBe(false);
    }
  });

  it("refuses a POST whose token does not match the cookie with 403", async () => {
    const client = new TestClient(app);
    await client.signIn("admin@eccipa.example");
    const before = await territoryCount();
    const response = await client.post(
      "/en/p/eccipa/territories/new",
      { ...VALID_TERRITORY, _csrf: "x".repeat(32) },
      { csrf: false },
    );
    expect(response.status).toBe(403);
    expect(await territoryCount()).toBe(before);
  });

  it("refuses a POST with the right token but a foreign Origin with the translated 403 page and one log line", async () => {
    // React Router's own check would answer first with a bare 400 and a stack trace; it lets
    // every origin through (react-router.config.ts) to the root middleware, which answers.
    const client = new TestClient(app);
    await client.signIn("admin@eccipa.example");
    const before = await territoryCount();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const origins = ["https://evil.example", "http://localhost.evil.example:3000", "http://localhost:3001", "null"];
      for (const origin of origins) {
        const response = await client.post("/de/p/eccipa/territories/new", VALID_TERRITORY, { origin });
        expect(response.status, origin).toBe(403);
        expect(decode(await response.text()), origin).toContain(t("de", "errorPage.kinds.csrf.title"));
      }
      expect(warn).toHaveBeenCalledTimes(origins.length);
      expect(String(warn.mock.calls[0][0])).toMatch(/^Refused a cross-site POST to \/de\/p\/eccipa\/territories\/new from Origin "https:\/\/evil.example"$/);
      expect(error).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
    expect(await territoryCount()).toBe(before);
  });

  it("refuses a POST whose Origin does not match the forwarded host with 403 and the expired-form page", async () => {
    const client = new TestClient(app);
    await client.signIn("admin@eccipa.example");
    const before = await territoryCount();
    const body = new URLSearchParams({ ...VALID_TERRITORY, _csrf: decodeURIComponent(client.cookie("eccipa_csrf") ?? "") });
    const response = await client.request("/en/p/eccipa/territories/new", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, "x-forwarded-host": "eccipa.example" },
    });
    expect(response.status).toBe(403);
    expect(decode(await response.text())).toContain(t("en", "errorPage.kinds.csrf.title"));
    expect(await territoryCount()).toBe(before);
  });

  it("accepts the same POST from our own origin (302 to the new territory)", async () => {
    const client = new TestClient(app);
    await client.signIn("admin@eccipa.example");
    const before = await territoryCount();
    const response = await client.post("/en/p/eccipa/territories/new", VALID_TERRITORY, { origin: ORIGIN });
    expect(response.status).toBe(302);
    expect(await territoryCount()).toBe(before + 1);
  });

  it("never changes state on GET, whatever the query string says", async () => {
    const admin = new TestClient(app);
    await admin.signIn("admin@eccipa.example");
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    const before = await stateSnapshot();
    const asForm = new URLSearchParams({ ...VALID_TERRITORY, _csrf: admin.cookie("eccipa_csrf") ?? "" }).toString();
    const gets: [TestClient, string][] = [
      [admin, `/en/p/eccipa/territories/new?${asForm}`],
      [admin, `/en/p/eccipa/territories/offenbach/edit?${asForm}`],
      [admin, "/en/p/eccipa/organisations?name=GET%20Org&kind=ngo&countryCode=DE"],
      [admin, "/en/p/eccipa/members?intent=invite&name=Get%20Person&email=get@example.org&role=expert&language=en"],
      [coordinator, "/en/t/offenbach/members?intent=invite&name=Get%20Person&email=get2@example.org&role=trainer&language=de"],
      [coordinator, "/en/account?intent=password&currentPassword=demo-password-2026&password=another-password-1&confirmPassword=another-password-1"],
      [coordinator, "/en/forgot-password?email=admin@eccipa.example"],
      [coordinator, "/en/sign-out"],
      [new TestClient(app), "/en/sign-in?email=admin@eccipa.example&password=demo-password-2026"],
    ];
    for (const [client, path] of gets) {
      const response = await client.get(path);
      expect(response.status, path).toBeLessThan(500);
    }
    expect(await stateSnapshot()).toEqual(before);
    // GET /sign-out did not end the session either.
    expect((await coordinator.get("/en/account")).status).toBe(200);
  });
});

describe("security headers on HTML pages", () => {
  async function pages(): Promise<[string, Response][]> {
    const visitor = new TestClient(app);
    const admin = new TestClient(app);
    await admin.signIn("admin@eccipa.example");
    return [
      ["public home", await visitor.get("/en")],
      ["sign-in", await visitor.get("/de/sign-in")],
      ["dashboard", await admin.get("/en/p/eccipa")],
      ["territory form", await admin.get("/it/p/eccipa/territories/new")],
      ["404", await visitor.get("/es/nowhere")],
      ["403 form expired", await visitor.post("/en/sign-in", { email: "a@b.c", password: "x" }, { csrf: false })],
    ];
  }

  it("sends a CSP with a fresh nonce and no 'unsafe-inline', and every script carries that nonce", async () => {
    const nonces = new Set<string>();
    for (const [name, response] of await pages()) {
      const csp = response.headers.get("content-security-policy") ?? "";
      const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
      const scriptSrc = directives.get("script-src") ?? [];
      const nonce = scriptSrc.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, name).toBeTruthy();
      expect(csp, name).not.toContain("unsafe-inline");
      expect(csp, name).not.toContain("unsafe-eval");
      expect(directives.get("object-src"), name).toEqual(["'none'"]);
      expect(directives.get("frame-ancestors"), name).toEqual(["'none'"]);
      nonces.add(nonce!);

      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, name).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, name).toContain(`nonce="${nonce}"`);
      // No inline event handlers or javascript: URLs either: the nonce would not cover them.
      expect(html, name).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(html, name).not.toMatch(/(href|src|action)="\s*javascript:/i);
    }
    expect(nonces.size).toBe(6);
  });

  it("sends nosniff, a referrer policy and a frame ban", async () => {
    for (const [name, response] of await pages()) {
      expect(response.headers.get("x-content-type-options"), name).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), name).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options"), name).toBe("DENY");
      expect(response.headers.get("content-type"), name).toBe("text/html; charset=utf-8");
      // HSTS only where the public address is https (https-cookies.test.ts): never on plain http.
      expect(response.headers.get("strict-transport-security"), name).toBeNull();
    }
  });

  it("sends the same headers on client-side data requests", async () => {
    const response = await new TestClient(app).get("/en/sign-in.data");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("cookies", () => {
  function attributes(setCookie: string[], name: string): string[] {
    const line = setCookie.find((c) => c.startsWith(`${name}=`));
    expect(line, `Set-Cookie ${name}`).toBeDefined();
    return line!.split(";").slice(1).map((a) => a.trim().toLowerCase());
  }

  it("marks the session cookie HttpOnly and SameSite, without Secure on plain http", async () => {
    const client = new TestClient(app);
    const response = await client.signIn("expert@eccipa.example");
    const attrs = attributes(response.headers.getSetCookie(), "eccipa.session_token");
    expect(attrs).toContain("httponly");
    expect(attrs).toContain("samesite=lax");
    expect(attrs).toContain("path=/");
    expect(attrs).not.toContain("secure");
  });

  it("marks the CSRF and language cookies HttpOnly and SameSite", async () => {
    const response = await new TestClient(app).get("/it");
    for (const name of ["eccipa_csrf", "eccipa_lang"]) {
      const attrs = attributes(response.headers.getSetCookie(), name);
      expect(attrs, name).toContain("httponly");
      expect(attrs, name).toContain("samesite=lax");
    }
  });

  it("keeps the session token out of the page", async () => {
    const client = new TestClient(app);
    await client.signIn("admin@eccipa.example");
    const token = decodeURIComponent(client.cookie("eccipa.session_token") ?? "").split(".")[0];
    expect(token.length).toBeGreaterThan(10);
    const html = await (await client.get("/en/p/eccipa")).text();
    expect(html).not.toContain(token);
  });
});

describe("an oversized form body", () => {
  it("is refused with 413 (translated) before it is read", async () => {
    const client = new TestClient(await startApp());
    await client.get("/de/sign-in");
    const body = new URLSearchParams({ _csrf: decodeURIComponent(client.cookie("eccipa_csrf") ?? ""), email: "x@example.org", password: "y".repeat(6 * 1024 * 1024) });
    const response = await client.request("/de/sign-in", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(body.toString().length), origin: ORIGIN },
    });
    expect(response.status).toBe(413);
    expect(decode(await response.text())).toContain(t("de", "errorPage.kinds.tooLarge.title"));
  });

  it("is refused with 413 on the bytes read when it declares no length (chunked), before Origin and token", async () => {
    const client = new TestClient(await startApp());
    await client.get("/it/sign-in");
    let offered = 0;
    const chunk = new Uint8Array(256 * 1024).fill(97);
    // 100 MB offered, generated as it is pulled: the app stops pulling soon after 5 MB.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offered >= 100 * 1024 * 1024) return controller.close();
        offered += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await client.request("/it/sign-in", {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(decode(await response.text())).toContain(t("it", "errorPage.kinds.tooLarge.title"));
    expect(offered).toBeLessThan(20 * 1024 * 1024);
  });
});

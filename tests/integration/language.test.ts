// Language negotiation: "/" picks the visitor's language; every page declares the language of
// its URL, error pages included; only the four platform languages exist as URL segments.
import { beforeAll, describe, expect, it } from "vitest";
import { startApp, TestClient } from "../support/app";
import { decode, htmlLang, LANGS, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  app = await startApp();
});

describe("the root address", () => {
  it("redirects (302) to the best Accept-Language match", async () => {
    const cases: [string | undefined, string][] = [
      ["es-ES,es;q=0.9", "/es"],
      ["fr-FR,fr;q=0.9,de;q=0.5", "/de"],
      ["it;q=0.2,en-GB;q=0.8", "/en"],
      ["pt-BR", "/en"],
      [undefined, "/en"],
    ];
    for (const [header, location] of cases) {
      const response = await new TestClient(app).get("/", header ? { "accept-language": header } : {});
      expect(response.status, header).toBe(302);
      expect(response.headers.get("location"), header).toBe(location);
    }
  });

  it("prefers the remembered language cookie over the browser's (302 to /it)", async () => {
    const response = await new TestClient(app).request("/", { headers: { cookie: "eccipa_lang=it", "accept-language": "es-ES,es;q=0.9" } });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/it");
    const unknown = await new TestClient(app).request("/", { headers: { cookie: "eccipa_lang=xx", "accept-language": "es" } });
    expect(unknown.headers.get("location")).toBe("/es");
  });

  it("remembers the language of the last page visited", async () => {
    const client = new TestClient(app);
    expect((await client.get("/de/sign-in")).status).toBe(200);
    expect(client.cookie("eccipa_lang")).toBe("de");
    const response = await client.get("/", { "accept-language": "es" });
    expect(response.headers.get("location")).toBe("/de");
  });
});

describe("<html lang>", () => {
  it("matches the URL language on pages, signed in or not", async () => {
    const admin = new TestClient(app);
    await admin.signIn("admin@eccipa.example");
    for (const lang of LANGS) {
      for (const [client, path] of [
        [new TestClient(app), `/${lang}`],
        [new TestClient(app), `/${lang}/sign-in`],
        [admin, `/${lang}/p/eccipa`],
        [admin, `/${lang}/t/offenbach`],
      ] as const) {
        const response = await client.get(path, { "accept-language": "de" });
        expect(response.status, path).toBe(200);
        expect(htmlLang(await response.text()), path).toBe(lang);
      }
    }
  });

  it("matches the URL language on 404 pages, with the message in that language", async () => {
    const coordinator = new TestClient(app);
    await coordinator.signIn("coordinator.offenbach@eccipa.example");
    for (const lang of LANGS) {
      for (const [client, path] of [
        [new TestClient(app), `/${lang}/no-such-page`],
        [coordinator, `/${lang}/t/no-such-territory`],
        [coordinator, `/${lang}/t/ravenna`],
      ] as const) {
        const response = await client.get(path);
        expect(response.status, path).toBe(404);
        const html = await response.text();
        expect(htmlLang(html), path).toBe(lang);
        expect(decode(html), path).toContain(t(lang, "errorPage.kinds.notFound.title"));
      }
    }
  });

  it("answers an unknown language segment with 404", async () => {
    const admin = new TestClient(app);
    await admin.signIn("admin@eccipa.example");
    for (const [client, path] of [
      [new TestClient(app), "/fr"],
      [new TestClient(app), "/fr/sign-in"],
      [new TestClient(app), "/EN"],
      [new TestClient(app), "/de-AT/whatever"],
      [admin, "/fr/p/eccipa"],
      [admin, "/english/t/offenbach"],
    ] as const) {
      const response = await client.get(path, { "accept-language": "it" });
      expect(response.status, path).toBe(404);
      const html = await response.text();
      // No language in the URL: the page speaks the visitor's (cookie, then Accept-Language).
      expect(htmlLang(html), path).toBe(client === admin ? "en" : "it");
      expect(decode(html), path).toContain(t(client === admin ? "en" : "it", "errorPage.kinds.notFound.title"));
    }
  });
});

describe("client-side navigations (the .data requests)", () => {
  it("answer in the language of the page's URL, not the remembered one", async () => {
    const client = new TestClient(app);
    const response = await client.request("/en.data", { headers: { cookie: "eccipa_lang=de" } });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain("Skip to main content");
    expect(body).not.toContain("Zum Hauptinhalt springen");
  });
});

describe("a path outside the four languages", () => {
  it("is a 404 before any page loader reads data (no audit entry for a member list)", async () => {
    const { getDb } = await import("~/db/client.server");
    const { auditLog } = await import("~/db/schema");
    const { count, eq } = await import("drizzle-orm");
    const reads = async () => (await getDb().select({ n: count() }).from(auditLog).where(eq(auditLog.action, "members.read")))[0].n;
    const client = new TestClient(app);
    await client.signIn("coordinator.offenbach@eccipa.example");
    const before = await reads();
    const response = await client.get("/fr/t/offenbach/members");
    expect(response.status).toBe(404);
    expect(await reads()).toBe(before);
  });
});

// Request bodies and cross-site forms against the real server process (node server.js): a
// chunked body declares no length, so the limit must hold on the bytes read. A body past it is
// answered 413 in the page's language, the connection is closed, and the server's memory does
// not grow by anything like the body's size; signed out and signed in alike. A cross-site POST
// gets the translated 403 page and one log line, even with an Origin that is no URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decode, t } from "../support/pages";
import { httpClient, postChunked, resetPeakMemory, residentMemory, type ServerProcess, startServerProcess, waitUntilHealthy } from "../support/server-process";

const MB = 1024 * 1024;
let server: ServerProcess;

beforeAll(async () => {
  server = await startServerProcess();
  await waitUntilHealthy(server);
});

afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
});

/** Sends one chunked body and returns the answer with how much the server's peak memory grew. */
async function sendMeasured(pathname: string, bytes: number, options: Parameters<typeof postChunked>[3]) {
  const pid = server.child.pid!;
  await resetPeakMemory(pid);
  const before = residentMemory(pid).rss;
  const answer = await postChunked(server.base, pathname, bytes, options);
  return { ...answer, growth: residentMemory(pid).peak - before };
}

describe("a chunked body past the limit, on the server process", () => {
  it("is refused signed out: 413 in the page's language, connection closed, memory flat", async () => {
    const visitor = httpClient(server.base);
    await visitor.get("/de/sign-in");
    const prefix = `_csrf=${encodeURIComponent(decodeURIComponent(visitor.cookie("eccipa_csrf") ?? ""))}&email=x%40example.org&password=`;
    const answer = await sendMeasured("/de/sign-in", 100 * MB, { prefix, headers: { cookie: `eccipa_csrf=${visitor.cookie("eccipa_csrf")}` } });
    expect(answer.status).toBe(413);
    expect(decode(answer.body)).toContain(t("de", "errorPage.kinds.tooLarge.title"));
    expect(answer.connection).toBe("close");
    // Reading stopped soon after the limit: far less than the 100 MB offered was ever sent.
    expect(answer.sentBytes).toBeLessThan(50 * MB);
    // The old server kept the whole body (and copies): 340 MB for this one.
    expect(answer.growth, `peak grew by ${(answer.growth / MB).toFixed(1)} MB`).toBeLessThan(40 * MB);
  });

  it("is refused signed in on every kind of route, and the limit of materials is larger, not absent", async () => {
    const admin = httpClient(server.base);
    await admin.signIn("admin@eccipa.example");
    const cookie = ["eccipa_csrf", "eccipa.session_token"].map((name) => `${name}=${admin.cookie(name)}`).join("; ");
    const prefix = `_csrf=${encodeURIComponent(decodeURIComponent(admin.cookie("eccipa_csrf") ?? ""))}&name=`;
    for (const [pathname, lang] of [
      ["/it/p/eccipa/territories/new", "it"],
      ["/es/t/cartagena/toolkit/modules/x/materials", "es"],
      ["/en/t/offenbach/needs-review/search.data", "en"],
    ] as const) {
      const answer = await sendMeasured(pathname, 200 * MB, { prefix, headers: { cookie } });
      expect(answer.status, pathname).toBe(413);
      if (!pathname.endsWith(".data")) expect(decode(answer.body), pathname).toContain(t(lang, "errorPage.kinds.tooLarge.title"));
      expect(answer.growth, `${pathname}: peak grew by ${(answer.growth / MB).toFixed(1)} MB`).toBeLessThan(40 * MB);
    }
    // Under the limit the same kind of body reaches the action (here: a territory without country, 400).
    const small = await postChunked(server.base, "/en/p/eccipa/territories/new", 64 * 1024, { prefix, headers: { cookie } });
    expect(small.status).toBe(400);
    expect((await admin.get("/en/p/eccipa")).status).toBe(200); // the session still works
  });
});

describe("a cross-site POST, on the server process", () => {
  it("gets the translated 403 page and one log line per request, without a stack trace", async () => {
    const client = httpClient(server.base);
    await client.get("/it/sign-in");
    const logged = server.output().length;
    const origins = ["https://evil.example", "null", "not a url", `${server.base}.evil.example`];
    for (const origin of origins) {
      const response = await fetch(`${server.base}/it/sign-in`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", origin, cookie: `eccipa_csrf=${client.cookie("eccipa_csrf")}` },
        body: new URLSearchParams({ _csrf: decodeURIComponent(client.cookie("eccipa_csrf") ?? ""), email: "admin@eccipa.example", password: "demo-password-2026" }),
        redirect: "manual",
      });
      expect(response.status, origin).toBe(403);
      expect(decode(await response.text()), origin).toContain(t("it", "errorPage.kinds.csrf.title"));
    }
    await new Promise((resolve) => setImmediate(resolve));
    const lines = server.output().slice(logged).split("\n").filter(Boolean);
    expect(lines).toHaveLength(origins.length);
    for (const line of lines) expect(line).toMatch(/^Refused a cross-site POST to \/it\/sign-in from Origin /);
  });
});

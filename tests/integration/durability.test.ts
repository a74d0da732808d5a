// The production server as a child process (node server.js --demo): /healthz says 503 until the
// platform is ready, and data written through HTTP survives `kill -9`. On the PGlite leg the
// child uses a PGlite data directory; on the PostgreSQL leg, this file's own database.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ORIGIN, TestClient } from "../support/app";
import { decode } from "../support/pages";
import { freePort } from "../../scripts/free-port";

const onPostgres = Boolean(process.env.DATABASE_URL);
const children = new Set<ChildProcess>();
const dirs: string[] = [];

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});


type Server = { base: string; child: ChildProcess; output: () => string; exited: Promise<number | null> };

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", APP_URL: base, PGLITE_DATA_DIR: dataDir };
  if (!onPostgres) delete env.DATABASE_URL;
  delete env.SMTP_URL;
  const child = spawn(process.execPath, ["server.js", "--demo"], { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => (children.delete(child), resolve(code))));
  return { base, child, output: () => output, exited };
}

/** Polls /healthz from the moment the process starts; returns every status seen until 200. */
async function waitUntilHealthy(server: Server, timeoutMs = 90_000): Promise<number[]> {
  const seen: number[] = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited (${server.child.exitCode}):\n${server.output()}`);
    try {
      const response = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      const body = (await response.json()) as { status: string };
      seen.push(response.status);
      if (response.status === 503) expect(body.status).toBe("starting");
      if (response.status === 200) {
        expect(body.status).toBe("ok");
        return seen;
      }
    } catch (error) {
      if ((error as Error).name === "AssertionError") throw error;
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no healthy answer within ${timeoutMs} ms; saw ${seen.join(",")}\n${server.output()}`);
}

/** A TestClient that talks to the child over real HTTP. */
function httpClient(base: string): TestClient {
  return new TestClient(async (request) => {
    const url = new URL(request.url);
    const headers = new Headers(request.headers);
    if (headers.get("origin") === ORIGIN) headers.set("origin", base);
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    return fetch(new URL(url.pathname + url.search, base), { method: request.method, headers, body, redirect: "manual" });
  });
}

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "eccipa-durability-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}

describe(`the server process (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("answers /healthz 503 while starting, then 200", { timeout: 120_000 }, async () => {
    const server = await startServer(dataDir());
    const seen = await waitUntilHealthy(server);
    expect(seen.at(-1)).toBe(200);
    // A fresh data directory takes seconds to migrate and seed: the first answers say 503.
    expect(seen[0], `statuses seen: ${seen.join(",")}`).toBe(503);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("keeps a territory created over HTTP after kill -9", { timeout: 240_000 }, async () => {
    const dir = dataDir();
    const first = await startServer(dir);
    await waitUntilHealthy(first);

    const admin = httpClient(first.base);
    await admin.signIn("admin@eccipa.example");
    const form = await admin.get("/en/p/eccipa/territories/new");
    expect(form.status).toBe(200);
    expect(admin.cookie("eccipa_csrf")).toBeTruthy();
    const created = await admin.post("/en/p/eccipa/territories/new", { name_it: "Città di Durabilità", countryCode: "IT", "languages[]": "it" });
    expect(created.status).toBe(302);
    expect(created.headers.get("location")).toBe("/en/t/citta-di-durabilita/members?created=1");

    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull(); // killed by the signal, no clean shutdown

    const second = await startServer(dir);
    const seen = await waitUntilHealthy(second);
    expect(seen.at(-1)).toBe(200);
    const home = await httpClient(second.base).get("/it");
    expect(home.status).toBe(200);
    expect(decode(await home.text())).toContain("Città di Durabilità");
    const again = httpClient(second.base);
    await again.signIn("admin@eccipa.example");
    expect((await again.get("/en/t/citta-di-durabilita")).status).toBe(200);

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  });
});

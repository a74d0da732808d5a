// @heavy: starts the production server three times, loading the demo into a fresh directory.
// The production server as a child process (node server.js --demo): /healthz says 503 until the
// platform is ready, and data written through HTTP survives `kill -9`. On the PGlite leg the
// child uses a PGlite data directory; on the PostgreSQL leg, this file's own database.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decode } from "../support/pages";
import { httpClient, type ServerProcess, startServerProcess, waitUntilHealthy } from "../support/server-process";

const onPostgres = Boolean(process.env.DATABASE_URL);
const children = new Set<ServerProcess>();
const dirs: string[] = [];

afterAll(() => {
  for (const server of children) server.child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** On the PGlite leg the child gets a data directory of its own; on PostgreSQL, this file's database. */
async function startServer(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ PGLITE_DATA_DIR: dataDir, ...(onPostgres ? {} : { DATABASE_URL: undefined }) });
  children.add(server);
  void server.exited.then(() => children.delete(server));
  return server;
}

function dataDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "eccipa-durability-"));
  dirs.push(dir);
  return path.join(dir, "pglite");
}

describe(`the server process (${onPostgres ? "PostgreSQL" : "PGlite"})`, () => {
  it("answers /healthz 503 while starting, then 200", async () => {
    const server = await startServer(dataDir());
    const seen = await waitUntilHealthy(server);
    expect(seen.at(-1)).toBe(200);
    // A fresh data directory takes seconds to migrate and seed: the first answers say 503.
    expect(seen[0], `statuses seen: ${seen.join(",")}`).toBe(503);
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("keeps a territory created over HTTP after kill -9", async () => {
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

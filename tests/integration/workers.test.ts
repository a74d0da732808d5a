// ECCIPA_WORKERS (decision 032): on PostgreSQL, server.js runs several worker processes on one port
// and one database; the primary migrates and seeds once, and a session made through one worker works
// on any other (nothing lives in a worker's memory). On PGlite, workers are refused with a clear message.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
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

function start(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  return startServerProcess(env).then((server) => {
    children.add(server);
    void server.exited.then(() => children.delete(server));
    return server;
  });
}

/** The worker processes of a primary, from /proc. */
function workerPids(primary: number): number[] {
  return readFileSync(`/proc/${primary}/task/${primary}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
}

/** Waits until `count` workers have said they are ready (each prints it once), however long that takes. */
async function readyWorkers(server: ServerProcess, count: number): Promise<void> {
  while ((server.output().match(/^Eccipa is ready\.$/gm) ?? []).length < count) {
    if (server.child.exitCode !== null) throw new Error(server.output());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.runIf(onPostgres)("two workers on one PostgreSQL database", () => {
  it("seeds once, and a session made through one worker works on every other", { timeout: 600_000 }, async () => {
    const server = await start({ ECCIPA_WORKERS: "2" });
    await waitUntilHealthy(server, 600_000);
    await readyWorkers(server, 2);
    const primary = server.child.pid!;
    const first = workerPids(primary);
    expect(first).toHaveLength(2);

    const admin = httpClient(server.base);
    await admin.signIn("admin@eccipa.example");
    // Every connection a new one (Connection: close): the cluster hands them to the workers in turn.
    for (let i = 0; i < 6; i++) {
      const page = await admin.get("/en/p/eccipa", { connection: "close" });
      expect(page.status).toBe(200);
      expect(decode(await page.text())).toContain("Lena Hartmann");
    }

    // Both workers die; the primary starts two new processes, which know nothing of the sign-in.
    for (const pid of first) process.kill(pid, "SIGKILL");
    await readyWorkers(server, 4);
    const second = workerPids(primary);
    expect(second).toHaveLength(2);
    expect(second.some((pid) => first.includes(pid))).toBe(false);
    const page = await admin.get("/en/p/eccipa", { connection: "close" });
    expect(page.status).toBe(200);
    expect(decode(await page.text())).toContain("Lena Hartmann");
    // A form (CSRF cookie and session) made before is accepted by the new workers too.
    const created = await admin.post("/en/p/eccipa/territories/new", { name_it: "Città dei Processi", countryCode: "IT", "languages[]": "it" });
    expect(created.status).toBe(302);

    // The demo went in once: one programme, one account per demo address.
    const db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      const programmes = await db.query("SELECT count(*)::int AS n FROM programme WHERE slug = 'eccipa'");
      expect(programmes.rows[0].n).toBe(1);
      const admins = await db.query(`SELECT count(*)::int AS n FROM "user" WHERE email = 'admin@eccipa.example'`);
      expect(admins.rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });
});

describe.runIf(!onPostgres)("workers on PGlite", () => {
  it("are refused with a message that says why, before anything opens the data directory", { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "eccipa-workers-"));
    dirs.push(dir);
    const server = await start({ ECCIPA_WORKERS: "2", DATABASE_URL: undefined, PGLITE_DATA_DIR: path.join(dir, "pglite") });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/ECCIPA_WORKERS needs DATABASE_URL: PGlite is a database inside one process/);
  });
});

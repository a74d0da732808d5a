// @database empty
// @heavy: runs the create-admin script and the production server as child processes.
// The first-admin script on an empty installation: programme created once, invitation link that
// the new admin opens to choose her password and land on her dashboard. The script itself, run as
// the README says, writes into the server's PGLITE_DATA_DIR, prints the link at APP_URL, and
// refuses while a server holds the data directory.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, isPgliteDataDirInUse, prepareDatabase } from "~/db/client.server";
import { auditLog, programme } from "~/db/schema";
import { createFirstAdmin, describeTarget, parseCreateAdminArgs } from "../../scripts/create-admin";
import { startApp, TestClient } from "../support/app";

type Handler = Awaited<ReturnType<typeof startApp>>;
let app: Handler;

beforeAll(async () => {
  app = await startApp({ demo: false });
  await prepareDatabase();
});

describe("parseCreateAdminArgs", () => {
  it("derives the slug from the programme name and normalises the email", () => {
    const parsed = parseCreateAdminArgs(["--email", "Ana.Ruiz@City.example", "--name", "Ana Ruiz", "--programme", "Cartagena Acoge 2026", "--language", "es"]);
    expect(parsed).toEqual({
      options: { email: "ana.ruiz@city.example", name: "Ana Ruiz", programme: "Cartagena Acoge 2026", slug: "cartagena-acoge-2026", language: "es" },
    });
  });

  it("refuses missing options, a bad email, an unknown language and an unusable slug", () => {
    expect(parseCreateAdminArgs(["--email", "a@b.example"])).toEqual({ error: "Missing --name, --programme." });
    const bad = parseCreateAdminArgs(["--email", "nope", "--name", "Ana", "--programme", "P", "--language", "fr"]);
    expect("error" in bad && bad.error).toMatch(/--email.*\n--language/);
    expect(parseCreateAdminArgs(["--email", "a@b.example", "--name", "Ana", "--programme", "P", "--slug", "Not A Slug"])).toHaveProperty("error");
    expect(parseCreateAdminArgs(["--bogus"])).toHaveProperty("error");
  });
});

describe("createFirstAdmin", () => {
  const options = { email: "ana.ruiz@city.example", name: "Ana Ruiz", programme: "Cartagena Acoge", slug: "cartagena-acoge", language: "es" as const };

  it("creates the programme once, with its audit entry, and invites the admin", async () => {
    const first = await createFirstAdmin(getDb(), options);
    expect(first.createdProgramme).toBe(true);
    expect(first.alreadyAdmin).toBe(false);
    const again = await createFirstAdmin(getDb(), { ...options, programme: "Another name" });
    expect(again.createdProgramme).toBe(false);
    expect(again.programme.name).toBe("Cartagena Acoge");

    const rows = await getDb().select().from(programme).where(eq(programme.slug, "cartagena-acoge"));
    expect(rows).toHaveLength(1);
    const audit = await getDb()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.programmeId, rows[0].id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["competence_framework.install_default", "invitation.create", "invitation.create", "programme.create"]);
  });

  it("gives a link with which the admin sets her password and reaches her dashboard", async () => {
    const result = await createFirstAdmin(getDb(), { ...options, email: "lead@city.example", slug: "pacto-cartagena", programme: "Pacto Cartagena" });
    if (result.alreadyAdmin) throw new Error("unexpected");
    const link = new URL(result.link);
    expect(link.pathname).toBe("/es/invitation");

    const client = new TestClient(app);
    expect((await client.get(link.pathname + link.search)).status).toBe(200);
    const accepted = await client.post("/es/invitation", {
      token: link.searchParams.get("token")!,
      name: "Ana Ruiz",
      password: "una frase larga de prueba",
      confirmPassword: "una frase larga de prueba",
    });
    expect(accepted.status).toBe(302);
    expect(accepted.headers.get("location")).toBe("/es/start");
    const start = await client.get("/es/start");
    expect(start.headers.get("location")).toBe("/es/p/pacto-cartagena");
    expect((await client.get("/es/p/pacto-cartagena")).status).toBe(200);

    const repeat = await createFirstAdmin(getDb(), { ...options, email: "lead@city.example", slug: "pacto-cartagena" });
    expect(repeat.alreadyAdmin).toBe(true);
  });
});

describe("the server's settings (PGLITE_DATA_DIR, APP_URL)", () => {
  const ARGS = ["--email", "ana@city.example", "--name", "Ana Ruiz", "--programme", "Ciudad Nueva", "--language", "es"];
  /** The script as the README runs it, with only the given settings (no DATABASE_URL of the test run). */
  function runScript(env: Record<string, string>) {
    const { DATABASE_URL: _url, PGLITE_DATA_DIR: _dir, APP_URL: _app, PGLITE_TEMPLATE_FILE: _template, ...rest } = process.env;
    return spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/create-admin.ts", ...ARGS], { env: { ...rest, ...env }, encoding: "utf8" });
  }

  it("says which database and which address it uses, and warns when APP_URL is the localhost default", () => {
    const unset = describeTarget({});
    expect(unset.lines).toEqual([`Database: PGlite in ${path.resolve("data/pglite")} (the default; set PGLITE_DATA_DIR as the server has it).`, "Links: http://localhost:3000."]);
    expect(unset.warnings.join("\n")).toMatch(/APP_URL is not set/);
    const set = describeTarget({ PGLITE_DATA_DIR: "/srv/eccipa/pglite", APP_URL: "https://eccipa.example.org/" });
    expect(set.lines).toEqual(["Database: PGlite in /srv/eccipa/pglite (PGLITE_DATA_DIR).", "Links: https://eccipa.example.org (APP_URL)."]);
    expect(set.warnings).toEqual([]);
    expect(describeTarget({ DATABASE_URL: "postgres://x@db/eccipa", APP_URL: "https://e.example" }).lines[0]).toBe("Database: PostgreSQL (DATABASE_URL).");
  });

  // Two runs of the script, each migrating a PGlite on disk: a wide limit like the durability test's, for a busy machine.
  it("writes into the server's PGLITE_DATA_DIR and prints a link at APP_URL; refuses while a server holds the directory", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "eccipa-create-admin-"));
    const dataDir = path.join(dir, "pglite");
    try {
      const env = { PGLITE_DATA_DIR: dataDir, APP_URL: "https://eccipa.example.org" };
      const done = runScript(env);
      expect(done.status, done.stderr).toBe(0);
      expect(done.stdout).toContain(`Database: PGlite in ${dataDir} (PGLITE_DATA_DIR).`);
      expect(done.stdout).toMatch(/^https:\/\/eccipa\.example\.org\/es\/invitation\?token=\S+$/m);
      expect(done.stderr).not.toMatch(/APP_URL is not set/);

      // The server's directory now holds the programme: open it as the server would.
      const server = new PGlite(dataDir);
      try {
        const rows = await server.query<{ slug: string }>("select slug from programme");
        expect(rows.rows.map((r) => r.slug)).toEqual(["ciudad-nueva"]);
        // While it is open (the server runs), the script refuses and writes nothing.
        const refused = runScript(env);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toContain(`The PGlite data directory ${dataDir} is in use by a running server`);
        expect((await server.query("select count(*)::int as n from invitation")).rows).toEqual([{ n: 1 }]);
      } finally {
        await server.close();
      }
      expect(isPgliteDataDirInUse(dataDir)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

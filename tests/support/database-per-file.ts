// Gives each integration test file a database of its own, before any app module opens one:
// PGlite in memory by default, or a fresh clone of a template on PostgreSQL. The template has the
// demo programme loaded (global-setup.ts), unless the file's first lines say
// `// @database empty` (for the few that test a bare installation).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, expect, inject } from "vitest";

const testFile = expect.getState().testPath;
const wantsEmpty = testFile ? /^\/\/ @database empty\b/m.test(readFileSync(testFile, "utf8").slice(0, 2_000)) : false;
// Read by tests/support/app.ts: startApp() does not load the demo a second time.
if (!wantsEmpty) process.env.ECCIPA_TEST_DEMO_LOADED = "1";

const url = inject("postgresUrl");
const template = inject(wantsEmpty ? "templateDatabase" : "demoTemplateDatabase");

if (url && template) {
  const name = `eccipa_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  process.env.DATABASE_URL = own.toString();
  process.env.DATABASE_POOL_SIZE = "4";
  afterAll(async () => {
    const { closeDatabase } = await import("~/db/client.server");
    await closeDatabase();
    // pg's pool.end() resolves before its clients' connections have closed: wait for them, or
    // DROP … WITH (FORCE) kills them mid-goodbye and their "terminating connection" error
    // surfaces as an unhandled error of the test file.
    for (let i = 0; i < 100; i++) {
      const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
  // Starts from a template dump (global-setup.ts) rather than migrating and seeding again.
  process.env.PGLITE_TEMPLATE_FILE = inject(wantsEmpty ? "pgliteTemplate" : "pgliteDemoTemplate");
  afterAll(async () => {
    const { closeDatabase } = await import("~/db/client.server");
    await closeDatabase();
  });
}

// Gives each integration test file a database of its own, before any app module opens one:
// PGlite in memory by default, or a fresh clone of the migrated template on PostgreSQL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const url = process.env.TEST_DATABASE_URL;
const template = inject("templateDatabase");

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
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DATA_DIR = "memory://";
  afterAll(async () => {
    const { closeDatabase } = await import("~/db/client.server");
    await closeDatabase();
  });
}

// Integration tests run once per database kind. A template is migrated once here; each test
// file then starts from a copy of it (see database-per-file.ts), so files never see each other's
// rows and none pays for the migrations again. On PostgreSQL (TEST_DATABASE_URL) the template is
// a database; on PGlite it is a dump of a migrated in-memory database, in a temporary file.
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";

const MIGRATIONS = path.resolve("app/db/migrations");

async function pgliteTemplate(): Promise<string> {
  const db = new PGlite("memory://");
  await migratePglite(drizzlePglite(db), { migrationsFolder: MIGRATIONS });
  const dump = await db.dumpDataDir("none");
  await db.close();
  const file = path.join(tmpdir(), `eccipa-pglite-template-${randomBytes(4).toString("hex")}.tar`);
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  return file;
}

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const file = await pgliteTemplate();
    provide("templateDatabase", "");
    provide("pgliteTemplate", file);
    return () => rmSync(file, { force: true });
  }
  provide("pgliteTemplate", "");
  const template = `eccipa_template_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${template}`;
  const pool = new pg.Pool({ connectionString: templateUrl.toString(), max: 1 });
  await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS });
  await pool.end();
  provide("templateDatabase", template);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    pgliteTemplate: string;
  }
}

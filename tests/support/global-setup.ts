// Integration tests run once per database kind. With TEST_DATABASE_URL set (the PostgreSQL leg),
// a template database is migrated once here; each test file then clones it (see
// database-per-file.ts), so files never see each other's rows.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";

export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    provide("templateDatabase", "");
    return;
  }
  const template = `eccipa_template_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${template}`;
  const pool = new pg.Pool({ connectionString: templateUrl.toString(), max: 1 });
  await migrate(drizzle(pool), { migrationsFolder: path.resolve("app/db/migrations") });
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
  }
}

// Integration tests run once per database kind. Two templates are made once here: one migrated
// and empty, one with the demo programme loaded on top. Each test file then starts from a copy of
// one of them (see database-per-file.ts), so files never see each other's rows and none pays for
// the migrations or the demo again (seeding took 5–9 s a file, twice per run). On PostgreSQL
// (TEST_DATABASE_URL) a template is a database; on PGlite it is a dump in a temporary file.
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
import { loadDemoInto } from "./load-demo";

const MIGRATIONS = path.resolve("app/db/migrations");

function temporaryFile(kind: string): string {
  return path.join(tmpdir(), `eccipa-pglite-${kind}-${randomBytes(4).toString("hex")}.tar`);
}

async function pgliteTemplates(): Promise<{ empty: string; demo: string }> {
  const db = new PGlite("memory://");
  await migratePglite(drizzlePglite(db), { migrationsFolder: MIGRATIONS });
  const dump = await db.dumpDataDir("none");
  await db.close();
  const empty = temporaryFile("empty");
  writeFileSync(empty, new Uint8Array(await dump.arrayBuffer()));
  const demo = temporaryFile("demo");
  await loadDemoInto({ DATABASE_URL: undefined, PGLITE_DATA_DIR: "memory://", PGLITE_TEMPLATE_FILE: empty }, demo);
  return { empty, demo };
}

type Project = { name: string; provide: (key: string, value: string) => void };

/** Project "integration" runs on PGlite, "integration-postgres" on TEST_DATABASE_URL (vitest.config.ts). */
export default async function setup(project: Project) {
  const provide = project.provide.bind(project);
  const url = project.name === "integration-postgres" ? process.env.TEST_DATABASE_URL : undefined;
  provide("postgresUrl", url ?? "");
  if (!url) {
    const files = await pgliteTemplates();
    provide("templateDatabase", "");
    provide("demoTemplateDatabase", "");
    provide("pgliteTemplate", files.empty);
    provide("pgliteDemoTemplate", files.demo);
    return () => {
      rmSync(files.empty, { force: true });
      rmSync(files.demo, { force: true });
    };
  }
  provide("pgliteTemplate", "");
  provide("pgliteDemoTemplate", "");
  const suffix = randomBytes(4).toString("hex");
  const template = `eccipa_template_${suffix}`;
  const demoTemplate = `eccipa_template_demo_${suffix}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${template}`;
  const pool = new pg.Pool({ connectionString: templateUrl.toString(), max: 1 });
  await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS });
  await pool.end();
  await admin.query(`CREATE DATABASE ${demoTemplate} TEMPLATE ${template}`);
  const demoUrl = new URL(url);
  demoUrl.pathname = `/${demoTemplate}`;
  await loadDemoInto({ DATABASE_URL: demoUrl.toString(), DATABASE_POOL_SIZE: "4" });
  // pg's pool.end() resolves before its connections are gone, and a template must have none.
  while ((await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [demoTemplate])).rows[0].n > 0) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  provide("templateDatabase", template);
  provide("demoTemplateDatabase", demoTemplate);
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${demoTemplate} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    templateDatabase: string;
    demoTemplateDatabase: string;
    pgliteTemplate: string;
    pgliteDemoTemplate: string;
  }
}

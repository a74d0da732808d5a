// The one database handle of the process: PGlite (embedded, the default) or the PostgreSQL
// server named by DATABASE_URL. Same schema, same migrations, same queries on both.
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema";

export type Database = ReturnType<typeof drizzlePg<typeof schema>>;
export type DatabaseKind = "pglite" | "postgres";

type Handle = {
  db: Database;
  kind: DatabaseKind;
  close: () => Promise<void>;
  migrate: () => Promise<void>;
  /** PGlite only: the whole database as a tar file (the tests' templates start from one). */
  dump?: () => Promise<Blob>;
};

const MIGRATIONS_FOLDER = path.resolve(process.env.ECCIPA_MIGRATIONS_DIR ?? "app/db/migrations");

/** Where PGlite keeps its files: PGLITE_DATA_DIR, else ./data/pglite (the server and create-admin alike). */
export function pgliteDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PGLITE_DATA_DIR || "./data/pglite";
}

/**
 * Whether a PGlite data directory is open in another process: PGlite writes postmaster.pid while
 * it runs and removes it on a clean close (a kill -9 leaves it: start and stop the server once).
 */
export function isPgliteDataDirInUse(dataDir: string): boolean {
  return !dataDir.startsWith("memory://") && existsSync(path.join(dataDir, "postmaster.pid"));
}

/**
 * For the load bench only (decision 032): with ECCIPA_QUERY_LOG=<file>, every statement Drizzle runs
 * while a request labelled by server.js is in flight (globalThis.__eccipaQueryLabel, set from the
 * x-eccipa-query-label header) is appended to the file as a JSON line {label, sql, params}. The bench
 * replays them on a bare endpoint. Unset (production), no logger is installed at all.
 */
function queryLogger() {
  const file = process.env.ECCIPA_QUERY_LOG;
  if (!file) return undefined;
  return {
    logQuery(query: string, params: unknown[]) {
      const label = (globalThis as { __eccipaQueryLabel?: string }).__eccipaQueryLabel;
      if (label) appendFileSync(file, JSON.stringify({ label, sql: query, params }) + "\n");
    },
  };
}

function openHandle(): Handle {
  const url = process.env.DATABASE_URL;
  const logger = queryLogger();
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    const db = drizzlePg(pool, { schema, logger });
    return {
      db,
      kind: "postgres",
      close: () => pool.end(),
      migrate: () => migratePg(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    };
  }
  const dataDir = pgliteDataDir();
  if (!dataDir.startsWith("memory://")) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  // An in-memory database may start from a dump (PGLITE_TEMPLATE_FILE, from dumpDataDir): the
  // tests load a migrated template instead of migrating each file's database again.
  const template = dataDir.startsWith("memory://") ? process.env.PGLITE_TEMPLATE_FILE : undefined;
  const client = new PGlite(dataDir, template ? { loadDataDir: new Blob([readFileSync(template)]) } : {});
  // The PGlite and node-postgres drizzle instances expose the same query API; one type keeps
  // every domain function independent of the driver.
  const db = drizzlePglite(client, { schema, logger }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    close: () => client.close(),
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    dump: () => client.dumpDataDir("none"),
  };
}

// Kept on globalThis so that every copy of this module in the process (the built server, the
// Vite dev server after a reload, a test importing the sources) shares one handle: PGlite allows
// one open instance per data directory.
type State = { handle?: Handle; ready?: Promise<void> };
const state: State = ((globalThis as { __eccipaDatabase?: State }).__eccipaDatabase ??= {});

function getHandle(): Handle {
  state.handle ??= openHandle();
  return state.handle;
}

/** Applies the migrations once per process. */
export function prepareDatabase(): Promise<void> {
  state.ready ??= getHandle().migrate();
  return state.ready;
}

export function databaseKind(): DatabaseKind {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

export function getDb(): Database {
  return getHandle().db;
}

/** A transaction or the database itself: every domain function accepts either. */
export type Executor = Parameters<Parameters<Database["transaction"]>[0]>[0] | Database;

/** The open PGlite database as a tar file (dumpDataDir); undefined on PostgreSQL. */
export function dumpPgliteDatabase(): Promise<Blob> | undefined {
  return getHandle().dump?.();
}

export async function closeDatabase(): Promise<void> {
  const h = state.handle;
  if (!h) return;
  state.handle = undefined;
  state.ready = undefined;
  await h.close();
}

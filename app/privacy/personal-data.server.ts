// A person's own data (decision 024): every row the registry says how to find, table by table.
// Rows about her are given whole (but for secrets such as password hashes); rows she only wrote
// or recorded are named by id and dates, since their content is also other people's data.
import { eq, inArray, sql } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "~/db/client.server";
import { isAboutHer, type PersonalDataDeclaration, type SubjectLink } from "./registry-check";
import { PERSONAL_DATA } from "./registry";

export type Person = { userId: string; email: string };

export type PersonalDataSection = {
  table: string;
  purpose: string;
  retention: string;
  /** Rows about her: every column but the secret ones. */
  rows: Record<string, unknown>[];
  /** Rows she wrote or recorded: id, the column that names her, and the row's dates. */
  authored: Record<string, unknown>[];
};

export type PersonalDataExport = { exportedAt: string; userId: string; sections: PersonalDataSection[] };

const ROW_LIMIT = 5000;

function columnsOf(table: PgTable): Map<string, PgColumn> {
  return new Map(getTableConfig(table).columns.map((c) => [c.name, c]));
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return `(${value.byteLength} bytes)`;
  return value;
}

/** Finds the rows one link leads to; for a "via" link, from the parent's rows already found. */
async function rowsFor(db: Executor, table: PgTable, link: SubjectLink, person: Person, found: Map<PgTable, unknown[]>) {
  const column = columnsOf(table).get(link.column);
  if (!column) throw new Error(`registry: ${getTableConfig(table).name}.${link.column} does not exist`);
  let where;
  if (link.kind === "via") {
    const parentIds = found.get(link.parent) ?? [];
    if (parentIds.length === 0) return [];
    where = inArray(column, parentIds);
  } else if (link.kind === "email") {
    const key = (link.prefix ?? "") + person.email.toLowerCase();
    where = link.followedBy ? sql`starts_with(lower(${column}), ${key + link.followedBy})` : sql`lower(${column}) = ${key}`;
  } else {
    where = eq(column, person.userId);
  }
  return (await db.select().from(table).where(where).limit(ROW_LIMIT)) as Record<string, unknown>[];
}

/** Orders declarations so that a table found "via" another comes after it. */
function inDependencyOrder(declarations: readonly PersonalDataDeclaration[]) {
  const ordered: PersonalDataDeclaration[] = [];
  const pending = declarations.filter((d) => (d.find ?? []).length > 0);
  while (pending.length) {
    const next = pending.findIndex((d) => (d.find ?? []).every((l) => l.kind !== "via" || ordered.some((o) => o.table === l.parent)));
    if (next < 0) throw new Error("registry: a via link points to a table that is never found");
    ordered.push(...pending.splice(next, 1));
  }
  return ordered;
}

/** Everything the registry leads to for this person. */
export async function collectPersonalData(db: Executor, person: Person, declarations = PERSONAL_DATA): Promise<PersonalDataExport> {
  const found = new Map<PgTable, unknown[]>();
  const sections: PersonalDataSection[] = [];
  for (const declaration of inDependencyOrder(declarations)) {
    const { table } = declaration;
    const config = getTableConfig(table);
    const keyOf = (row: Record<string, unknown>) => JSON.stringify(config.primaryKeys.length ? config.primaryKeys[0].columns.map((c) => row[c.name]) : row.id ?? row);
    const secret = new Set(declaration.secret ?? []);
    const columnNames = [...columnsOf(table).entries()];
    const dated = columnNames.filter(([, c]) => c.columnType === "PgTimestamp" || c.columnType === "PgDateString" || c.columnType === "PgDate").map(([name]) => name);
    const about = new Map<string, Record<string, unknown>>();
    const authored = new Map<string, Record<string, unknown>>();
    for (const link of declaration.find ?? []) {
      for (const raw of await rowsFor(db, table, link, person, found)) {
        // Rows come back keyed by the schema's property names; hand them out by SQL column name.
        const row = Object.fromEntries(columnNames.map(([name, c]) => [name, plain(raw[propertyOf(table, c)])]));
        // Her own actions in the audit log are hers to read whole, like the rows about her.
        if (isAboutHer(link) || link.kind === "actor") {
          about.set(keyOf(row), Object.fromEntries(Object.entries(row).filter(([name]) => !secret.has(name))));
        } else if (!about.has(keyOf(row))) {
          const mine = authored.get(keyOf(row)) ?? { id: row.id ?? null, ...Object.fromEntries(dated.map((name) => [name, row[name]])), as: [] as string[] };
          (mine.as as string[]).push(link.column);
          authored.set(keyOf(row), mine);
        }
      }
    }
    for (const key of about.keys()) authored.delete(key);
    const ids = [...about.values()].map((r) => r.id).filter((id) => id !== undefined);
    found.set(table, ids);
    if (about.size || authored.size) {
      sections.push({ table: config.name, purpose: declaration.purpose, retention: declaration.retention, rows: [...about.values()], authored: [...authored.values()] });
    }
  }
  return { exportedAt: new Date().toISOString(), userId: person.userId, sections };
}

const propertyCache = new WeakMap<PgTable, Map<PgColumn, string>>();

/** The schema's property name of a column (drizzle returns rows keyed by it). */
function propertyOf(table: PgTable, column: PgColumn): string {
  let map = propertyCache.get(table);
  if (!map) {
    map = new Map(Object.entries(table).filter(([, v]) => v && typeof v === "object" && "columnType" in (v as object)).map(([k, v]) => [v as PgColumn, k]));
    propertyCache.set(table, map);
  }
  return map.get(column) ?? column.name;
}

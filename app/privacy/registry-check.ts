// Compares the database schema with the personal-data registry. Used by registry.test.ts, which
// fails the build when a table gains a column that looks personal and nobody declared it.
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";

/**
 * How a person's rows are found in a table (decision 024), for her export and her erasure:
 * - owner: the column holds her user id; the row is about her (deleted with her account);
 * - author: the column holds the id of whoever wrote or recorded the row (kept, the link cleared);
 * - actor: the audit log's actor (kept with a pseudonymous id, the log is append-only);
 * - via: the column points to a row of `parent` that was found for her (her enrolment's attendance);
 *   `authored` when the row is content she proposed (kept as the programme's record) rather than about her;
 * - email: the column holds her email address, after `prefix` when given, and before `followedBy` and
 *   more when given (a throttle key of her address and a client's).
 */
export type SubjectLink =
  | { kind: "owner" | "author" | "actor"; column: string }
  | { kind: "via"; column: string; parent: PgTable; authored?: boolean }
  | { kind: "email"; column: string; prefix?: string; followedBy?: string };

/** One table that holds personal data: which columns, why we keep them, for how long. */
export type PersonalDataDeclaration = {
  table: PgTable;
  columns: readonly string[];
  purpose: string;
  retention: string;
  /** How her rows are found; empty when the table holds no data about an account holder. */
  find?: readonly SubjectLink[];
  /** Columns never handed out, not even to the person herself (password hashes, token hashes). */
  secret?: readonly string[];
  /** Retention enforced by the daily purge: a row goes once this timestamp is `afterDays` old. */
  purge?: { column: string; afterDays: number };
};

/** Whether rows found through this link are about her (exported whole, deleted with her), not merely written by her. */
export function isAboutHer(link: SubjectLink): boolean {
  return link.kind === "owner" || link.kind === "email" || (link.kind === "via" && !link.authored);
}

export type CoverageFinding = { table: string; column: string; references: string };

/**
 * Columns that lead to a person but that no registry entry says how to follow: a column named
 * like a user id, a foreign key to the user table, or one to a table whose rows are found for
 * her (e.g. an enrolment). Her export and erasure would miss those rows. Empty when covered.
 */
export function checkSubjectCoverage(schemaTables: PgTable[], declarations: readonly PersonalDataDeclaration[]): CoverageFinding[] {
  const linksByTable = new Map(declarations.map((d) => [getTableConfig(d.table).name, d.find ?? []]));
  const personTables = new Set(["user", ...[...linksByTable].filter(([, links]) => links.some(isAboutHer)).map(([name]) => name)]);
  const findings: CoverageFinding[] = [];
  for (const table of schemaTables) {
    const config = getTableConfig(table);
    const covered = new Set((linksByTable.get(config.name) ?? []).map((l) => l.column));
    const leads = new Map<string, string>();
    for (const column of config.columns) if (/(^|_)user_id$/.test(column.name)) leads.set(column.name, "user");
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const target = getTableConfig(ref.foreignTable).name;
      if (personTables.has(target)) for (const c of ref.columns) leads.set(c.name, target);
    }
    for (const [column, references] of leads) if (!covered.has(column)) findings.push({ table: config.name, column, references });
  }
  return findings;
}

/** Columns whose name looks personal but whose content is not (e.g. the name of a programme). */
export type NotPersonalDeclaration = {
  table: PgTable;
  columns: readonly string[];
  reason: string;
};

export type RegistryFinding = {
  problem: "undeclared-table" | "unlisted-column" | "unknown-table" | "unknown-column" | "declared-twice";
  table: string;
  column?: string;
};

// Matched against snake_case column names. Each entry is a reason to ask "is this about a person?".
const PERSONAL_NAME_PATTERNS: RegExp[] = [
  /name(_|$)/, // name, first_name, surname, display_name
  /e_?mail/,
  /phone|mobile|(^|_)fax(_|$)/,
  /birth|(^|_)dob(_|$)/,
  /address|street|postcode|postal|(^|_)zip(_|$)/,
  /(^|_)notes?(_|$)/,
  /transcript/,
  /(^|_)ip(_|$)/,
  /user_?agent/,
  /pseudonym/,
  /contact/,
  /gender|(^|_)sex(_|$)/,
  /(^|_)age(_|$)/,
  /nationality|citizenship|ethnic|religio|health|disabilit/,
  /comment|memo|feedback/,
  /password|passwd|secret/,
  /token/,
  /(^|_)body(_|$)/,
  /image|photo|avatar|picture|signature/,
  /consent/,
  /passport|iban|tax_id|social_security/,
  /user_id$/, // links a row to a person
];

/** Whether a column name suggests personal data. */
export function looksPersonal(columnName: string): boolean {
  const snake = columnName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  return PERSONAL_NAME_PATTERNS.some((pattern) => pattern.test(snake));
}

/** Every Drizzle table among a module's exports (e.g. `import * as schema`). */
export function tablesOf(module: Record<string, unknown>): PgTable[] {
  return Object.values(module).filter((value): value is PgTable => is(value, PgTable));
}

/**
 * What is wrong between the schema and the registry: undeclared tables or unlisted columns that
 * look personal, and declarations naming tables or columns that do not exist. Empty when sound.
 */
export function checkRegistry(
  schemaTables: PgTable[],
  declarations: readonly PersonalDataDeclaration[],
  notPersonal: readonly NotPersonalDeclaration[] = [],
): RegistryFinding[] {
  const findings: RegistryFinding[] = [];
  const columnsByTable = new Map(
    schemaTables.map((table) => {
      const config = getTableConfig(table);
      return [config.name, config.columns.map((c) => c.name)] as const;
    }),
  );

  const declared = new Map<string, Set<string>>();
  const exempt = new Map<string, Set<string>>();
  const collect = (into: Map<string, Set<string>>, entries: readonly { table: PgTable; columns: readonly string[] }[], twice: boolean) => {
    for (const entry of entries) {
      const name = getTableConfig(entry.table).name;
      const known = columnsByTable.get(name);
      if (!known) findings.push({ problem: "unknown-table", table: name });
      if (twice && into.has(name)) findings.push({ problem: "declared-twice", table: name });
      for (const column of entry.columns) {
        if (known && !known.includes(column)) findings.push({ problem: "unknown-column", table: name, column });
      }
      into.set(name, new Set([...(into.get(name) ?? []), ...entry.columns]));
    }
  };
  collect(declared, declarations, true);
  collect(exempt, notPersonal, false);

  for (const [table, columns] of columnsByTable) {
    const listed = declared.get(table);
    for (const column of columns.filter(looksPersonal)) {
      if (exempt.get(table)?.has(column)) continue;
      if (!listed) findings.push({ problem: "undeclared-table", table, column });
      else if (!listed.has(column)) findings.push({ problem: "unlisted-column", table, column });
    }
  }
  return findings;
}

/** One line per finding, for a readable test failure. */
export function describeFinding(f: RegistryFinding): string {
  const where = f.column ? `${f.table}.${f.column}` : f.table;
  const advice: Record<RegistryFinding["problem"], string> = {
    "undeclared-table": "looks personal, but the table is not in app/privacy/registry.ts",
    "unlisted-column": "looks personal, but is not listed in the table's registry entry",
    "unknown-table": "is declared in the registry but is not a table of the schema",
    "unknown-column": "is declared in the registry but the table has no such column",
    "declared-twice": "has two registry entries; keep one",
  };
  return `${where} ${advice[f.problem]}`;
}

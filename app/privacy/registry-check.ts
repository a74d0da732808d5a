// Compares the database schema with the personal-data registry. Used by registry.test.ts, which
// fails the build when a table gains a column that looks personal and nobody declared it.
import { is } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";

/** One table that holds personal data: which columns, why we keep them, for how long. */
export type PersonalDataDeclaration = {
  table: PgTable;
  columns: readonly string[];
  purpose: string;
  retention: string;
};

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

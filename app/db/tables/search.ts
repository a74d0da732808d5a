// Full-text search columns. Each searchable row keeps the text-search configuration of its
// language (german, italian, spanish, english, or simple for any other) next to a tsvector the
// database computes from it, so stemming follows the language of the text, not of the reader.
// The configuration is a regconfig column, not text: only to_tsvector(regconfig, text) is
// immutable, which a generated column requires.
import { type SQL, sql } from "drizzle-orm";
import { customType } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
const regconfig = customType<{ data: string }>({ dataType: () => "regconfig" });

/** The two columns of a searchable table: its configuration and the vector derived from `columns`. */
export function searchColumns(...columns: string[]) {
  const text = columns.map((c) => `coalesce("${c}", '')`).join(" || ' ' || ");
  const vector: SQL = sql.raw(`to_tsvector("search_config", ${text})`);
  return {
    searchConfig: regconfig("search_config").notNull().default(sql`'simple'::regconfig`),
    searchVector: tsvector("search_vector").generatedAlwaysAs(vector),
  };
}

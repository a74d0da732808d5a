// SQL fragments the query builder does not offer.
import { getTableName, sql, type Column, type SQL } from "drizzle-orm";

/**
 * A column named with its table ("participant"."id"), for the outer row in a correlated subquery.
 * In the select list of a query on one table drizzle leaves columns unqualified, and inside the
 * subquery an unqualified "id" is the subquery's own column, not the outer row's.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

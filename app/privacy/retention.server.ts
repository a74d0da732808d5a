// The retention periods of the personal-data registry, enforced (decision 024): each entry with a
// `purge` loses the rows whose timestamp is older than its period. Run at start and daily.
// Plain idempotent deletes: several processes purging at once delete each row once, and a
// second run finds nothing.
import { lt } from "drizzle-orm";
import { getTableConfig, type PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "~/db/client.server";
import { recordAudit } from "~/features/audit/audit.server";
import type { PersonalDataDeclaration } from "./registry-check";
import { PERSONAL_DATA } from "./registry";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes what the registry's periods say is due; the counts per table, audited when any. */
export async function purgeExpiredPersonalData(db: Executor, now = new Date(), declarations: readonly PersonalDataDeclaration[] = PERSONAL_DATA) {
  return db.transaction(async (tx) => {
    const deleted: Record<string, number> = {};
    for (const { table, purge } of declarations) {
      if (!purge) continue;
      const config = getTableConfig(table);
      const column = config.columns.find((c) => c.name === purge.column) as PgColumn | undefined;
      if (!column) throw new Error(`registry: ${config.name}.${purge.column} does not exist`);
      const cutoff = new Date(now.getTime() - purge.afterDays * DAY_MS);
      const rows = await tx.delete(table).where(lt(column, cutoff)).returning();
      if (rows.length) deleted[config.name] = rows.length;
    }
    if (Object.keys(deleted).length) {
      await recordAudit(tx, { actorUserId: null, programmeId: null, territoryId: null, action: "retention.purge", objectType: "retention", details: { deleted } });
    }
    return deleted;
  });
}

type Timer = ReturnType<typeof setInterval>;

/** Runs the purge now and then every day; a failure is logged and retried on the next run. */
export function schedulePurge(run: () => Promise<unknown>, intervalMs = DAY_MS): Timer {
  const attempt = () =>
    run().catch((error: unknown) => {
      console.error(`[retention] purge failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  void attempt();
  const timer = setInterval(attempt, intervalMs);
  timer.unref?.();
  return timer;
}

// The audit log as tests read it: remember where it stood, then look at what came after.
import { and, desc, eq, gt } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { auditLog } from "~/db/schema";

/** The id of the newest audit entry (0 when there is none). */
export async function lastAuditId(): Promise<number> {
  const [row] = await getDb().select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

/** The entries with this action written after the entry `id`, oldest first. */
export async function auditSince(id: number, action: string) {
  return getDb()
    .select()
    .from(auditLog)
    .where(and(gt(auditLog.id, id), eq(auditLog.action, action)))
    .orderBy(auditLog.id);
}

/** Every entry written after the entry `id`, as one JSON text (to prove a value never reached the log). */
export async function auditTextSince(id: number): Promise<string> {
  return JSON.stringify(await getDb().select().from(auditLog).where(gt(auditLog.id, id)));
}

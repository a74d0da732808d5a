// The audit log: who did what, when, in which territory, to which object. Every mutation writes
// its entry with the same executor (transaction) as the change itself, so neither lands alone.
import { and, count, desc, eq } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { auditLog, territory, user } from "~/db/schema";

export type AuditEntry = {
  actorUserId: string | null;
  programmeId: string | null;
  territoryId: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  details?: Record<string, unknown>;
};

export async function recordAudit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    programmeId: entry.programmeId,
    territoryId: entry.territoryId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    details: entry.details ?? {},
  });
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of a territory's log, or of a whole programme's when territoryId is null. */
export async function listAuditEntries(
  db: Executor,
  scope: { programmeId: string; territoryId: string | null },
  page: number,
) {
  const where =
    scope.territoryId === null
      ? eq(auditLog.programmeId, scope.programmeId)
      : and(eq(auditLog.programmeId, scope.programmeId), eq(auditLog.territoryId, scope.territoryId));
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        action: auditLog.action,
        objectType: auditLog.objectType,
        objectId: auditLog.objectId,
        territoryId: auditLog.territoryId,
        actorName: user.name,
        actorUserId: auditLog.actorUserId,
        territoryName: territory.name,
      })
      .from(auditLog)
      .leftJoin(user, eq(user.id, auditLog.actorUserId))
      .leftJoin(territory, eq(territory.id, auditLog.territoryId))
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total, page, pageSize: AUDIT_PAGE_SIZE };
}

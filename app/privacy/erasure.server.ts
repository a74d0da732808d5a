// Erasing an account (decision 024). Deleting the user row removes, by the schema's cascades,
// her sessions, password, memberships, enrolments (with attendance, self-assessments and
// feedback) and calendar feeds; what she wrote stays with its link set to null (shown as by a
// former member). Here, in the same transaction: the rows that name her without a foreign key
// (invitations, outbox, throttle keys, reset tokens, her name at a round table), and the audit
// entry, which keeps only her pseudonymous id. Signed certificates keep their printed name.
import { and, asc, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import {
  certificate,
  enrolment,
  invitation,
  loginThrottle,
  outboxEmail,
  programmeMember,
  roundTableParticipant,
  territory,
  territoryMember,
  user,
  verification,
} from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";

export type ErasureTarget = { userId: string; name: string; email: string };

/** The person to erase, if she is a member of this programme (programme level or one of its territories). */
export async function findProgrammePerson(db: Executor, { programmeId, userId }: { programmeId: string; userId: string }) {
  const [found] = await db
    .select({ userId: user.id, name: user.name, email: user.email })
    .from(user)
    .where(
      and(
        eq(user.id, userId),
        or(
          sql`exists (select 1 from ${programmeMember} where ${programmeMember.userId} = ${user.id} and ${programmeMember.programmeId} = ${programmeId})`,
          sql`exists (select 1 from ${territoryMember} join ${territory} on ${territory.id} = ${territoryMember.territoryId} where ${territoryMember.userId} = ${user.id} and ${territory.programmeId} = ${programmeId})`,
        ),
      ),
    );
  return found ?? null;
}

/** Everyone with a role in the programme or one of its territories, once each, by name. */
export async function listProgrammePeople(db: Executor, programmeId: string) {
  return db
    .selectDistinct({ userId: user.id, name: user.name, email: user.email })
    .from(user)
    .where(
      or(
        sql`exists (select 1 from ${programmeMember} where ${programmeMember.userId} = ${user.id} and ${programmeMember.programmeId} = ${programmeId})`,
        sql`exists (select 1 from ${territoryMember} join ${territory} on ${territory.id} = ${territoryMember.territoryId} where ${territoryMember.userId} = ${user.id} and ${territory.programmeId} = ${programmeId})`,
      ),
    )
    .orderBy(asc(user.name), asc(user.email));
}

/** Programmes other than this one in which she holds a role (their admins must agree: she is not only ours). */
export async function countOtherProgrammes(db: Executor, { programmeId, userId }: { programmeId: string | null; userId: string }) {
  const rows = await db
    .select({ id: programmeMember.programmeId })
    .from(programmeMember)
    .where(and(eq(programmeMember.userId, userId), programmeId ? ne(programmeMember.programmeId, programmeId) : undefined))
    .union(
      db
        .select({ id: territory.programmeId })
        .from(territoryMember)
        .innerJoin(territory, eq(territory.id, territoryMember.territoryId))
        .where(and(eq(territoryMember.userId, userId), programmeId ? ne(territory.programmeId, programmeId) : undefined)),
    );
  return rows.length;
}

/** Whether she is the last programme admin of a programme: erasing her would leave it without one. */
export async function isLastProgrammeAdmin(db: Executor, userId: string): Promise<boolean> {
  const mine = await db.select({ programmeId: programmeMember.programmeId }).from(programmeMember).where(and(eq(programmeMember.userId, userId), eq(programmeMember.role, "programme_admin")));
  if (mine.length === 0) return false;
  const others = await db
    .select({ programmeId: programmeMember.programmeId, n: count() })
    .from(programmeMember)
    .where(and(inArray(programmeMember.programmeId, mine.map((m) => m.programmeId)), eq(programmeMember.role, "programme_admin"), ne(programmeMember.userId, userId)))
    .groupBy(programmeMember.programmeId);
  return others.length < mine.length;
}

/**
 * Erases the account in one transaction with its audit entry. `by` says who asked: the person
 * herself, or a programme admin of the programme named. Returns what stayed, for the notice.
 */
export async function eraseAccount(
  db: Executor,
  { actorUserId, programmeId, target }: { actorUserId: string; programmeId: string | null; target: ErasureTarget },
): Promise<{ certificatesKept: number }> {
  return db.transaction(async (tx) => {
    const email = target.email.toLowerCase();
    const [{ certificatesKept }] = await tx
      .select({ certificatesKept: count() })
      .from(certificate)
      .innerJoin(enrolment, eq(enrolment.id, certificate.enrolmentId))
      .where(eq(enrolment.userId, target.userId));
    await tx.delete(invitation).where(sql`lower(${invitation.email}) = ${email}`);
    await tx
      .delete(outboxEmail)
      .where(or(sql`lower(${outboxEmail.toAddress}) = ${email}`, sql`strpos(lower(${outboxEmail.body}), ${email}) > 0`, sql`strpos(${outboxEmail.body}, ${target.name}) > 0`));
    // Every throttle key that names her address (decision 023): alone, or paired with a client.
    await tx
      .delete(loginThrottle)
      .where(or(inArray(loginThrottle.key, [`account:${email}`, `reset-address:${email}`]), sql`starts_with(${loginThrottle.key}, ${`pair:${email}|`})`));
    await tx.delete(verification).where(or(eq(verification.value, target.userId), sql`strpos(lower(${verification.identifier}), ${email}) > 0`));
    // Her seat at a round table stays (its votes count for the ranking), without her name.
    await tx.update(roundTableParticipant).set({ name: "", organisationName: "" }).where(eq(roundTableParticipant.userId, target.userId));
    await tx.delete(user).where(eq(user.id, target.userId));
    await recordAudit(tx, {
      actorUserId: actorUserId === target.userId ? null : actorUserId,
      programmeId,
      territoryId: null,
      action: "account.erase",
      objectType: "user",
      objectId: target.userId,
      details: { by: actorUserId === target.userId ? "self" : "programme_admin", certificatesKept },
    });
    return { certificatesKept };
  });
}

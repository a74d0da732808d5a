// Throttles password guessing: per account (5 failures in 15 minutes lock it for 15 minutes)
// and per IP address (30 failures in 15 minutes). Counts live in the database so that they
// hold across restarts and across server processes.
import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { loginThrottle } from "~/db/schema";

const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;
export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 30;

function keysFor(email: string, ip: string) {
  return { account: `account:${email.trim().toLowerCase()}`, ip: `ip:${ip}` };
}

/** Minutes until the next attempt is allowed, or 0 when sign-in may be tried now. */
export async function minutesUntilAllowed(db: Executor, email: string, ip: string, now = new Date()): Promise<number> {
  const keys = keysFor(email, ip);
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, [keys.account, keys.ip]));
  const waits = rows
    .map((row) => (row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.getTime() - now.getTime() : 0))
    .filter((ms) => ms > 0);
  return waits.length ? Math.ceil(Math.max(...waits) / 60_000) : 0;
}

export async function recordFailedLogin(db: Executor, email: string, ip: string, now = new Date()): Promise<void> {
  const keys = keysFor(email, ip);
  for (const [key, limit] of [
    [keys.account, ACCOUNT_LIMIT],
    [keys.ip, IP_LIMIT],
  ] as const) {
    const windowStart = sql`${new Date(now.getTime() - WINDOW_MS).toISOString()}::timestamptz`;
    const nowSql = sql`${now.toISOString()}::timestamptz`;
    const lockUntil = sql`${new Date(now.getTime() + LOCK_MS).toISOString()}::timestamptz`;
    // One statement: start a new window when the old one has passed, else count up; lock at the limit.
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? new Date(now.getTime() + LOCK_MS) : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
          windowStartedAt: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN ${nowSql} ELSE ${loginThrottle.windowStartedAt} END`,
          lockedUntil: sql`CASE WHEN ${loginThrottle.windowStartedAt} >= ${windowStart} AND ${loginThrottle.failures} + 1 >= ${limit} THEN ${lockUntil} ELSE ${loginThrottle.lockedUntil} END`,
        },
      });
  }
}

/** A successful sign-in clears the account's count (the IP's stays: it may guess other accounts). */
export async function clearFailedLogins(db: Executor, email: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, keysFor(email, "").account));
}

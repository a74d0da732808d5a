// Throttles guessing (sign-in) and flooding (reset requests) with growing delays instead of a
// lock an attacker controls (decision 023). Every attempt is *reserved* before it is evaluated:
// in one transaction the keys' rows are locked (SELECT … FOR UPDATE, in key order), the attempt
// is refused without counting when any key is waiting, else counted on every key. Row locks
// make the count exact under parallel requests, in one process (PGlite) or several (PostgreSQL).
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { getDb } from "~/db/client.server";
import { loginThrottle } from "~/db/schema";

/** A counter: `free` attempts within the window, then a wait of base·2^(n−free), at most maxMs. */
export type Bucket = { key: string; free: number; baseMs: number; maxMs: number };

const MINUTE = 60_000;
/** A count forgets after this long without a counted attempt. */
export const QUIET_MS = 60 * MINUTE;

/** Sign-in: per account and client pair (the attacker's own), per account (distributed guessing), per client (spraying). */
export const PAIR_FREE = 5;
export const ACCOUNT_FREE = 50;
export const CLIENT_FREE = 100;
/** Reset links: per address (mail-bombing a person) and per client (mail-bombing many). */
export const RESET_ADDRESS_FREE = 3;
export const RESET_CLIENT_FREE = 10;

function normalisedEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function signInBuckets(email: string, ip: string): Bucket[] {
  const who = normalisedEmail(email);
  return [
    { key: `pair:${who}|${ip}`, free: PAIR_FREE, baseMs: MINUTE, maxMs: 60 * MINUTE },
    { key: `account:${who}`, free: ACCOUNT_FREE, baseMs: MINUTE, maxMs: 30 * MINUTE },
    { key: `ip:${ip}`, free: CLIENT_FREE, baseMs: MINUTE, maxMs: 30 * MINUTE },
  ];
}

export function resetBuckets(email: string, ip: string): Bucket[] {
  return [
    { key: `reset-address:${normalisedEmail(email)}`, free: RESET_ADDRESS_FREE, baseMs: 5 * MINUTE, maxMs: 60 * MINUTE },
    { key: `reset-ip:${ip}`, free: RESET_CLIENT_FREE, baseMs: 5 * MINUTE, maxMs: 60 * MINUTE },
  ];
}

/** The wait after the n-th counted attempt of a bucket (0 while n is within the free attempts). */
export function waitAfter(bucket: Bucket, n: number): number {
  if (n < bucket.free) return 0;
  return Math.min(bucket.maxMs, bucket.baseMs * 2 ** Math.min(n - bucket.free, 30));
}

export type Reservation = { allowed: true } | { allowed: false; minutes: number };

/**
 * Counts one attempt on every bucket, unless one of them is still waiting: then nothing is
 * counted (a refused attempt costs the person nothing) and the wait is returned in minutes.
 */
export async function reserveAttempt(buckets: Bucket[], now = new Date(), db = getDb()): Promise<Reservation> {
  const sorted = [...buckets].sort((a, b) => (a.key < b.key ? -1 : 1));
  const keys = sorted.map((b) => b.key);
  return db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values(sorted.map((b) => ({ key: b.key, failures: 0, windowStartedAt: now, lockedUntil: null })))
      .onConflictDoNothing();
    const rows = await tx.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).orderBy(asc(loginThrottle.key)).for("update");
    const waiting = rows.filter((row) => row.lockedUntil && row.lockedUntil > now);
    if (waiting.length) {
      const ms = Math.max(...waiting.map((row) => row.lockedUntil!.getTime() - now.getTime()));
      return { allowed: false as const, minutes: Math.max(1, Math.ceil(ms / MINUTE)) };
    }
    for (const bucket of sorted) {
      const row = rows.find((r) => r.key === bucket.key)!;
      const quiet = now.getTime() - row.windowStartedAt.getTime() > QUIET_MS;
      const n = (quiet ? 0 : row.failures) + 1;
      const wait = waitAfter(bucket, n);
      await tx
        .update(loginThrottle)
        .set({ failures: n, windowStartedAt: now, lockedUntil: wait ? new Date(now.getTime() + wait) : null })
        .where(eq(loginThrottle.key, bucket.key));
    }
    return { allowed: true as const };
  });
}

/**
 * After a successful sign-in: the pair starts afresh, and the attempt is taken back from the
 * account and client counts (the person's own sign-ins never bring her account closer to a wait).
 */
export async function releaseSuccessfulSignIn(email: string, ip: string, db: Executor = getDb()): Promise<void> {
  const [pair, ...others] = signInBuckets(email, ip);
  await db.delete(loginThrottle).where(eq(loginThrottle.key, pair.key));
  for (const bucket of others) {
    // One statement each: back below the bound, the wait her own attempt started is lifted too.
    await db
      .update(loginThrottle)
      .set({
        failures: sql`greatest(${loginThrottle.failures} - 1, 0)`,
        lockedUntil: sql`CASE WHEN ${loginThrottle.failures} - 1 < ${bucket.free} THEN NULL ELSE ${loginThrottle.lockedUntil} END`,
      })
      .where(eq(loginThrottle.key, bucket.key));
  }
}

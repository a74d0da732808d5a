// The registry's retention periods (decision 024), enforced by the purge: rows dated just before
// each cutoff go, rows just after stay; a second run (another process) deletes nothing more;
// the purge is audited with its counts only.
import { randomUUID } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { invitation, loginThrottle, outboxEmail, session, user, verification } from "~/db/schema";
import { purgeExpiredPersonalData, schedulePurge } from "~/privacy/retention.server";
import { PERSONAL_DATA } from "~/privacy/registry";
import { startApp } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { territoryOf } from "../support/training";

const NOW = new Date("2031-06-15T12:00:00Z");
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const at = (ms: number) => new Date(NOW.getTime() + ms);

let userId: string;
let programmeId: string;

beforeAll(async () => {
  await startApp();
  [{ id: userId }] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, "trainee.offenbach@eccipa.example"));
  ({ programmeId } = await territoryOf("offenbach"));
});

/** One row per table dated just before the cutoff (`old`) and one just after (`kept`). */
async function insertRows(tag: string) {
  const db = getDb();
  const id = (what: string) => `${tag}-${what}-${randomUUID()}`;
  const sessions = { old: id("session-old"), kept: id("session-kept") };
  await db.insert(session).values([
    { id: sessions.old, token: id("t"), userId, expiresAt: at(-MINUTE), ipAddress: "203.0.113.7", userAgent: "Old Browser" },
    { id: sessions.kept, token: id("t"), userId, expiresAt: at(MINUTE), ipAddress: "203.0.113.8", userAgent: "Current Browser" },
  ]);
  const verifications = { old: id("verification-old"), kept: id("verification-kept") };
  await db.insert(verification).values([
    { id: verifications.old, identifier: id("reset"), value: userId, expiresAt: at(-MINUTE) },
    { id: verifications.kept, identifier: id("reset"), value: userId, expiresAt: at(MINUTE) },
  ]);
  const throttles = { old: `ip:${id("old")}`, kept: `ip:${id("kept")}` };
  await db.insert(loginThrottle).values([
    { key: throttles.old, failures: 3, windowStartedAt: at(-DAY - MINUTE) },
    { key: throttles.kept, failures: 3, windowStartedAt: at(-DAY + MINUTE) },
  ]);
  const invites = await db
    .insert(invitation)
    .values([
      { programmeId, email: `${tag}-old@example.org`, name: "Invented Old Invitee", role: "expert", language: "en", tokenHash: id("h"), expiresAt: at(-30 * DAY - MINUTE), acceptedAt: at(-40 * DAY) },
      { programmeId, email: `${tag}-kept@example.org`, name: "Invented Recent Invitee", role: "expert", language: "en", tokenHash: id("h"), expiresAt: at(-30 * DAY + MINUTE) },
    ])
    .returning({ id: invitation.id, email: invitation.email });
  const mails = await db
    .insert(outboxEmail)
    .values([
      { toAddress: `${tag}-old@example.org`, subject: "Old", body: "An old link", createdAt: at(-30 * DAY - MINUTE) },
      { toAddress: `${tag}-kept@example.org`, subject: "Recent", body: "A recent link", createdAt: at(-30 * DAY + MINUTE) },
    ])
    .returning({ id: outboxEmail.id, to: outboxEmail.toAddress });
  return {
    sessions,
    verifications,
    throttles,
    invitations: { old: invites.find((i) => i.email.includes("-old"))!.id, kept: invites.find((i) => i.email.includes("-kept"))!.id },
    mails: { old: mails.find((m) => m.to.includes("-old"))!.id, kept: mails.find((m) => m.to.includes("-kept"))!.id },
  };
}

async function remaining(rows: Awaited<ReturnType<typeof insertRows>>) {
  const db = getDb();
  const ids = <T extends { old: string; kept: string }>(r: T) => [r.old, r.kept];
  const has = (found: { id: string }[], r: { old: string; kept: string }) => ({ old: found.some((f) => f.id === r.old), kept: found.some((f) => f.id === r.kept) });
  return {
    session: has(await db.select({ id: session.id }).from(session).where(inArray(session.id, ids(rows.sessions))), rows.sessions),
    verification: has(await db.select({ id: verification.id }).from(verification).where(inArray(verification.id, ids(rows.verifications))), rows.verifications),
    login_throttle: has(await db.select({ id: loginThrottle.key }).from(loginThrottle).where(inArray(loginThrottle.key, ids(rows.throttles))), rows.throttles),
    invitation: has(await db.select({ id: invitation.id }).from(invitation).where(inArray(invitation.id, ids(rows.invitations))), rows.invitations),
    outbox_email: has(await db.select({ id: outboxEmail.id }).from(outboxEmail).where(inArray(outboxEmail.id, ids(rows.mails))), rows.mails),
  };
}

describe("the retention purge", () => {
  it("covers the tables whose periods the registry sets", () => {
    const purged = PERSONAL_DATA.filter((e) => e.purge).map((e) => getTableConfig(e.table).name);
    expect(purged.sort()).toEqual(["invitation", "login_throttle", "outbox_email", "session", "verification"]);
  });

  it("deletes the rows dated before each cutoff, keeps those after, and audits the counts", async () => {
    const rows = await insertRows("cutoff");
    const before = await lastAuditId();
    const deleted = await purgeExpiredPersonalData(getDb(), NOW);
    expect(await remaining(rows)).toEqual({
      session: { old: false, kept: true },
      verification: { old: false, kept: true },
      login_throttle: { old: false, kept: true },
      invitation: { old: false, kept: true },
      outbox_email: { old: false, kept: true },
    });
    for (const table of ["session", "verification", "login_throttle", "invitation", "outbox_email"]) expect(deleted[table], table).toBeGreaterThanOrEqual(1);
    const [entry] = await auditSince(before, "retention.purge");
    expect(entry).toEqual(expect.objectContaining({ actorUserId: null, details: { deleted } }));
    expect(JSON.stringify(entry)).not.toContain("203.0.113.7");
  });

  it("is idempotent: runs from two processes at once delete each row once, and a second run nothing", async () => {
    const rows = await insertRows("twice");
    const [a, b] = await Promise.all([purgeExpiredPersonalData(getDb(), NOW), purgeExpiredPersonalData(getDb(), NOW)]);
    const sum = (table: string) => (a[table] ?? 0) + (b[table] ?? 0);
    for (const table of ["session", "verification", "login_throttle", "invitation", "outbox_email"]) expect(sum(table), table).toBe(1);
    expect(await purgeExpiredPersonalData(getDb(), NOW)).toEqual({});
    expect((await remaining(rows)).session).toEqual({ old: false, kept: true });
  });

  it("is scheduled: runs at once and then at each interval, and survives a failing run", async () => {
    let runs = 0;
    let release: () => void = () => {};
    const thirdRun = new Promise<void>((resolve) => (release = resolve));
    const timer = schedulePurge(async () => {
      runs += 1;
      if (runs === 3) release();
      if (runs === 2) throw new Error("database busy");
    }, 5);
    await thirdRun;
    clearInterval(timer);
    expect(runs).toBeGreaterThanOrEqual(3);
  });
});

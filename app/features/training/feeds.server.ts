// Secret calendar addresses (ICS). Calendar applications cannot sign in, so the URL carries a
// random token; only its SHA-256 is stored (as for invitations). A cohort's feed is made by the
// coordinator for its trainees; a personal feed lists the sessions a person trains or is enrolled
// in. A new address revokes the previous one. Feeds carry no names of people: only what the
// holder of the address may see anyway (titles, times, places, the cohort and its modules).
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { calendarFeed, cohort, enrolment, territory as territoryTable, trainingSession } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import { hashToken } from "~/features/members/members.server";
import type { Actor } from "~/tenancy/actor.server";
import { findCohort } from "./cohorts.server";
import { buildCalendar, type FeedEvent } from "./ics";
import { moduleTitles, sessionColumns } from "./sessions.server";

type Territory = { id: string; programmeId: string };
type Owner = { cohortId: string } | { userId: string };

const ownerCondition = (owner: Owner): SQL =>
  "cohortId" in owner ? eq(calendarFeed.cohortId, owner.cohortId) : and(eq(calendarFeed.userId, owner.userId), isNull(calendarFeed.cohortId))!;

/** When the feed in force was made, or null when there is none. */
export async function findActiveFeed(db: Executor, args: { territoryId: string } & Owner) {
  const [row] = await db
    .select({ createdAt: calendarFeed.createdAt })
    .from(calendarFeed)
    .where(and(eq(calendarFeed.territoryId, args.territoryId), ownerCondition(args), isNull(calendarFeed.revokedAt)))
    .orderBy(desc(calendarFeed.createdAt))
    .limit(1);
  return row ?? null;
}

async function revokeIn(tx: Executor, territoryId: string, owner: Owner): Promise<number> {
  const revoked = await tx
    .update(calendarFeed)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeed.territoryId, territoryId), ownerCondition(owner), isNull(calendarFeed.revokedAt)))
    .returning({ id: calendarFeed.id });
  return revoked.length;
}

/**
 * Makes a new secret address for the cohort (or for the actor herself) and returns its token,
 * the only time it exists in clear. null when the cohort is not the territory's.
 */
export async function createFeed(db: Executor, args: { actor: Actor; territory: Territory; cohortId?: string }): Promise<string | null> {
  const { actor, territory, cohortId } = args;
  return db.transaction(async (tx) => {
    if (cohortId && !(await findCohort(tx, { territoryId: territory.id, cohortId }))) return null;
    const owner: Owner = cohortId ? { cohortId } : { userId: actor.userId };
    await revokeIn(tx, territory.id, owner);
    const token = randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(calendarFeed)
      .values({ territoryId: territory.id, cohortId: cohortId ?? null, userId: cohortId ? null : actor.userId, tokenHash: hashToken(token) })
      .returning({ id: calendarFeed.id });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      programmeId: territory.programmeId,
      territoryId: territory.id,
      action: "calendar_feed.create",
      objectType: "calendar_feed",
      objectId: row.id,
      details: cohortId ? { cohortId } : { personal: true },
    });
    return token;
  });
}

/** Revokes the cohort's (or the actor's own) address; the number revoked (0 on a second click). */
export async function revokeFeed(db: Executor, args: { actor: Actor; territory: Territory; cohortId?: string }): Promise<number> {
  const { actor, territory, cohortId } = args;
  return db.transaction(async (tx) => {
    const n = await revokeIn(tx, territory.id, cohortId ? { cohortId } : { userId: actor.userId });
    if (n) {
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "calendar_feed.revoke",
        objectType: "calendar_feed",
        details: cohortId ? { cohortId } : { personal: true },
      });
    }
    return n;
  });
}

/** The URL path of a feed: outside the language prefix, since a calendar has no language. */
export function feedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

/**
 * The calendar behind a token, or null when it is unknown or revoked. A personal feed follows the
 * person: the sessions she trains and those of the cohorts she is enrolled in, in any territory.
 */
export async function loadFeedCalendar(db: Executor, token: string): Promise<string | null> {
  if (!token || token.length > 200) return null;
  const [feed] = await db
    .select({ territoryId: calendarFeed.territoryId, cohortId: calendarFeed.cohortId, userId: calendarFeed.userId, territoryName: territoryTable.name })
    .from(calendarFeed)
    .innerJoin(territoryTable, eq(territoryTable.id, calendarFeed.territoryId))
    .where(and(eq(calendarFeed.tokenHash, hashToken(token)), isNull(calendarFeed.revokedAt)));
  if (!feed) return null;
  let where: SQL | undefined;
  let name: string;
  if (feed.cohortId) {
    const [own] = await db.select({ name: cohort.name }).from(cohort).where(and(eq(cohort.id, feed.cohortId), eq(cohort.territoryId, feed.territoryId)));
    if (!own) return null;
    where = eq(trainingSession.cohortId, feed.cohortId);
    name = `${own.name} – ${feed.territoryName}`;
  } else if (feed.userId) {
    const enrolled = db.select({ id: enrolment.cohortId }).from(enrolment).where(eq(enrolment.userId, feed.userId));
    where = or(eq(trainingSession.trainerUserId, feed.userId), inArray(trainingSession.cohortId, enrolled));
    name = "ECCIPA";
  } else return null;
  const rows = await db
    .select({
      ...sessionColumns,
      cohortName: cohort.name,
      modules: moduleTitles,
    })
    .from(trainingSession)
    .innerJoin(cohort, eq(cohort.id, trainingSession.cohortId))
    .where(where)
    .orderBy(asc(trainingSession.startsAt), asc(trainingSession.id))
    .limit(2000);
  const events: FeedEvent[] = rows.map((r) => ({
    sessionId: r.id,
    title: r.title,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    place: r.place,
    onlineUrl: r.onlineUrl,
    description: [r.cohortName, ...r.modules.map((m) => `– ${m}`)],
  }));
  return buildCalendar(name, events);
}

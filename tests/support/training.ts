// Looking up the demo training rows that tests start from.
import { and, asc, eq } from "drizzle-orm";
import { getDb } from "~/db/client.server";
import { cohort, territory, trainingSession } from "~/db/schema";

/** A territory's id, programme and name by its slug. */
export async function territoryOf(slug: string): Promise<{ id: string; programmeId: string; name: string }> {
  const [row] = await getDb().select({ id: territory.id, programmeId: territory.programmeId, name: territory.name }).from(territory).where(eq(territory.slug, slug));
  return row;
}

/** The id of a territory's cohort of this kind (the demo has one staff cohort per territory and one ToT in Offenbach). */
export async function cohortOf(slug: string, kind: "staff" | "tot" = "staff"): Promise<string> {
  const [row] = await getDb()
    .select({ id: cohort.id })
    .from(cohort)
    .innerJoin(territory, eq(territory.id, cohort.territoryId))
    .where(and(eq(territory.slug, slug), eq(cohort.kind, kind)))
    .orderBy(asc(cohort.createdAt))
    .limit(1);
  if (!row) throw new Error(`no ${kind} cohort in ${slug}`);
  return row.id;
}

/** A cohort's sessions in time order. */
export async function sessionsOf(cohortId: string) {
  return getDb()
    .select({ id: trainingSession.id, title: trainingSession.title, startsAt: trainingSession.startsAt, endsAt: trainingSession.endsAt, place: trainingSession.place, onlineUrl: trainingSession.onlineUrl, trainerUserId: trainingSession.trainerUserId })
    .from(trainingSession)
    .where(eq(trainingSession.cohortId, cohortId))
    .orderBy(asc(trainingSession.startsAt));
}

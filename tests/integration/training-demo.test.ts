// The demo training data: seeding again adds nothing (the server seeds at every start), and each
// territory has a completed staff cohort of about twelve trainees with eight sessions, marks for
// each, a few trainees under the threshold; Offenbach hosts the Training of Trainers.
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { attendance, cohort, enrolment, sessionModule, territoryMember, trainingSession, user } from "~/db/schema";
import { seedDemo } from "~/demo/demo.server";
import { listTrainees } from "~/features/training/enrolments.server";
import { startApp } from "../support/app";
import { cohortOf } from "../support/training";

beforeAll(async () => {
  await startApp();
});

async function counts() {
  const db = getDb();
  const n = async (table: typeof cohort | typeof enrolment | typeof trainingSession | typeof attendance | typeof sessionModule | typeof territoryMember | typeof user) =>
    (await db.select({ n: count() }).from(table))[0].n;
  return {
    cohorts: await n(cohort),
    enrolments: await n(enrolment),
    sessions: await n(trainingSession),
    marks: await n(attendance),
    modules: await n(sessionModule),
    members: await n(territoryMember),
    users: await n(user),
  };
}

describe("the demo training data", () => {
  it("is idempotent: seeding again, twice, changes no count", async () => {
    const before = await counts();
    expect(before.cohorts).toBeGreaterThanOrEqual(4);
    await seedDemo(getDb());
    expect(await counts()).toEqual(before);
    await seedDemo(getDb());
    expect(await counts()).toEqual(before);
  });

  it("gives each territory a completed staff cohort with eight sessions, a mark for every trainee, and some under 75 %", async () => {
    for (const slug of ["offenbach", "ravenna", "cartagena"]) {
      const id = await cohortOf(slug);
      const [row] = await getDb().select().from(cohort).where(eq(cohort.id, id));
      expect(row.completedAt, slug).not.toBeNull();
      const sessions = await getDb().select({ id: trainingSession.id, trainer: trainingSession.trainerUserId }).from(trainingSession).where(eq(trainingSession.cohortId, id));
      expect(sessions, slug).toHaveLength(8);
      expect(sessions.every((s) => s.trainer), slug).toBe(true);
      const trainees = await listTrainees(getDb(), { territoryId: row.territoryId, cohortId: id, page: 1 });
      expect(trainees.total, slug).toBeGreaterThanOrEqual(12);
      expect(trainees.rows.every((r) => r.held === 8), slug).toBe(true);
      expect(trainees.rows.filter((r) => (r.rate ?? 0) < 75).length, slug).toBe(2);
    }
  });

  it("enrols the trainers of the three territories in Offenbach's Training of Trainers", async () => {
    const tot = await cohortOf("offenbach", "tot");
    const people = await getDb().select({ email: user.email }).from(enrolment).innerJoin(user, eq(user.id, enrolment.userId)).where(eq(enrolment.cohortId, tot));
    expect(people.map((p) => p.email).sort()).toEqual(["trainer.cartagena@eccipa.example", "trainer.ravenna@eccipa.example", "trainer2.offenbach@eccipa.example"]);
  });
});

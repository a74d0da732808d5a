// The demo certificates: a few per completed demo staff cohort, to eligible trainees only, and one
// revoked, once (a second start adds nothing and undoes nothing).
import { and, count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { certificate, cohort, enrolment } from "~/db/schema";
import { seedDemoCertificates } from "~/demo/demo-certificates";
import { startApp } from "../support/app";
import { inventTrainee, makeCohort } from "../support/cohorts";

beforeAll(async () => {
  await startApp();
});

async function counts() {
  const [[all], [revoked]] = await Promise.all([
    getDb().select({ n: count() }).from(certificate),
    getDb().select({ n: count() }).from(certificate).where(isNotNull(certificate.revokedAt)),
  ]);
  return { all: all.n, revoked: revoked.n };
}

describe("the demo certificates", () => {
  it("are issued in the completed demo staff cohorts, up to three each, with one revoked, and only once", async () => {
    const completed = await getDb().select({ id: cohort.id }).from(cohort).where(and(isNotNull(cohort.completedAt), eq(cohort.kind, "staff")));
    expect(completed.length).toBeGreaterThan(0);
    const issued = await getDb().select({ cohortId: enrolment.cohortId }).from(certificate).innerJoin(enrolment, eq(enrolment.id, certificate.enrolmentId));
    expect(issued.length).toBeGreaterThan(0);
    for (const c of completed) expect(issued.filter((i) => i.cohortId === c.id).length).toBeLessThanOrEqual(3);
    expect(issued.every((i) => completed.some((c) => c.id === i.cohortId))).toBe(true);
    const before = await counts();
    expect(before.revoked).toBe(1);
    await seedDemoCertificates(getDb());
    expect(await counts()).toEqual(before);
  });

  it("give a newly completed cohort up to three certificates for eligible trainees, and a running one none", async () => {
    const before = await counts();
    const trainees = [];
    for (let i = 1; i <= 4; i++) trainees.push({ userId: await inventTrainee("offenbach", `Invented Demo Trainee ${i}`), present: 2, post: true });
    trainees.push({ userId: await inventTrainee("offenbach", "Invented Absent Trainee"), present: 0, post: true });
    const made = await makeCohort("offenbach", { name: "Demo cohort (completed)", held: 2, trainees });
    await getDb().update(cohort).set({ completedAt: new Date() }).where(eq(cohort.id, made.cohortId));
    // A cohort still running gets nothing.
    const running = await makeCohort("ravenna", { name: "Running cohort", held: 2, trainees: [{ userId: await inventTrainee("ravenna", "Invented Running Trainee"), present: 2, post: true }] });
    await getDb().update(cohort).set({ endsOn: "2999-12-31" }).where(eq(cohort.id, running.cohortId));

    await seedDemoCertificates(getDb());
    expect(await counts()).toEqual({ all: before.all + 3, revoked: before.revoked });
    const absent = made.enrolmentIds.get(trainees[4].userId)!;
    expect(await getDb().select({ id: certificate.id }).from(certificate).where(eq(certificate.enrolmentId, absent))).toEqual([]);
    await seedDemoCertificates(getDb());
    expect(await counts()).toEqual({ all: before.all + 3, revoked: before.revoked });
  });
});

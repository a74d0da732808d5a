// The demo certificates: a few per completed staff cohort and one revoked, once (a second start
// adds nothing and undoes nothing); a cohort completed later gets its own at the next start.
import { count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { certificate, cohort } from "~/db/schema";
import { seedDemoCertificates } from "~/db/seed/demo-certificates";
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
  it("are issued at the demo's start: three per completed staff cohort, one revoked; seeding again adds nothing", async () => {
    // The demo has one completed staff cohort in each of its three territories.
    expect(await counts()).toEqual({ all: 9, revoked: 1 });
    await seedDemoCertificates(getDb());
    expect(await counts()).toEqual({ all: 9, revoked: 1 });
  });

  it("go, at the next start, to up to three eligible trainees of a newly completed cohort; a running one gets none; once", async () => {
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
    // The one revocation was made at the first start: nothing more is revoked.
    expect(await counts()).toEqual({ all: before.all + 3, revoked: before.revoked });
    await seedDemoCertificates(getDb());
    expect(await counts()).toEqual({ all: before.all + 3, revoked: before.revoked });
  });
});

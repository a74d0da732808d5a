// Demo training delivery: trainee and trainer accounts, a completed staff cohort per territory
// with eight sessions and their attendance, and the Training of Trainers hosted by Offenbach.
// Idempotent: accounts and memberships are added when missing; a cohort (found by its name in
// its territory) is created with its sessions, trainees and marks only when it is missing, so
// changes made in the app are never overwritten. Runs after the Toolkit's seed: sessions link the
// modules of the Toolkit in use, when there is one.
import { and, eq, inArray } from "drizzle-orm";
import { createAccountWithPassword, hashPassword } from "~/auth/auth.server";
import { findToolkit } from "~/features/toolkit/toolkits.server";
import { listModuleOptions } from "~/features/training/sessions.server";
import { localToUtc, zoneOfCountry } from "~/features/training/time-zone";
import type { Database } from "~/db/client.server";
import { attendance, cohort, enrolment, sessionModule, territory, territoryMember, trainingSession, user, type AttendanceStatus, type TerritoryRole } from "~/db/schema";
import { DEMO_PASSWORD } from "~/demo/demo-data";
import { DEMO_TOT, DEMO_TRAINERS, DEMO_TRAINING, STAFF_SESSION_DAYS, demoMark, demoTraineeEmail } from "~/demo/demo-training-data";

type Account = { email: string; name: string; language: string; slug: string; role: TerritoryRole };

export async function seedDemoTraining(db: Database, args: { programmeId: string; territoryIds: Map<string, string> }): Promise<void> {
  const { programmeId, territoryIds } = args;
  const accounts: Account[] = [
    ...DEMO_TRAINERS.map((t) => ({ ...t, role: "trainer" as const })),
    ...DEMO_TRAINING.flatMap((t) => t.trainees.map((p, i) => ({ email: demoTraineeEmail(t.slug, i), name: p.name, language: t.language, slug: t.slug, role: "trainee" as const }))),
  ];
  const userIds = await ensureAccounts(db, accounts, territoryIds);
  const zoneOf = new Map((await db.select({ id: territory.id, countryCode: territory.countryCode }).from(territory)).map((t) => [t.id, zoneOfCountry(t.countryCode)]));

  for (const demo of DEMO_TRAINING) {
    const territoryId = territoryIds.get(demo.slug);
    if (!territoryId) continue;
    const zone = zoneOf.get(territoryId) ?? "UTC";
    const trainees = demo.trainees.map((p, i) => ({ userId: userIds.get(demoTraineeEmail(demo.slug, i))!, department: p.department }));
    // Offenbach's existing demo trainee joins her territory's cohort too.
    if (demo.slug === "offenbach") {
      const [aylin] = await db.select({ id: user.id }).from(user).where(eq(user.email, "trainee.offenbach@eccipa.example"));
      if (aylin) trainees.push({ userId: aylin.id, department: "Ausländerbehörde" });
    }
    const trainerIds = demo.trainerEmails.map((e) => userIds.get(e)).filter((id): id is string => Boolean(id));
    await seedCohort(db, {
      territory: { id: territoryId, programmeId },
      cohort: { name: demo.cohortName, kind: "staff", startsOn: "2021-09-01", endsOn: "2022-08-31", completedAt: new Date("2022-09-05T10:00:00Z") },
      sessions: STAFF_SESSION_DAYS.map((day, j) => ({
        title: demo.sessionTitles[j],
        startsAt: localToUtc(day, "09:00", zone),
        endsAt: localToUtc(day, "12:30", zone),
        // Two of the eight sessions were held online.
        place: j === 3 || j === 5 ? "" : demo.place,
        onlineUrl: j === 3 || j === 5 ? demo.onlineUrl : null,
        trainerUserId: trainerIds[j % Math.max(trainerIds.length, 1)] ?? null,
        notes: demo.notes,
      })),
      trainees,
      mark: demoMark,
    });
  }

  const hostId = territoryIds.get(DEMO_TOT.hostSlug);
  if (hostId) {
    const zone = zoneOf.get(hostId) ?? "UTC";
    const trainees = DEMO_TRAINERS.map((t) => ({ userId: userIds.get(t.email)!, department: DEMO_TOT.departments[t.slug] ?? "" }));
    await seedCohort(db, {
      territory: { id: hostId, programmeId },
      cohort: { name: DEMO_TOT.cohortName, kind: "tot", startsOn: DEMO_TOT.startsOn, endsOn: DEMO_TOT.endsOn, completedAt: new Date("2021-05-31T10:00:00Z") },
      sessions: DEMO_TOT.days.map((day, j) => ({
        title: DEMO_TOT.titles[j],
        startsAt: localToUtc(day, "09:00", zone),
        endsAt: localToUtc(day, "16:00", zone),
        place: DEMO_TOT.place,
        onlineUrl: null,
        trainerUserId: userIds.get(DEMO_TOT.trainerEmail) ?? null,
        notes: "Erfundene Demodaten.",
      })),
      trainees,
      mark: () => "present",
    });
  }
}

/** Finds or creates each account (one shared password hash) and gives it its territory role. */
async function ensureAccounts(db: Database, accounts: Account[], territoryIds: Map<string, string>): Promise<Map<string, string>> {
  const emails = [...accounts.map((a) => a.email), DEMO_TOT.trainerEmail];
  const found = await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, emails));
  const ids = new Map(found.map((u) => [u.email, u.id]));
  let hash: string | undefined;
  for (const a of accounts) {
    if (ids.has(a.email)) continue;
    hash ??= await hashPassword(DEMO_PASSWORD);
    const created = await createAccountWithPassword({ email: a.email, name: a.name, password: DEMO_PASSWORD, language: a.language, passwordHash: hash });
    ids.set(a.email, created.id);
  }
  const memberships = accounts
    .filter((a) => territoryIds.has(a.slug))
    .map((a) => ({ territoryId: territoryIds.get(a.slug)!, userId: ids.get(a.email)!, role: a.role }));
  if (memberships.length) await db.insert(territoryMember).values(memberships).onConflictDoNothing();
  return ids;
}

type DemoSession = { title: string; startsAt: Date; endsAt: Date; place: string; onlineUrl: string | null; trainerUserId: string | null; notes: string };

/** One cohort with its sessions, trainees and marks, unless the territory already has it (by name). */
async function seedCohort(
  db: Database,
  args: {
    territory: { id: string; programmeId: string };
    cohort: { name: string; kind: "staff" | "tot"; startsOn: string; endsOn: string; completedAt: Date };
    sessions: DemoSession[];
    trainees: { userId: string; department: string }[];
    mark: (trainee: number, session: number) => AttendanceStatus;
  },
): Promise<void> {
  const territoryId = args.territory.id;
  const [existing] = await db.select({ id: cohort.id }).from(cohort).where(and(eq(cohort.territoryId, territoryId), eq(cohort.name, args.cohort.name)));
  if (existing) return;
  const toolkitId = (await findToolkit(db, { territory: args.territory }))?.id ?? null;
  const modules = await listModuleOptions(db, { toolkitId });
  await db.transaction(async (tx) => {
    const [row] = await tx.insert(cohort).values({ territoryId, toolkitId, ...args.cohort, attendanceThresholdPercent: 75 }).returning({ id: cohort.id });
    const sessions = await tx
      .insert(trainingSession)
      .values(args.sessions.map((s) => ({ ...s, cohortId: row.id, territoryId })))
      .returning({ id: trainingSession.id, startsAt: trainingSession.startsAt });
    sessions.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    if (modules.length) {
      // Each session works on one module, in Toolkit order, and the last on two.
      const links = sessions.flatMap((s, j) => [modules[j % modules.length], ...(j === sessions.length - 1 && modules.length > 1 ? [modules[(j + 1) % modules.length]] : [])].map((m) => ({ sessionId: s.id, moduleId: m.id })));
      await tx.insert(sessionModule).values(links).onConflictDoNothing();
    }
    const trainees = args.trainees.filter((t) => t.userId);
    if (!trainees.length) return;
    const enrolled = await tx
      .insert(enrolment)
      .values(trainees.map((t) => ({ cohortId: row.id, territoryId, userId: t.userId, department: t.department, enrolledAt: new Date(`${args.cohort.startsOn}T08:00:00Z`) })))
      .returning({ id: enrolment.id, userId: enrolment.userId });
    const order = new Map(trainees.map((t, i) => [t.userId, i]));
    await tx.insert(attendance).values(
      enrolled.flatMap((e) =>
        sessions.map((s, j) => ({ sessionId: s.id, enrolmentId: e.id, status: args.mark(order.get(e.userId)!, j), recordedAt: s.startsAt })),
      ),
    );
  });
}

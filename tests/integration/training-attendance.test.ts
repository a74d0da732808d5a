// The attendance register through the real routes: who may take it (a trainer only for the
// sessions she trains, coordinators for all), one form for the whole cohort, and an upsert that a
// double submit or the back button can never duplicate or lose.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { attendance, enrolment } from "~/db/schema";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { decode, t } from "../support/pages";
import { cohortOf, sessionsOf } from "../support/training";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/training";
let staff: string;
let own: string; // a session trainer.offenbach trains
let colleagues: string; // one trainer2.offenbach trains

beforeAll(async () => {
  app = await startApp();
  staff = await cohortOf("offenbach");
  const trainer = await userId("trainer.offenbach@eccipa.example");
  const sessions = await sessionsOf(staff);
  own = sessions.find((s) => s.trainerUserId === trainer)!.id;
  colleagues = sessions.find((s) => s.trainerUserId && s.trainerUserId !== trainer)!.id;
});

async function marksOf(sessionId: string) {
  const rows = await getDb().select({ enrolmentId: attendance.enrolmentId, status: attendance.status }).from(attendance).where(eq(attendance.sessionId, sessionId));
  return new Map(rows.map((r) => [r.enrolmentId, r.status]));
}

/** The register form as a browser sends it: every radio group with its checked value. */
function registerFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const tag of html.match(/<input[^>]*type="radio"[^>]*>/g) ?? []) {
    if (!/\bchecked=""/.test(tag)) continue;
    fields[tag.match(/name="([^"]*)"/)![1]] = tag.match(/value="([^"]*)"/)![1];
  }
  return fields;
}

describe("the attendance register", () => {
  it("answers 302 to a visitor, 404 outside the territory, 403 to roles without it and to a trainer for another's session", async () => {
    const visitor = await new TestClient(app).get(`${BASE}/sessions/${own}/attendance`);
    expect(visitor.status).toBe(302);
    const outsider = await signedInClient(app, "coordinator.ravenna@eccipa.example");
    expect((await outsider.get(`${BASE}/sessions/${own}/attendance`)).status).toBe(404);
    const [ravennaSession] = await sessionsOf(await cohortOf("ravenna"));
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    expect((await coordinator.get(`${BASE}/sessions/${ravennaSession.id}/attendance`)).status).toBe(404);
    const partner = await signedInClient(app, "partner.offenbach@eccipa.example");
    expect((await partner.get(`${BASE}/sessions/${own}/attendance`)).status).toBe(403);
    const trainer = await signedInClient(app, "trainer.offenbach@eccipa.example");
    expect((await trainer.get(`${BASE}/sessions/${own}/attendance`)).status).toBe(200);
    expect((await trainer.get(`${BASE}/sessions/${colleagues}/attendance`)).status).toBe(403);
    const before = await marksOf(colleagues);
    expect((await trainer.post(`${BASE}/sessions/${colleagues}/attendance`, {})).status).toBe(403);
    expect(await marksOf(colleagues)).toEqual(before);
    expect((await coordinator.get(`${BASE}/sessions/${colleagues}/attendance`)).status).toBe(200);
  });

  it("shows the whole cohort, each with the stored mark (present by default), and saves a change once", async () => {
    const trainer = await signedInClient(app, "trainer.offenbach@eccipa.example");
    const page = await trainer.get(`${BASE}/sessions/${own}/attendance`);
    const html = await page.text();
    const fields = registerFields(html);
    const enrolments = await getDb().select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.cohortId, staff));
    expect(Object.keys(fields).sort()).toEqual(enrolments.map((e) => `mark.${e.id}`).sort());
    expect(decode(html)).toContain("Aylin Demir");

    const aylin = await userId("trainee.offenbach@eccipa.example");
    const [her] = await getDb().select({ id: enrolment.id }).from(enrolment).where(and(eq(enrolment.cohortId, staff), eq(enrolment.userId, aylin)));
    const changed = { ...fields, [`mark.${her.id}`]: fields[`mark.${her.id}`] === "absent" ? "excused" : "absent" };
    const before = await lastAuditId();
    const saved = await trainer.post(`${BASE}/sessions/${own}/attendance`, changed);
    expect(saved.status).toBe(200);
    expect(decode(await saved.text())).toContain(t("en", "training.attendance.saved"));
    const after = await marksOf(own);
    expect(after.get(her.id)).toBe(changed[`mark.${her.id}`]);
    expect(after.size).toBe(enrolments.length);
    const entries = await auditSince(before, "attendance.record");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ objectId: own, details: { changed: 1 } });

    // The same form again (a double submit, or the back button and submit): nothing added, nothing lost.
    expect((await trainer.post(`${BASE}/sessions/${own}/attendance`, changed)).status).toBe(200);
    expect(await marksOf(own)).toEqual(after);
    expect(await auditSince(before, "attendance.record")).toHaveLength(1);
  });

  it("refuses a status that is not one (400) and a mark for someone outside the cohort (400), changing nothing", async () => {
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    const before = await marksOf(own);
    const [first] = before.keys();
    const odd = await coordinator.post(`${BASE}/sessions/${own}/attendance`, { [`mark.${first}`]: "sleeping" });
    expect(odd.status).toBe(400);
    const [ravennaEnrolment] = await getDb().select({ id: enrolment.id }).from(enrolment).where(eq(enrolment.cohortId, await cohortOf("ravenna"))).limit(1);
    const foreign = await coordinator.post(`${BASE}/sessions/${own}/attendance`, { [`mark.${first}`]: "absent", [`mark.${ravennaEnrolment.id}`]: "absent" });
    expect(foreign.status).toBe(400);
    expect(decode(await foreign.text())).toContain(t("en", "training.errors.traineeUnknown"));
    expect(await marksOf(own)).toEqual(before);
  });

  it("marks everyone present by default on a session without marks", async () => {
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    await coordinator.post(`${BASE}/cohorts/${staff}`, { intent: "session", title: "Ohne Einträge", date: "2022-08-02", startTime: "09:00", endTime: "10:00", place: "Kreishaus" });
    const fresh = (await sessionsOf(staff)).find((s) => s.title === "Ohne Einträge")!;
    const fields = registerFields(await (await coordinator.get(`${BASE}/sessions/${fresh.id}/attendance`)).text());
    expect(new Set(Object.values(fields))).toEqual(new Set(["present"]));
    expect((await coordinator.post(`${BASE}/sessions/${fresh.id}/attendance`, fields)).status).toBe(200);
    expect([...(await marksOf(fresh.id)).values()].every((s) => s === "present")).toBe(true);
  });
});

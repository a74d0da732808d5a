// Sessions through the real routes: refusals (403 for a trainer, 404 across territories), the
// translated errors that keep the typed values (end before start, outside the cohort, a place or
// an online address, the same trainer in two overlapping sessions, in any territory), local time
// stored as UTC, edit and delete (two steps) with their audit entries, and the month calendar.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { sessionModule, territory, territoryMember, trainingSession } from "~/db/schema";
import { signedInClient, startApp } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { decode, fieldError, inputValue, selectedOption, t } from "../support/pages";
import { cohortOf, sessionsOf } from "../support/training";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/training";
let staff: string;
let trainer: string;

beforeAll(async () => {
  app = await startApp();
  staff = await cohortOf("offenbach");
  trainer = await userId("trainer.offenbach@eccipa.example");
});

const coordinator = () => signedInClient(app, "coordinator.offenbach@eccipa.example");
const SESSION = { intent: "session", title: "Zusatztermin: Recht, Verfahren", date: "2022-07-05", startTime: "09:30", endTime: "12:00", place: "Kreishaus Dietzenbach", onlineUrl: "", notes: "" };

describe("training sessions", () => {
  it("refuses a trainer who plans a session (403) and a session of another territory (404)", async () => {
    const trainerClient = await signedInClient(app, "trainer.offenbach@eccipa.example");
    expect((await trainerClient.post(`${BASE}/cohorts/${staff}`, SESSION)).status).toBe(403);
    const [ravennaSession] = await sessionsOf(await cohortOf("ravenna"));
    const client = await coordinator();
    expect((await client.get(`${BASE}/sessions/${ravennaSession.id}`)).status).toBe(404);
    expect((await client.post(`${BASE}/sessions/${ravennaSession.id}`, { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect(await sessionsOf(await cohortOf("ravenna"))).toHaveLength(8);
  });

  it("explains each bad input (400) and keeps what was typed", async () => {
    const client = await coordinator();
    const cases: [Record<string, string>, string, string][] = [
      [{ startTime: "14:00", endTime: "13:00" }, "endTime", "training.errors.endBeforeStart"],
      [{ date: "2023-01-10" }, "date", "training.errors.outsideCohort"],
      [{ place: "", onlineUrl: "" }, "place", "training.errors.placeOrOnline"],
      [{ startTime: "9 Uhr" }, "startTime", "training.errors.time"],
      [{ onlineUrl: "javascript:alert(1)" }, "onlineUrl", "errors.url"],
    ];
    for (const [change, field, key] of cases) {
      const response = await client.post(`${BASE}/cohorts/${staff}`, { ...SESSION, ...change });
      expect(response.status, key).toBe(400);
      const html = await response.text();
      expect(fieldError(html, field), key).toBe(t("en", key));
      expect(inputValue(html, "title")).toBe(SESSION.title);
    }
    expect(await sessionsOf(staff)).toHaveLength(8);
  });

  it("refuses the same trainer in two overlapping sessions, in any cohort of any territory", async () => {
    const client = await coordinator();
    // The demo's first session: 14 Sep 2021, 09:00–12:30 in Offenbach, trained by trainer.offenbach.
    const overlapping = { ...SESSION, date: "2021-09-14", startTime: "12:00", endTime: "13:00", trainerUserId: trainer };
    const response = await client.post(`${BASE}/cohorts/${staff}`, overlapping);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "trainerUserId")).toBe(t("en", "training.errors.trainerBusy"));
    expect(selectedOption(html, "trainerUserId")).toBe(trainer);
    // Right after it is fine.
    expect((await client.post(`${BASE}/cohorts/${staff}`, { ...overlapping, startTime: "12:30", endTime: "13:30" })).status).toBe(200);

    // She also trains in Cartagena: a session there at the same time is refused too.
    const [cartagena] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "cartagena"));
    await getDb().insert(territoryMember).values({ territoryId: cartagena.id, userId: trainer, role: "trainer" }).onConflictDoNothing();
    const lucia = await signedInClient(app, "coordinator.cartagena@eccipa.example");
    const there = await lucia.post(`/en/t/cartagena/training/cohorts/${await cohortOf("cartagena")}`, {
      ...SESSION,
      title: "Sesión extra",
      date: "2021-09-14",
      // 09:30 in Madrid is 09:30 in Offenbach: inside the demo session.
      startTime: "09:30",
      endTime: "10:30",
      trainerUserId: trainer,
    });
    expect(there.status).toBe(400);
    expect(fieldError(await there.text(), "trainerUserId")).toBe(t("en", "training.errors.trainerBusy"));
  });

  it("stores local time as UTC, links modules of the Toolkit only, and audits the change", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const response = await client.post(`${BASE}/cohorts/${staff}`, { ...SESSION, date: "2022-01-25", onlineUrl: "https://meet.example/x" });
    expect(response.status).toBe(200);
    const created = (await sessionsOf(staff)).find((s) => s.title === SESSION.title && s.startsAt.toISOString().startsWith("2022-01-25"))!;
    // Berlin in January is UTC+1.
    expect(created.startsAt.toISOString()).toBe("2022-01-25T08:30:00.000Z");
    expect(created.endsAt.toISOString()).toBe("2022-01-25T11:00:00.000Z");
    expect(created.onlineUrl).toBe("https://meet.example/x");
    const [entry] = await auditSince(before, "training_session.create");
    expect(entry).toMatchObject({ objectId: created.id, details: { cohortId: staff, startsAt: "2022-01-25T08:30:00.000Z" } });

    // A module id that is not in the Toolkit in use refuses the form.
    const bad = await client.post(`${BASE}/sessions/${created.id}`, { ...SESSION, intent: "update", date: "2022-01-25", "moduleIds[]": "00000000-0000-4000-8000-000000000000" });
    expect(bad.status).toBe(400);
    expect(fieldError(await bad.text(), "moduleIds[]")).toBe(t("en", "training.errors.moduleUnknown"));
    expect(await getDb().select().from(sessionModule).where(eq(sessionModule.sessionId, created.id))).toEqual([]);
  });

  it("edits a session (its form starts from local time) and deletes it in two steps", async () => {
    const client = await coordinator();
    await client.post(`${BASE}/cohorts/${staff}`, { ...SESSION, title: "Zu ändern", date: "2022-07-12" });
    const target = (await sessionsOf(staff)).find((s) => s.title === "Zu ändern")!;
    const page = await client.get(`${BASE}/sessions/${target.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(inputValue(html, "startTime")).toBe("09:30");
    expect(inputValue(html, "date")).toBe("2022-07-12");

    const before = await lastAuditId();
    const saved = await client.post(`${BASE}/sessions/${target.id}`, { ...SESSION, intent: "update", title: "Geändert", date: "2022-07-12", startTime: "10:00" });
    expect(saved.status).toBe(200);
    expect(await auditSince(before, "training_session.update")).toHaveLength(1);
    const [row] = await getDb().select().from(trainingSession).where(eq(trainingSession.id, target.id));
    expect(row.title).toBe("Geändert");
    expect(row.startsAt.toISOString()).toBe("2022-07-12T08:00:00.000Z");

    const asked = await client.post(`${BASE}/sessions/${target.id}`, { intent: "delete" });
    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(t("en", "training.session.confirmDelete"));
    expect(await getDb().select().from(trainingSession).where(eq(trainingSession.id, target.id))).toHaveLength(1);
    const deleted = await client.post(`${BASE}/sessions/${target.id}`, { intent: "delete", confirm: "yes" });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe(`${BASE}/cohorts/${staff}`);
    expect(await getDb().select().from(trainingSession).where(eq(trainingSession.id, target.id))).toEqual([]);
    expect(await auditSince(before, "training_session.delete")).toHaveLength(1);
    expect((await client.get(`${BASE}/sessions/${target.id}`)).status).toBe(404);
  });

  it("shows a month of sessions in local time, navigable by month and filtered by cohort", async () => {
    const trainerClient = await signedInClient(app, "trainer.offenbach@eccipa.example");
    const response = await trainerClient.get(`${BASE}/calendar?month=2021-09`);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain("Auftakt: Migration im Kreis Offenbach");
    expect(html).toContain("09:00–12:30");
    expect(html).toContain(`${BASE}/calendar?month=2021-10`);
    expect(html).toContain(`${BASE}/calendar?month=2021-08`);
    const may = decode(await (await trainerClient.get(`${BASE}/calendar?month=2021-05&cohort=${staff}`)).text());
    expect(may).not.toContain("Train-the-Trainer 1");
    expect(may).toContain(t("en", "training.calendar.none"));
    const all = decode(await (await trainerClient.get(`${BASE}/calendar?month=2021-05`)).text());
    expect(all).toContain("Train-the-Trainer 1");
    // Odd input falls back to the current month, never an error.
    expect((await trainerClient.get(`${BASE}/calendar?month=2021-13&cohort=nope`)).status).toBe(200);
  });
});

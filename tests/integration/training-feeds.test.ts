// ICS feeds through the real routes: a coordinator makes a cohort's secret address, a calendar
// application reads it (parsed back with ical.js and compared with the sessions), a new address
// or a revocation makes the old one answer 404; a person's own feed holds her sessions only.
import ICAL from "ical.js";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { calendarFeed } from "~/db/schema";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { decode } from "../support/pages";
import { cohortOf, sessionsOf } from "../support/training";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/training";

beforeAll(async () => {
  app = await startApp();
});

/** The feed's path, from the address shown once on the page. */
function feedPathIn(html: string): string {
  const match = decode(html).match(/https?:\/\/[^\s<"]+(\/calendar\/[A-Za-z0-9_-]+\.ics)/);
  if (!match) throw new Error("no calendar address on the page");
  return match[1];
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar feeds", () => {
  it("gives a cohort's sessions to whoever holds its address, exactly, and nothing once revoked", async () => {
    const coordinator = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    const staff = await cohortOf("offenbach");
    const trainer = await signedInClient(app, "trainer.offenbach@eccipa.example");
    expect((await trainer.post(`${BASE}/cohorts/${staff}`, { intent: "feed-create" })).status).toBe(403);

    const before = await lastAuditId();
    const made = await coordinator.post(`${BASE}/cohorts/${staff}`, { intent: "feed-create" });
    expect(made.status).toBe(200);
    const path = feedPathIn(await made.text());
    expect(await auditSince(before, "calendar_feed.create")).toHaveLength(1);
    // Only the hash is stored.
    const token = path.slice("/calendar/".length, -".ics".length);
    const stored = await getDb().select({ tokenHash: calendarFeed.tokenHash }).from(calendarFeed).where(eq(calendarFeed.cohortId, staff));
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);

    const response = await new TestClient(app).get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const events = eventsOf(text);
    const sessions = await sessionsOf(staff);
    expect(events.map((e) => e.uid).sort()).toEqual(sessions.map((s) => `${s.id}@eccipa-training`).sort());
    for (const s of sessions) {
      const e = events.find((x) => x.uid === `${s.id}@eccipa-training`)!;
      expect(e.summary).toBe(s.title);
      expect(e.startDate.toJSDate().toISOString()).toBe(s.startsAt.toISOString());
      expect(e.endDate.toJSDate().toISOString()).toBe(s.endsAt.toISOString());
      expect(e.startDate.zone.tzid).toBe("UTC");
      expect(e.location).toBe(s.place || s.onlineUrl);
      expect(e.description.split("\n")[0]).toBe("Fortbildung interkulturelle Verwaltung 2021/22");
    }
    // Accents and commas survive: "Kommunikation über Sprachgrenzen, mit Dolmetschenden".
    expect(events.map((e) => e.summary)).toContain("Kommunikation über Sprachgrenzen, mit Dolmetschenden");
    // No person is named in a feed.
    for (const name of ["Tobias Krüger", "Sabine Hoffmann", "Aylin Demir", "Katrin Becker"]) expect(text).not.toContain(name);

    // A new address stops the old one; revoking stops the new one.
    const again = await coordinator.post(`${BASE}/cohorts/${staff}`, { intent: "feed-create" });
    const second = feedPathIn(await again.text());
    expect((await new TestClient(app).get(path)).status).toBe(404);
    expect((await new TestClient(app).get(second)).status).toBe(200);
    expect((await coordinator.post(`${BASE}/cohorts/${staff}`, { intent: "feed-revoke" })).status).toBe(200);
    expect((await new TestClient(app).get(second)).status).toBe(404);
    expect(await auditSince(before, "calendar_feed.revoke")).toHaveLength(1);
  });

  it("answers 404 to an unknown or malformed address", async () => {
    const visitor = new TestClient(app);
    for (const path of ["/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", "/calendar/short.ics", "/calendar/no-extension-here-at-all-xxxxx", "/calendar/%00.ics"]) {
      expect((await visitor.get(path)).status, path).toBe(404);
    }
  });

  it("gives a trainee a personal feed of her own sessions only, and a trainer the ones she trains", async () => {
    const aylin = await signedInClient(app, "trainee.offenbach@eccipa.example");
    const made = await aylin.post("/en/t/offenbach/my-training", { intent: "feed-create" });
    expect(made.status).toBe(200);
    const events = eventsOf(await (await new TestClient(app).get(feedPathIn(await made.text()))).text());
    const own = await sessionsOf(await cohortOf("offenbach"));
    expect(events.map((e) => e.uid).sort()).toEqual(own.map((s) => `${s.id}@eccipa-training`).sort());

    // Chiara trains Ravenna's cohort and was trained in Offenbach's Training of Trainers.
    const chiara = await signedInClient(app, "trainer.ravenna@eccipa.example");
    const hers = feedPathIn(await (await chiara.post("/en/t/ravenna/my-training", { intent: "feed-create" })).text());
    const trainerEvents = eventsOf(await (await new TestClient(app).get(hers)).text());
    const expected = [...(await sessionsOf(await cohortOf("ravenna"))), ...(await sessionsOf(await cohortOf("offenbach", "tot")))];
    expect(trainerEvents.map((e) => e.uid).sort()).toEqual(expected.map((s) => `${s.id}@eccipa-training`).sort());
    // Revoked: 404.
    expect((await chiara.post("/en/t/ravenna/my-training", { intent: "feed-revoke" })).status).toBe(200);
    expect((await new TestClient(app).get(hers)).status).toBe(404);
  });
});

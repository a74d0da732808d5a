// The training calendar without ?month=: it opens on the month of the next session, else on the
// last session's month (the demo's cohort of 2021–22 has only past sessions), and keeps its
// previous/next links; an asked-for month is shown as asked.
import { beforeAll, describe, expect, it } from "vitest";
import { formatMonth } from "~/i18n/format";
import { signedInClient, startApp } from "../support/app";
import { createSession } from "../support/assessments";
import { decode } from "../support/pages";
import { cohortOf, sessionsOf } from "../support/training";
import { utcToLocal } from "~/features/training/time-zone";

let app: Awaited<ReturnType<typeof startApp>>;
const CALENDAR = "/en/t/offenbach/training/calendar";

beforeAll(async () => {
  app = await startApp();
});

const heading = (html: string) => decode(html.match(/<h2[^>]*>([^<]*)<\/h2>/)?.[1] ?? "");
const localMonth = (d: Date) => utcToLocal(d, "Europe/Berlin").date.slice(0, 7);

describe("training calendar", () => {
  it("opens on the last session's month when every session is past, with its sessions and month links", async () => {
    const sessions = await sessionsOf(await cohortOf("offenbach"));
    const last = sessions.reduce((a, b) => (b.startsAt > a.startsAt ? b : a));
    expect(last.startsAt.getTime()).toBeLessThan(Date.now());
    const month = localMonth(last.startsAt);
    const client = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    const response = await client.get(CALENDAR);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(heading(html)).toBe(formatMonth("en", `${month}-01`));
    expect(decode(html)).toContain(last.title);
    expect(html).toMatch(/rel="prev"/);
    expect(html).toMatch(/rel="next"/);
  });

  it("opens on the month of the next session once one is planned, and shows an asked-for month as asked", async () => {
    const cohortId = await cohortOf("offenbach");
    await createSession(cohortId, { title: "Far future session", days: 400 });
    const nextId = await createSession(cohortId, { title: "Next session", days: 40 });
    const next = (await sessionsOf(cohortId)).find((s) => s.id === nextId)!;
    const client = await signedInClient(app, "trainer.offenbach@eccipa.example");
    const html = await (await client.get(CALENDAR)).text();
    expect(heading(html)).toBe(formatMonth("en", `${localMonth(next.startsAt)}-01`));
    expect(decode(html)).toContain("Next session");
    const asked = await (await client.get(`${CALENDAR}?month=2021-10`)).text();
    expect(heading(asked)).toBe(formatMonth("en", "2021-10-01"));
  });
});

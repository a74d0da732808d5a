// A new programme sets its timeline (decision 028): created with create-admin, its admin sees the
// empty state with a link, adds phases (refused with 400 and the typed values when the end is not
// after the start), edits and deletes one after a confirmation; the dashboard, the territory home
// and the public home show them. Then the dashboard's progress per territory, through the domain
// function with an explicit day, follows the rows added and the timeline.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { cohort, deskSource, programmePhase, roundTable, territory, toolkit, trainingModule, user } from "~/db/schema";
import type { Actor } from "~/tenancy/actor.server";
import { buildReportContent } from "~/features/needs-review/report/report-content.server";
import { publishReport } from "~/features/needs-review/report/report.server";
import { listTerritoryProgress } from "~/features/territories/progress.server";
import { createVersion, publishVersion } from "~/features/toolkit/versions/versions.server";
import { createFirstAdmin } from "../../scripts/create-admin";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { decode, fieldError, inputValue, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const SLUG = "nova-civitas";
const DASHBOARD = `/en/p/${SLUG}`;
const TIMELINE = `${DASHBOARD}/timeline`;
const PASSWORD = "a long test passphrase 2026";
let admin: TestClient;
let programmeId: string;

beforeAll(async () => {
  app = await startApp();
  const created = await createFirstAdmin(getDb(), { email: "lead@nova.example", name: "Nora Lead", programme: "Nova Civitas", slug: SLUG, language: "en" });
  if (created.alreadyAdmin) throw new Error("unexpected");
  programmeId = created.programme.id;
  admin = new TestClient(app);
  const link = new URL(created.link);
  const accepted = await admin.post("/en/invitation", { token: link.searchParams.get("token")!, name: "Nora Lead", password: PASSWORD, confirmPassword: PASSWORD });
  expect(accepted.status).toBe(302);
});

/** The page as drawn, without its scripts (the catalog sent to the browser holds every message). */
async function page(response: Response): Promise<string> {
  return decode((await response.text()).replace(/<script[\s\S]*?<\/script>/g, ""));
}

const PHASE = { kind: "needs_review", name_en: "Listening to staff", name_de: "", name_it: "", name_es: "Escuchar al personal", startsOn: "2027-03-01", endsOn: "2027-06-30", position: "" };

async function phasesOfProgramme() {
  return getDb().select().from(programmePhase).where(eq(programmePhase.programmeId, programmeId));
}

describe("programme timeline", () => {
  it("refuses a visitor (302), the admin of another programme (404) and other roles (403)", async () => {
    const visitor = await new TestClient(app).get(TIMELINE);
    expect(visitor.status).toBe(302);
    const other = await signedInClient(app, "admin@eccipa.example");
    expect((await other.get(TIMELINE)).status).toBe(404);
    const expert = await signedInClient(app, "expert@eccipa.example");
    expect((await expert.get("/en/p/eccipa/timeline")).status).toBe(403);
    expect((await expert.post("/en/p/eccipa/timeline", { intent: "create", ...PHASE })).status).toBe(403);
  });

  it("shows a new programme's empty timeline with what to do and the link to do it", async () => {
    const html = await page(await admin.get(DASHBOARD));
    expect(html).toContain(t("en", "timeline.emptyForAdmin"));
    expect(html).toContain(`href="${TIMELINE}"`);
    const timeline = await admin.get(TIMELINE);
    expect(timeline.status).toBe(200);
    expect(await page(timeline)).toContain(t("en", "timeline.empty"));
  });

  it("refuses an end before the start and an impossible day (400), keeping what was typed", async () => {
    const before = await lastAuditId();
    const response = await admin.post(TIMELINE, { intent: "create", ...PHASE, startsOn: "2027-06-30", endsOn: "2027-03-01" });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "endsOn")).toBe(t("en", "timeline.errors.endBeforeStart"));
    expect(inputValue(html, "name_es")).toBe("Escuchar al personal");
    const zero = await admin.post(TIMELINE, { intent: "create", ...PHASE, startsOn: "0000-01-01", kind: "bogus" });
    expect(zero.status).toBe(400);
    const zeroHtml = await zero.text();
    expect(fieldError(zeroHtml, "startsOn")).toBe(t("en", "errors.dateRange"));
    expect(fieldError(zeroHtml, "kind")).toBe(t("en", "errors.choose"));
    expect(await phasesOfProgramme()).toEqual([]);
    expect(await auditSince(before, "phase.create")).toEqual([]);
  });

  it("adds phases in the given order; the dashboard (in the page language) and the public home show them", async () => {
    const before = await lastAuditId();
    expect((await admin.post(TIMELINE, { intent: "create", ...PHASE })).status).toBe(200);
    expect((await admin.post(TIMELINE, { intent: "create", ...PHASE, kind: "capacity_building", name_en: "", name_es: "", startsOn: "2027-09-01", endsOn: "2028-08-31" })).status).toBe(200);
    expect((await admin.post(TIMELINE, { intent: "create", ...PHASE, kind: "co_design", name_en: "", name_es: "", startsOn: "2027-07-01", endsOn: "2027-08-31", position: "1" })).status).toBe(200);
    expect(await auditSince(before, "phase.create")).toHaveLength(3);

    const dashboard = await page(await admin.get(DASHBOARD));
    const list = dashboard.slice(dashboard.indexOf('<ol class="timeline">'));
    const order = ["Listening to staff", t("en", "phases.co_design"), t("en", "phases.capacity_building")].map((name) => list.indexOf(name));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(dashboard).not.toContain(t("en", "timeline.emptyForAdmin"));

    // The Spanish page shows the Spanish name; German, which has none, falls back to English, marked as such.
    expect(await page(await admin.get(`/es/p/${SLUG}`))).toContain("Escuchar al personal");
    expect(await page(await admin.get(`/de/p/${SLUG}`))).toContain('<span lang="en">Listening to staff</span>');
    const home = await page(await new TestClient(app).get("/en"));
    expect(home).toContain("Listening to staff");
  });

  it("edits a phase, and deletes one only after the confirmation", async () => {
    const [phase] = (await phasesOfProgramme()).filter((p) => p.kind === "co_design");
    const edit = await admin.get(`${TIMELINE}?edit=${phase.id}`);
    expect(edit.status).toBe(200);
    expect(inputValue(await edit.text(), "startsOn")).toBe("2027-07-01");
    const bad = await admin.post(`${TIMELINE}?edit=${phase.id}`, { intent: "update", id: phase.id, ...PHASE, kind: "co_design", name_en: "Round tables", endsOn: "2027-02-01" });
    expect(bad.status).toBe(400);
    expect(inputValue(await bad.text(), "name_en")).toBe("Round tables");
    const before = await lastAuditId();
    const saved = await admin.post(`${TIMELINE}?edit=${phase.id}`, { intent: "update", id: phase.id, ...PHASE, kind: "co_design", name_en: "Round tables", name_es: "", startsOn: "2027-07-01", endsOn: "2027-09-15", position: "1" });
    expect(saved.status).toBe(200);
    expect(await auditSince(before, "phase.update")).toHaveLength(1);
    const [changed] = await getDb().select().from(programmePhase).where(eq(programmePhase.id, phase.id));
    expect(changed).toMatchObject({ name: { en: "Round tables" }, endsOn: "2027-09-15", position: 1 });

    // A phase of another programme cannot be changed from here.
    const [foreign] = await getDb().select({ id: programmePhase.id }).from(programmePhase).where(eq(programmePhase.kind, "manifesto")).limit(1);
    expect((await admin.post(TIMELINE, { intent: "delete", id: foreign.id, confirm: "yes" })).status).toBe(400);

    const ask = await admin.post(TIMELINE, { intent: "delete", id: phase.id });
    expect(ask.status).toBe(200);
    expect(await page(ask)).toContain(t("en", "timeline.confirmDeleteTitle", { phase: "Round tables" }));
    expect(await phasesOfProgramme()).toHaveLength(3);
    expect((await admin.post(TIMELINE, { intent: "delete", id: phase.id, confirm: "yes" })).status).toBe(200);
    expect((await phasesOfProgramme()).map((p) => p.kind).sort()).toEqual(["capacity_building", "needs_review"]);
    expect(await auditSince(before, "phase.delete")).toHaveLength(1);
  });
});

describe("progress of the territories", () => {
  it("follows the rows a territory adds and the day, in a few queries", async () => {
    const create = await admin.post(`${DASHBOARD}/territories/new`, { name_es: "Civitas Nova", countryCode: "ES", "languages[]": "es" });
    expect(create.status).toBe(302);
    const [terr] = await getDb().select().from(territory).where(eq(territory.programmeId, programmeId));
    const phases = await getDb().select().from(programmePhase).where(eq(programmePhase.programmeId, programmeId));
    const progress = async (today: string) => {
      const all = await listTerritoryProgress(getDb(), { programmeId, phases, today });
      return Object.fromEntries(all.get(terr.id)!.map((s) => [s.stage, s.late ? `${s.state} late` : s.state]));
    };
    expect(await progress("2027-01-01")).toEqual({
      needs_review: "not_started",
      co_design: "not_started",
      toolkit: "not_started",
      training: "not_started",
      strategy: "not_available",
      piloting: "not_available",
      manifesto: "not_available",
    });
    // The Needs Review phase ends on 2027-06-30: from the next day, not done is late.
    expect((await progress("2027-07-01")).needs_review).toBe("not_started late");

    await getDb().insert(deskSource).values({ territoryId: terr.id, title: "Municipal statistics 2026", kind: "statistics" });
    expect((await progress("2027-05-01")).needs_review).toBe("under_way");
    expect((await progress("2027-07-01")).needs_review).toBe("under_way late");
    const content = await buildReportContent(getDb(), { territory: terr, language: "es" });
    const [lead] = await getDb().select({ id: user.id }).from(user).where(eq(user.email, "lead@nova.example"));
    await publishReport(getDb(), { actor: { userId: lead.id } as Actor, territory: terr, content });
    expect((await progress("2027-07-01")).needs_review).toBe("done");

    const [table] = await getDb().insert(roundTable).values({ territoryId: terr.id, theme: "Mesa 1", heldOn: "2027-07-10" }).returning();
    expect((await progress("2027-07-01")).co_design).toBe("under_way");
    await getDb().update(roundTable).set({ status: "closed" }).where(eq(roundTable.id, table.id));
    expect((await progress("2027-07-01")).co_design).toBe("done");

    const [kit] = await getDb().insert(toolkit).values({ programmeId, title: "Kit Nova", language: "es" }).returning();
    expect((await progress("2027-07-01")).toolkit).toBe("not_started");
    await getDb().insert(trainingModule).values({ toolkitId: kit.id, title: "Módulo 1", durationMinutes: 60 });
    expect((await progress("2027-07-01")).toolkit).toBe("under_way");
    const ref = { id: kit.id, programmeId };
    const version = await createVersion(getDb(), { actor: null, territory: null, toolkit: ref, note: "" });
    await publishVersion(getDb(), { actor: null, territory: null, toolkit: ref, versionId: version.id });
    expect((await progress("2027-07-01")).toolkit).toBe("done");

    const [group] = await getDb().insert(cohort).values({ territoryId: terr.id, name: "Grupo 1", startsOn: "2027-09-01", endsOn: "2028-08-31" }).returning();
    expect((await progress("2028-08-31")).training).toBe("under_way");
    expect((await progress("2028-09-01")).training).toBe("under_way late");
    await getDb().update(cohort).set({ completedAt: new Date() }).where(and(eq(cohort.id, group.id), eq(cohort.territoryId, terr.id)));
    expect((await progress("2028-09-01")).training).toBe("done");

    // The dashboard shows the same, in a table with the stages as columns.
    const html = await page(await admin.get(DASHBOARD));
    expect(html).toContain(t("en", "progress.caption"));
    expect(html).toContain(t("en", "progress.states.not_available"));
    expect(html.match(new RegExp(t("en", "progress.states.done"), "g"))?.length).toBeGreaterThanOrEqual(4);
  });
});

// A trainee's self-assessments and her progress page, through the real routes: refusals first
// (302 visitor, 404 another trainee's or territory's enrolment and for the programme admin, 403
// coordinator), the windows, 400 keeping her answers, a double submit that replaces rather than
// adds, the audit entry without levels, and the gain on her progress page.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { selfAssessment } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import { assessmentRows, createCohort, createTrainee, dayFromToday, enrol, ensureCompetences, insertAssessment, TEST_PASSWORD } from "../support/assessments";
import { territoryOf } from "../support/training";
import { auditSince, auditTextSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { checkedValues, decode, fieldError, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/my-training";
const TRAINEE = "trainee.offenbach@eccipa.example";

let competences: string[];
/** Her enrolment in a running cohort (pre open, mid and post not yet) and in one that has ended (post open). */
let running: string;
let ended: string;
/** Another trainee's enrolment in the same cohort, and a trainee's in Ravenna. */
let colleague: string;
let ravenna: string;

const answers = (levels: number[]) => Object.fromEntries(competences.map((id, i) => [`level-${id}`, String(levels[i % levels.length])]));

beforeAll(async () => {
  app = await startApp();
  const offenbach = await territoryOf("offenbach");
  competences = await ensureCompetences(offenbach.programmeId, 3);
  const me = await userId(TRAINEE);
  const runningCohort = await createCohort("offenbach", { name: "Kohorte Test 2026", startsOn: dayFromToday(-10), endsOn: dayFromToday(300), midwayAssessment: true });
  const endedCohort = await createCohort("offenbach", { name: "Kohorte Test 2025", startsOn: dayFromToday(-400), endsOn: dayFromToday(-10) });
  running = await enrol(runningCohort, me);
  ended = await enrol(endedCohort, me);
  colleague = await enrol(runningCohort, await createTrainee("offenbach", "colleague.offenbach@test.example", "Colleague Invented", { signIn: true }));
  const ravennaCohort = await createCohort("ravenna", { name: "Gruppo di prova", startsOn: dayFromToday(-10), endsOn: dayFromToday(300) });
  ravenna = await enrol(ravennaCohort, await createTrainee("ravenna", "trainee.ravenna@test.example", "Tirocinante Inventata"));
});

const trainee = () => signedInClient(app, TRAINEE);

describe("self-assessment", () => {
  it("sends a visitor to sign in (302)", async () => {
    for (const path of [`${BASE}/assessments/${running}/pre`, `${BASE}/progress/${running}`]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers 404 for another trainee's enrolment, another territory's, a phase the cohort lacks, and odd ids; the programme admin too", async () => {
    const client = await trainee();
    const before = await lastAuditId();
    for (const path of [
      `${BASE}/assessments/${colleague}/pre`,
      `${BASE}/progress/${colleague}`,
      `${BASE}/assessments/${ravenna}/pre`,
      `/en/t/ravenna/my-training/assessments/${ravenna}/pre`,
      `${BASE}/assessments/${ended}/mid`,
      `${BASE}/assessments/${running}/later`,
      `${BASE}/assessments/not-a-uuid/pre`,
      `${BASE}/progress/not-a-uuid`,
    ]) {
      expect((await client.get(path)).status, path).toBe(404);
    }
    expect((await client.post(`${BASE}/assessments/${colleague}/pre`, answers([2]))).status).toBe(404);
    // The programme admin holds every permission of the territory, but the enrolment is not hers.
    const admin = await signedInClient(app, "admin@eccipa.example");
    expect((await admin.get(`${BASE}/assessments/${running}/pre`)).status).toBe(404);
    expect((await admin.get(`${BASE}/progress/${running}`)).status).toBe(404);
    expect(await auditSince(before, "self_assessment.submit")).toEqual([]);
    expect(await assessmentRows(colleague, "pre")).toEqual([]);
  });

  it("refuses the coordinator and the technical partner (403): no one reads a trainee's answers", async () => {
    for (const email of ["coordinator.offenbach@eccipa.example", "partner.offenbach@eccipa.example"]) {
      const client = await signedInClient(app, email);
      for (const path of [`${BASE}/assessments/${running}/pre`, `${BASE}/progress/${running}`]) expect((await client.get(path)).status, `${email} ${path}`).toBe(403);
      expect((await client.post(`${BASE}/assessments/${running}/pre`, answers([1]))).status).toBe(403);
    }
    expect(await assessmentRows(running, "pre")).toEqual([]);
  });

  it("shows every competence as a fieldset with four levels and their descriptors", async () => {
    const response = await (await trainee()).get(`${BASE}/assessments/${running}/pre`);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(t("en", "assessments.assessmentTitle", { phase: t("en", "assessments.phases.pre"), cohort: "Kohorte Test 2026" }));
    expect(html.match(/<fieldset/g)?.length).toBe(competences.length);
    for (const id of competences) expect(html.match(new RegExp(`<input[^>]*name="level-${id}"`, "g"))?.length, id).toBe(4);
    expect(html).toContain(t("en", "assessments.levelNotYet"));
    expect(html).toContain("County of Offenbach");
  });

  it("answers a missing competence with 400, keeping the answers she gave", async () => {
    const client = await trainee();
    const partial = answers([3]);
    delete partial[`level-${competences[1]}`];
    const response = await client.post(`${BASE}/assessments/${running}/pre`, partial);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, `level-${competences[1]}`)).toBe(t("en", "assessments.errors.levelRequired"));
    expect(fieldError(html, `level-${competences[0]}`)).toBeUndefined();
    expect(checkedValues(html, `level-${competences[0]}`)).toEqual(["3"]);
    const outOfRange = await client.post(`${BASE}/assessments/${running}/pre`, { ...answers([1]), [`level-${competences[0]}`]: "7" });
    expect(outOfRange.status).toBe(400);
    expect(await assessmentRows(running, "pre")).toEqual([]);
  });

  it("refuses a phase outside its window (400) and shows no form there", async () => {
    const client = await trainee();
    const page = await client.get(`${BASE}/assessments/${running}/post`);
    expect(page.status).toBe(200);
    const html = decode(await page.text());
    expect(html).not.toContain('type="radio"');
    expect(html).toContain(t("en", "assessments.windowNotYet", { date: "" }).replace(/\.$/, "").trim());
    expect((await client.post(`${BASE}/assessments/${running}/post`, answers([2]))).status).toBe(400);
    expect((await client.post(`${BASE}/assessments/${running}/mid`, answers([2]))).status).toBe(400);
    expect((await client.post(`${BASE}/assessments/${ended}/pre`, answers([2]))).status).toBe(400);
    const closed = decode(await (await client.get(`${BASE}/assessments/${ended}/pre`)).text());
    expect(closed).not.toContain('type="radio"');
    expect(await assessmentRows(running, "post")).toEqual([]);
    expect(await assessmentRows(ended, "pre")).toEqual([]);
  });

  it("saves (303 to her progress), replaces on a second submit without adding rows, and audits the phase without the levels", async () => {
    const client = await trainee();
    const before = await lastAuditId();
    const first = await client.post(`${BASE}/assessments/${running}/pre`, answers([1, 2, 0]));
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`${BASE}/progress/${running}?saved=1`);
    // The same form sent twice (a double click), then changed answers (the back button).
    expect((await client.post(`${BASE}/assessments/${running}/pre`, answers([1, 2, 0]))).status).toBe(303);
    expect((await client.post(`${BASE}/assessments/${running}/pre`, answers([2]))).status).toBe(303);
    const rows = await assessmentRows(running, "pre");
    expect(rows).toHaveLength(competences.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1);
    expect(rows.every((r) => r.level === 2)).toBe(true);
    expect(await getDb().select().from(selfAssessment).where(eq(selfAssessment.enrolmentId, running))).toHaveLength(1);
    const audit = await auditSince(before, "self_assessment.submit");
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ objectType: "self_assessment", objectId: rows[0].id, details: { phase: "pre" }, actorUserId: await userId(TRAINEE) });
    expect(await auditTextSince(before)).not.toMatch(/"level/);
    // The form shows what she saved.
    const html = await (await client.get(`${BASE}/assessments/${running}/pre`)).text();
    expect(checkedValues(html, `level-${competences[0]}`)).toEqual(["2"]);
  });

  it("shows her progress with the gain per competence, as a chart and a table", async () => {
    const client = await trainee();
    await insertAssessment(ended, "pre", Object.fromEntries(competences.map((id, i) => [id, i === 0 ? 0 : 1])));
    expect((await client.post(`${BASE}/assessments/${ended}/post`, answers([3, 1]))).status).toBe(303);
    const response = await client.get(`${BASE}/progress/${ended}?saved=1`);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(t("en", "assessments.saved"));
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain(`<title id=`);
    // First competence: 0 → 3 (+3); second: 1 → 1 (0).
    const rows = [...html.matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => m[0].replace(/<[^>]+>/g, "|").replace(/\|+/g, "|"));
    expect(rows[0]).toMatch(/\|0\|3\|\+3\|$/);
    expect(rows[1]).toMatch(/\|1\|1\|0\|$/);
    // A colleague signs in: her own progress page has none of the trainee's answers, and the trainee's is 404 for her.
    const other = await signedInClient(app, "colleague.offenbach@test.example", TEST_PASSWORD);
    expect((await other.get(`${BASE}/progress/${ended}`)).status).toBe(404);
    expect((await other.get(`${BASE}/progress/${colleague}`)).status).toBe(200);
  });
});

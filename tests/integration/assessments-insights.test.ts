// Cohort insights and session feedback through the real routes. Insights: 302/403/404 first, then
// a competence with five trainees who answered both (shown, with the right means) beside one with
// four (hidden, no figures), feedback per module and trainer with the same rule, comments without
// names. Feedback: an enrolled trainee rates a past session, 400 keeps her comment, a second submit
// replaces, the audit entry carries neither rating nor comment; a future session takes none.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { sessionFeedback } from "~/db/schema";
import { startApp, TestClient, signedInClient } from "../support/app";
import {
  createCohort,
  createModule,
  createSession,
  createTrainee,
  dayFromToday,
  enrol,
  ensureCompetences,
  insertAssessment,
  insertFeedback,
} from "../support/assessments";
import { auditSince, auditTextSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { checkedValues, decode, fieldError, t } from "../support/pages";
import { territoryOf } from "../support/training";

let app: Awaited<ReturnType<typeof startApp>>;
const TRAINEE = "trainee.offenbach@eccipa.example";
const COORDINATOR = "coordinator.offenbach@eccipa.example";

let competences: string[];
let cohortId: string;
let ravennaCohort: string;
let ravennaSession: string;
/** Sessions of the cohort: S1 (module M1, the demo trainer, 5 ratings), S2 (module M2, another trainer, 4 ratings), a future one. */
let s1: string;
let s2: string;
let future: string;
let otherCohortSession: string;
let myEnrolment: string;

const insightsPath = (id: string, slug = "offenbach") => `/en/t/${slug}/training/cohorts/${id}/insights`;
const feedbackPath = (id: string) => `/en/t/offenbach/my-training/sessions/${id}/feedback`;

/** The text of the table row whose header cell holds `label`. */
function rowOf(html: string, label: string): string {
  const text = decode(html);
  const at = text.indexOf(`<th scope="row">${label}`);
  if (at < 0) throw new Error(`no row ${label}`);
  return text.slice(at, text.indexOf("</tr>", at)).replace(/<[^>]+>/g, "|").replace(/\|+/g, "|");
}

beforeAll(async () => {
  app = await startApp();
  const offenbach = await territoryOf("offenbach");
  competences = await ensureCompetences(offenbach.programmeId, 3);
  cohortId = await createCohort("offenbach", { name: "Kohorte Einblick", startsOn: dayFromToday(-400), endsOn: dayFromToday(-5) });
  const people: string[] = [];
  for (let i = 0; i < 6; i++) people.push(await enrol(cohortId, await createTrainee("offenbach", `insight-${i}@test.example`, `Invented Trainee Nr${i}`)));
  // Competence 0: five answered both (pre 0,1,1,2,1 → 1.0; post 2,2,3,3,2 → 2.4; gain 1.4), the sixth only pre.
  // Competence 1: only four answered both (the fifth skipped it after): hidden.
  const pre = [0, 1, 1, 2, 1, 3];
  const post = [2, 2, 3, 3, 2];
  for (let i = 0; i < 6; i++) {
    await insertAssessment(people[i], "pre", Object.fromEntries(competences.map((c) => [c, pre[i]])));
    if (i < 5) await insertAssessment(people[i], "post", Object.fromEntries(competences.filter((c, k) => !(k === 1 && i === 4)).map((c) => [c, post[i]])));
  }
  const m1 = await createModule(offenbach.programmeId, "Modul Eins: interkulturelle Kommunikation");
  const m2 = await createModule(offenbach.programmeId, "Modul Zwei: Aufenthaltsrecht");
  const otherTrainer = await createTrainee("offenbach", "trainer-two@test.example", "Invented Trainer Zwei");
  s1 = await createSession(cohortId, { title: "Sitzung Eins", days: -30, trainerUserId: await userId("trainer.offenbach@eccipa.example"), moduleIds: [m1] });
  s2 = await createSession(cohortId, { title: "Sitzung Zwei", days: -20, trainerUserId: otherTrainer, moduleIds: [m2] });
  future = await createSession(cohortId, { title: "Sitzung Zukunft", days: 3, moduleIds: [m1] });
  for (let i = 0; i < 5; i++) await insertFeedback(s1, people[i], [5, 4, 4, 3, 5][i], i < 2 ? `Comment on session one by trainee ${i}.` : "");
  for (let i = 0; i < 4; i++) await insertFeedback(s2, people[i], 2, `Hidden comment on session two ${i}.`);
  // A third trainer: six ratings, but from two people only (three sessions each): hidden.
  const thirdTrainer = await createTrainee("offenbach", "trainer-three@test.example", "Invented Trainer Drei");
  for (let k = 0; k < 3; k++) {
    const s = await createSession(cohortId, { title: `Sitzung Drei ${k}`, days: -10 + k, trainerUserId: thirdTrainer });
    for (let i = 0; i < 2; i++) await insertFeedback(s, people[i], 1, `Two-person comment ${k}-${i}.`);
  }
  myEnrolment = await enrol(cohortId, await userId(TRAINEE));
  const otherCohort = await createCohort("offenbach", { name: "Kohorte ohne sie", startsOn: dayFromToday(-100), endsOn: dayFromToday(100) });
  otherCohortSession = await createSession(otherCohort, { title: "Fremde Sitzung", days: -2 });
  ravennaCohort = await createCohort("ravenna", { name: "Gruppo Ravenna", startsOn: dayFromToday(-100), endsOn: dayFromToday(100) });
  ravennaSession = await createSession(ravennaCohort, { title: "Incontro Ravenna", days: -2 });
});

describe("cohort insights", () => {
  it("sends a visitor to sign in (302), refuses trainees and trainers (403), hides other territories' cohorts (404)", async () => {
    const path = insightsPath(cohortId);
    const visitor = await new TestClient(app).get(path);
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    for (const email of [TRAINEE, "trainer.offenbach@eccipa.example", "committee.offenbach@eccipa.example"]) {
      expect((await (await signedInClient(app, email)).get(path)).status, email).toBe(403);
    }
    const coordinator = await signedInClient(app, COORDINATOR);
    for (const p of [insightsPath(ravennaCohort), insightsPath(ravennaCohort, "ravenna"), insightsPath("not-a-uuid")]) expect((await coordinator.get(p)).status, p).toBe(404);
    const ravenna = await signedInClient(app, "coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(path)).status).toBe(404);
  });

  it("shows a competence five trainees answered, with the right means, and hides one answered by four", async () => {
    const response = await (await signedInClient(app, COORDINATOR)).get(insightsPath(cohortId));
    expect(response.status).toBe(200);
    const html = await response.text();
    const shown = decode(html);
    expect(shown).toContain(t("en", "assessments.insightsTitle", { cohort: "Kohorte Einblick" }));
    expect(shown).toMatch(/<svg[^>]*role="img"/);
    const rows = [...shown.matchAll(/<tr><th scope="row">([\s\S]*?)<\/tr>/g)].map((m) => m[0].replace(/<[^>]+>/g, "|").replace(/\|+/g, "|"));
    // Rows are in framework order: competence 0 first, then 1.
    expect(rows[0]).toMatch(/\|5\|1\.00\|2\.40\|\+1\.40\|$/);
    expect(rows[1]).toContain(t("en", "assessments.hiddenGroup", { min: 5 }));
    expect(rows[1]).not.toMatch(/\d\.\d\d/);
    // Response counts: 7 enrolled (six plus the demo trainee), 6 before, 5 after.
    expect(shown).toMatch(new RegExp(`${t("en", "assessments.responses.enrolled")}</dt><dd>7<`));
    expect(shown).toMatch(new RegExp(`${t("en", "assessments.responses.pre")}</dt><dd>6<`));
    expect(shown).toMatch(new RegExp(`${t("en", "assessments.responses.post")}</dt><dd>5<`));
    // Nobody is named.
    expect(shown).not.toContain("Invented Trainee");
  });

  it("shows feedback per module and trainer with five ratings or more, comments without names, and hides groups of four", async () => {
    const html = await (await signedInClient(app, COORDINATOR)).get(insightsPath(cohortId)).then((r) => r.text());
    expect(rowOf(html, "Modul Eins: interkulturelle Kommunikation")).toMatch(/\|5\|5\|4\.20\|$/);
    expect(rowOf(html, "Modul Zwei: Aufenthaltsrecht")).toContain(t("en", "assessments.hiddenRatings", { min: 5 }));
    expect(rowOf(html, "Tobias Krüger")).toMatch(/\|5\|5\|4\.20\|$/);
    expect(rowOf(html, "Invented Trainer Zwei")).toContain(t("en", "assessments.hiddenRatings", { min: 5 }));
    // Six ratings from two people: the rule counts people.
    expect(rowOf(html, "Invented Trainer Drei")).toContain(t("en", "assessments.hiddenRatings", { min: 5 }));
    const text = decode(html);
    expect(text).toContain("Comment on session one by trainee 0.");
    expect(text).toContain("Comment on session one by trainee 1.");
    expect(text).not.toContain("Hidden comment on session two");
    expect(text).not.toContain("Two-person comment");
  });
});

describe("session feedback", () => {
  it("sends a visitor to sign in (302), refuses the coordinator (403), and answers 404 where she is not enrolled", async () => {
    const path = feedbackPath(s1);
    const visitor = await new TestClient(app).get(path);
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    expect((await (await signedInClient(app, COORDINATOR)).get(path)).status).toBe(403);
    const client = await signedInClient(app, TRAINEE);
    const before = await lastAuditId();
    for (const p of [feedbackPath(otherCohortSession), feedbackPath(ravennaSession), `/en/t/ravenna/my-training/sessions/${ravennaSession}/feedback`, feedbackPath("not-a-uuid")]) {
      expect((await client.get(p)).status, p).toBe(404);
    }
    expect((await client.post(feedbackPath(otherCohortSession), { rating: "5", comment: "" })).status).toBe(404);
    // The trainer of the session is not enrolled in its cohort.
    expect((await (await signedInClient(app, "trainer.offenbach@eccipa.example")).get(path)).status).toBe(404);
    expect(await auditSince(before, "session_feedback.submit")).toEqual([]);
  });

  it("answers a missing rating or a long comment with 400, keeping what she typed", async () => {
    const client = await signedInClient(app, TRAINEE);
    const noRating = await client.post(feedbackPath(s1), { comment: "Kept comment." });
    expect(noRating.status).toBe(400);
    const html = await noRating.text();
    expect(fieldError(html, "rating")).toBe(t("en", "assessments.errors.ratingRequired"));
    expect(decode(html)).toContain(">Kept comment.</textarea>");
    const long = await client.post(feedbackPath(s1), { rating: "4", comment: "x".repeat(2001) });
    expect(long.status).toBe(400);
    const longHtml = await long.text();
    expect(fieldError(longHtml, "comment")).toBe(t("en", "assessments.errors.commentTooLong"));
    expect(checkedValues(longHtml, "rating")).toEqual(["4"]);
    expect(await getDb().select().from(sessionFeedback).where(eq(sessionFeedback.enrolmentId, myEnrolment))).toEqual([]);
  });

  it("takes no feedback on a session that has not taken place", async () => {
    const client = await signedInClient(app, TRAINEE);
    const page = decode(await (await client.get(feedbackPath(future))).text());
    expect(page).toContain(t("en", "assessments.feedbackNotYet"));
    expect(page).not.toContain('name="rating"');
    expect((await client.post(feedbackPath(future), { rating: "5", comment: "" })).status).toBe(400);
    expect(await getDb().select().from(sessionFeedback).where(eq(sessionFeedback.sessionId, future))).toEqual([]);
  });

  it("saves (303), replaces on a second submit, and audits without rating or comment", async () => {
    const client = await signedInClient(app, TRAINEE);
    const before = await lastAuditId();
    const first = await client.post(feedbackPath(s1), { rating: "2", comment: "Secret feedback words." });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`${feedbackPath(s1)}?saved=1`);
    expect((await client.post(feedbackPath(s1), { rating: "2", comment: "Secret feedback words." })).status).toBe(303);
    expect((await client.post(feedbackPath(s1), { rating: "5", comment: "Changed my mind." })).status).toBe(303);
    const rows = await getDb()
      .select({ rating: sessionFeedback.rating, comment: sessionFeedback.comment })
      .from(sessionFeedback)
      .where(and(eq(sessionFeedback.sessionId, s1), eq(sessionFeedback.enrolmentId, myEnrolment)));
    expect(rows).toEqual([{ rating: 5, comment: "Changed my mind." }]);
    const audit = await auditSince(before, "session_feedback.submit");
    expect(audit).toHaveLength(3);
    expect(audit[0]).toMatchObject({ objectType: "training_session", objectId: s1, actorUserId: await userId(TRAINEE) });
    const log = await auditTextSince(before);
    expect(log).not.toContain("Secret feedback");
    expect(log).not.toContain("Changed my mind");
    const page = await client.get(`${feedbackPath(s1)}?saved=1`);
    const html = await page.text();
    expect(decode(html)).toContain(t("en", "assessments.feedbackSaved"));
    expect(checkedValues(html, "rating")).toEqual(["5"]);
    // Her rating now counts in the module's mean: (5+4+4+3+5+5)/6.
    const insights = await (await signedInClient(app, COORDINATOR)).get(insightsPath(cohortId)).then((r) => r.text());
    expect(rowOf(insights, "Modul Eins: interkulturelle Kommunikation")).toMatch(/\|6\|6\|4\.33\|$/);
  });
});

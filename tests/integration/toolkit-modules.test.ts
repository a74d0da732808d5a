// Toolkit modules through the real routes: refusals first (302 sign-in, 404 other territory or
// unknown module, 403 wrong role, 400 bad input keeping what was typed), then create, edit, move
// and delete with their audit entries; a double submit adds one module; the demo Toolkit.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { finding, moduleCompetence, moduleContribution, moduleFinding, programme, territory, toolkit, trainingModule } from "~/db/schema";
import { DEMO_MODULES, seedDemoToolkit } from "~/demo/demo-toolkit";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { checkedValues, decode, fieldError, inputValue, t } from "../support/pages";
import { addCompetence, addContribution, demoFinding, programmeIdOf } from "../support/toolkit";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/toolkit";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);
const coordinator = () => signedIn("coordinator.offenbach@eccipa.example");

const fields = (over: Record<string, string | string[]> = {}) => ({
  intent: "save",
  title: "Explaining the residence permit",
  summary: "",
  learningOutcomes: "Participants can explain the steps.\nParticipants can name the documents.",
  "methods[]": ["face_to_face", "role_play"],
  durationMinutes: "90",
  trainerNotes: "Bring the form.",
  ...over,
});

async function moduleCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(trainingModule);
  return n;
}

async function moduleIdByTitle(title: string): Promise<string> {
  const [row] = await getDb().select({ id: trainingModule.id }).from(trainingModule).where(eq(trainingModule.title, title));
  return row.id;
}

describe("Toolkit modules", () => {
  let demoModule: string;
  let foreignModule: string;

  beforeAll(async () => {
    demoModule = await moduleIdByTitle(DEMO_MODULES[0].title);
    // Another programme with a Toolkit of its own: its module is not found from Offenbach.
    const [other] = await getDb().insert(programme).values({ slug: "other-programme", name: "Other programme" }).returning({ id: programme.id });
    const [kit] = await getDb().insert(toolkit).values({ programmeId: other.id, title: "Other Toolkit", language: "en" }).returning({ id: toolkit.id });
    const [m] = await getDb()
      .insert(trainingModule)
      .values({ toolkitId: kit.id, title: "Foreign module", durationMinutes: 60, learningOutcomes: ["x"], methods: ["case_study"] })
      .returning({ id: trainingModule.id });
    foreignModule = m.id;
  });

  it("sends a visitor to sign in (302)", async () => {
    for (const path of [BASE, `${BASE}/needs`, `${BASE}/modules/new`, `${BASE}/modules/${demoModule}`, `${BASE}/modules/${demoModule}/edit`]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers 404 to a member of another territory, and for a module of another programme or no module", async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    for (const path of [BASE, `${BASE}/modules/${demoModule}`, `${BASE}/modules/new`]) expect((await ravenna.get(path)).status, path).toBe(404);
    expect((await ravenna.post(`${BASE}/modules/new`, fields({ title: "Sneaked in" }))).status).toBe(404);
    const own = await coordinator();
    expect((await own.get(`${BASE}/modules/${foreignModule}`)).status).toBe(404);
    expect((await own.get(`${BASE}/modules/${foreignModule}/edit`)).status).toBe(404);
    expect((await own.post(`${BASE}/modules/${foreignModule}/edit`, fields({ title: "Taken over" }))).status).toBe(404);
    expect((await own.get(`${BASE}/modules/not-a-uuid`)).status).toBe(404);
    const [row] = await getDb().select({ title: trainingModule.title }).from(trainingModule).where(eq(trainingModule.id, foreignModule));
    expect(row.title).toBe("Foreign module");
  });

  it("lets trainers read the Toolkit but not change it (403), and shows trainees nothing of it (403)", async () => {
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    expect((await trainer.get(BASE)).status).toBe(200);
    expect((await trainer.get(`${BASE}/modules/${demoModule}`)).status).toBe(200);
    expect((await trainer.get(`${BASE}/modules/new`)).status).toBe(403);
    expect((await trainer.post(`${BASE}/modules/new`, fields({ title: "By a trainer" }))).status).toBe(403);
    expect((await trainer.post(`${BASE}/modules/${demoModule}/edit`, { intent: "delete", confirm: "yes" })).status).toBe(403);
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    expect((await trainee.get(BASE)).status).toBe(403);
    expect(await moduleIdByTitle(DEMO_MODULES[0].title)).toBe(demoModule);
  });

  it("refuses bad input with 400 and keeps what was typed", async () => {
    const client = await coordinator();
    const before = await moduleCount();
    const response = await client.post(`${BASE}/modules/new`, fields({ title: "Kept title", learningOutcomes: " \n ", "methods[]": [], durationMinutes: "ninety" }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "learningOutcomes")).toBe(t("en", "toolkit.errors.outcomesRequired"));
    expect(fieldError(html, "methods[]")).toBe(t("en", "toolkit.errors.methodsRequired"));
    expect(fieldError(html, "durationMinutes")).toBe(t("en", "errors.wholeNumber"));
    expect(inputValue(html, "title")).toBe("Kept title");
    expect(inputValue(html, "durationMinutes")).toBe("ninety");
    const tooLong = await client.post(`${BASE}/modules/new`, fields({ durationMinutes: "2401" }));
    expect(tooLong.status).toBe(400);
    expect(fieldError(await tooLong.text(), "durationMinutes")).toBe(t("en", "toolkit.errors.durationTooLong"));
    expect(await moduleCount()).toBe(before);
  });

  it("refuses (400) a finding that is not validated, a competence of another programme and a contribution of another programme, keeping the ticks", async () => {
    const client = await coordinator();
    const [offenbach] = await getDb().select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
    const [draft] = await getDb().insert(finding).values({ territoryId: offenbach.id, kind: "need", priority: "low", statement: "A draft finding nobody validated yet." }).returning({ id: finding.id });
    const foreignCompetence = await addCompetence("other-programme", "foreign-skill", { en: "Foreign skill" });
    const validated = await demoFinding("offenbach", 2);
    const before = await moduleCount();
    const response = await client.post(`${BASE}/modules/new`, fields({ "findingIds[]": [validated.id, draft.id], "competenceIds[]": [foreignCompetence], "contributionIds[]": ["00000000-0000-4000-8000-000000000000"] }));
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(fieldError(html, "findingIds[]")).toBe(t("en", "toolkit.errors.findingUnknown"));
    expect(fieldError(html, "competenceIds[]")).toBe(t("en", "toolkit.errors.competenceUnknown"));
    expect(fieldError(html, "contributionIds[]")).toBe(t("en", "toolkit.errors.contributionUnknown"));
    // The draft is not even offered; the validated one stays ticked.
    expect(html).not.toContain(`value="${draft.id}"`);
    expect(checkedValues(html, "findingIds[]")).toEqual([validated.id]);
    expect(await moduleCount()).toBe(before);
  });

  it("creates a module at the end with its links (302) and audits it; a double submit adds it once", async () => {
    const client = await coordinator();
    const skill = await addCompetence("eccipa", "test-plain-language", { en: "Plain language", de: "Einfache Sprache" });
    const need = await demoFinding("offenbach", 2);
    const ravennaNeed = await demoFinding("ravenna", 1);
    const contribution = await addContribution("ravenna", { theme: "Invented theme: information", heldOn: "2022-03-10", proposal: "Invented proposal: a course on the permit rules.", points: [3, 2] });
    const since = await lastAuditId();
    const before = await moduleCount();
    const body = fields({
      title: "Double-submitted module",
      "competenceIds[]": [skill],
      "findingIds[]": [need.id, ravennaNeed.id],
      "contributionIds[]": [contribution],
    });
    const responses = await Promise.all([client.post(`${BASE}/modules/new`, body), client.post(`${BASE}/modules/new`, body)]);
    expect(await moduleCount()).toBe(before + 1);
    const id = await moduleIdByTitle("Double-submitted module");
    // Both land on the one module.
    expect(responses.map((r) => [r.status, r.headers.get("location")])).toEqual([
      [302, `${BASE}/modules/${id}`],
      [302, `${BASE}/modules/${id}`],
    ]);
    // The same title with other content is another module: refused, keeping what was typed.
    const namesake = await client.post(`${BASE}/modules/new`, { ...body, durationMinutes: "45" });
    expect(namesake.status).toBe(400);
    const namesakeHtml = await namesake.text();
    expect(fieldError(namesakeHtml, "title")).toBe(t("en", "toolkit.errors.titleTaken"));
    expect(inputValue(namesakeHtml, "durationMinutes")).toBe("45");
    expect(await moduleCount()).toBe(before + 1);
    const [row] = await getDb().select().from(trainingModule).where(eq(trainingModule.id, id));
    expect(row).toMatchObject({ learningOutcomes: ["Participants can explain the steps.", "Participants can name the documents."], methods: ["face_to_face", "role_play"], durationMinutes: 90 });
    expect(row.position).toBe(DEMO_MODULES.length); // after the demo's eight
    const links = await Promise.all([
      getDb().select().from(moduleCompetence).where(eq(moduleCompetence.moduleId, id)),
      getDb().select().from(moduleFinding).where(eq(moduleFinding.moduleId, id)),
      getDb().select().from(moduleContribution).where(eq(moduleContribution.moduleId, id)),
    ]);
    expect(links.map((l) => l.length)).toEqual([1, 2, 1]);
    const audit = await auditSince(since, "toolkit.module.create");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: id, objectType: "training_module", details: { title: "Double-submitted module", competences: 1, needs: 2, contributions: 1 } });

    const page = decode(await (await client.get(`${BASE}/modules/${id}`)).text());
    expect(page).toContain("Plain language");
    expect(page).toContain(t("en", "toolkit.method.role_play"));
    expect(page).toContain("Invented proposal: a course on the permit rules.");
    expect(page).toContain(t("en", "toolkit.contributionFrom", { theme: "Invented theme: information", territory: "City of Ravenna", date: "10 Mar 2022" }));
    expect(page).toContain("5 points");
    // The competence is named in the page language where it has one.
    expect(decode(await (await client.get(`/de/t/offenbach/toolkit/modules/${id}`)).text())).toContain("Einfache Sprache");
  });

  it("edits a module (302 with a notice), refuses a title another module has (400), and audits the change", async () => {
    const client = await coordinator();
    const id = await moduleIdByTitle("Double-submitted module");
    const taken = await client.post(`${BASE}/modules/${id}/edit`, fields({ title: DEMO_MODULES[1].title.toUpperCase() }));
    expect(taken.status).toBe(400);
    expect(fieldError(await taken.text(), "title")).toBe(t("en", "toolkit.errors.titleTaken"));
    const since = await lastAuditId();
    const saved = await client.post(`${BASE}/modules/${id}/edit`, fields({ title: "Edited module", durationMinutes: "120", "methods[]": ["study_visit"] }));
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toBe(`${BASE}/modules/${id}?saved=1`);
    const [row] = await getDb().select().from(trainingModule).where(eq(trainingModule.id, id));
    expect(row).toMatchObject({ title: "Edited module", durationMinutes: 120, methods: ["study_visit"] });
    // Unticked links are gone.
    const [{ n }] = await getDb().select({ n: count() }).from(moduleFinding).where(eq(moduleFinding.moduleId, id));
    expect(n).toBe(0);
    expect(await auditSince(since, "toolkit.module.update")).toHaveLength(1);
    expect(decode(await (await client.get(`${BASE}/modules/${id}?saved=1`)).text())).toContain(t("en", "toolkit.moduleSaved"));
  });

  it("moves a module up and down, and audits each move", async () => {
    const client = await coordinator();
    const ids = await getDb().select({ id: trainingModule.id, position: trainingModule.position }).from(trainingModule).innerJoin(toolkit, eq(toolkit.id, trainingModule.toolkitId)).innerJoin(programme, eq(programme.id, toolkit.programmeId)).where(eq(programme.slug, "eccipa")).orderBy(trainingModule.position);
    const [first, second] = ids;
    const since = await lastAuditId();
    expect((await client.post(BASE, { intent: "move", moduleId: second.id, direction: "up" })).status).toBe(200);
    const html = await (await client.get(BASE)).text();
    expect(html.indexOf(`module-${second.id}`)).toBeLessThan(html.indexOf(`module-${first.id}`));
    expect((await client.post(BASE, { intent: "move", moduleId: second.id, direction: "down" })).status).toBe(200);
    expect(await auditSince(since, "toolkit.module.move")).toHaveLength(2);
    // Up from the top changes nothing; an unknown module is a 400.
    expect((await client.post(BASE, { intent: "move", moduleId: first.id, direction: "up" })).status).toBe(200);
    expect(await auditSince(since, "toolkit.module.move")).toHaveLength(2);
    expect((await client.post(BASE, { intent: "move", moduleId: foreignModule, direction: "up" })).status).toBe(400);
    expect((await client.post(BASE, { intent: "move", moduleId: first.id, direction: "sideways" })).status).toBe(400);
  });

  it("deletes a module in two steps, says so once gone, and audits it", async () => {
    const client = await coordinator();
    const id = await moduleIdByTitle("Edited module");
    const asked = await client.post(`${BASE}/modules/${id}/edit`, { intent: "delete" });
    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(t("en", "toolkit.confirmDeleteTitle"));
    expect(await moduleIdByTitle("Edited module")).toBe(id);
    const since = await lastAuditId();
    const deleted = await client.post(`${BASE}/modules/${id}/edit`, { intent: "delete", confirm: "yes" });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe(`${BASE}?deleted=1`);
    const again = await client.post(`${BASE}/modules/${id}/edit`, { intent: "delete", confirm: "yes" });
    expect(again.headers.get("location")).toBe(`${BASE}?deleted=0`);
    const audit = await auditSince(since, "toolkit.module.delete");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: id, details: { title: "Edited module" } });
    expect((await client.get(`${BASE}/modules/${id}`)).status).toBe(404);
  });

  it("creates the programme's Toolkit with its first module when there is none", async () => {
    const db = getDb();
    const id = await programmeIdOf();
    await db.delete(toolkit).where(eq(toolkit.programmeId, id));
    const client = await coordinator();
    expect(decode(await (await client.get(BASE)).text())).toContain(t("en", "toolkit.noModules"));
    const created = await client.post(`${BASE}/modules/new`, fields({ title: "First of a new Toolkit" }));
    expect(created.status).toBe(302);
    const kits = await db.select().from(toolkit).where(eq(toolkit.programmeId, id));
    expect(kits).toHaveLength(1);
    expect(kits[0]).toMatchObject({ territoryId: null, title: t("en", "toolkit.defaultTitle"), language: "en" });
    // The demo seed fills it up again, and a second run adds nothing.
    await seedDemoToolkit(db, id);
    await seedDemoToolkit(db, id);
    const [{ n }] = await db.select({ n: count() }).from(trainingModule).where(eq(trainingModule.toolkitId, kits[0].id));
    expect(n).toBe(DEMO_MODULES.length + 1);
    const [{ links }] = await db
      .select({ links: count() })
      .from(moduleFinding)
      .innerJoin(trainingModule, eq(trainingModule.id, moduleFinding.moduleId))
      .where(and(eq(trainingModule.toolkitId, kits[0].id)));
    expect(links).toBe(DEMO_MODULES.reduce((sum, m) => sum + m.needs.length, 0));
  });

  it("uses a territory's own Toolkit instead of the programme's when it has one", async () => {
    const db = getDb();
    const [ravenna] = await db.select({ id: territory.id, programmeId: territory.programmeId }).from(territory).where(eq(territory.slug, "ravenna"));
    await db.insert(toolkit).values({ programmeId: ravenna.programmeId, territoryId: ravenna.id, title: "Toolkit di Ravenna", language: "it" });
    const client = await signedIn("coordinator.ravenna@eccipa.example");
    const html = decode(await (await client.get("/it/t/ravenna/toolkit")).text());
    expect(html).toContain("Toolkit di Ravenna");
    expect(html).toContain(t("it", "toolkit.noModules"));
    // Offenbach still works with the programme's.
    expect(decode(await (await (await coordinator()).get(BASE)).text())).toContain(DEMO_MODULES[0].title);
  });
});

// The competence framework: the default one in every programme, the admins' pages (add, edit in
// four languages, delete unless in use) and the territory's read-only view. Refusals first.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createAccountWithPassword } from "~/auth/auth.server";
import { getDb } from "~/db/client.server";
import { auditLog, cohort, competence, competenceLevel, enrolment, moduleCompetence, programme, programmeMember, selfAssessment, selfAssessmentRating, territory, toolkit, trainingModule } from "~/db/schema";
import { countCompetenceUse, installDefaultFramework, listCompetences } from "~/features/competences/competences.server";
import { DEFAULT_FRAMEWORK } from "~/features/competences/default-framework";
import { createProgramme } from "~/features/programmes/programmes.server";
import { signedInClient, startApp, TestClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { decode, fieldError, inputValue, LANGS, t } from "../support/pages";

/** The success notice of a page (the catalog travels with every page, so its text alone proves nothing). */
/** The competences' names as the page shows them (headings), not as its hydration data carries them. */
function headings(html: string): string[] {
  return [...html.matchAll(/<h3 id="competence-[^"]+">([\s\S]*?)<\/h3>/g)].map((m) => decode(m[1]));
}

function notice(html: string): string | undefined {
  const match = html.match(/<div class="alert alert--success" role="status">([\s\S]*?)<\/div>/);
  return match ? decode(match[1]) : undefined;
}

let app: Awaited<ReturnType<typeof startApp>>;
const ADMIN = "admin@eccipa.example";
const BASE = "/en/p/eccipa/competences";
const OTHER_ADMIN = "admin@other-programme.example";
let eccipaId: string;
let other: { id: string; competenceId: string };

beforeAll(async () => {
  app = await startApp();
  const db = getDb();
  [{ id: eccipaId }] = await db.select({ id: programme.id }).from(programme).where(eq(programme.slug, "eccipa"));
  // Another programme with its own admin: the two must not see each other's framework.
  const created = await createProgramme(db, { actor: null, slug: "other-programme", name: "Other programme", via: "test" });
  const account = await createAccountWithPassword({ email: OTHER_ADMIN, name: "Other Admin (invented)", password: "demo-password-2026", language: "en" });
  await db.insert(programmeMember).values({ programmeId: created.id, userId: account.id, role: "programme_admin" });
  const [c] = await db.select({ id: competence.id }).from(competence).where(eq(competence.programmeId, created.id)).limit(1);
  other = { id: created.id, competenceId: c.id };
});

const signedIn = (email: string) => signedInClient(app, email);

async function competenceId(programmeId: string, key: string): Promise<string> {
  const [row] = await getDb().select({ id: competence.id }).from(competence).where(and(eq(competence.programmeId, programmeId), eq(competence.key, key)));
  if (!row) throw new Error(`no competence ${key}`);
  return row.id;
}

async function competencesOf(programmeId: string): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(competence).where(eq(competence.programmeId, programmeId));
  return n;
}

/** Every field of the form, empty, with a group: tests override what they need. */
function form(fields: Record<string, string>): Record<string, string> {
  const empty: Record<string, string> = { group: "skills", escoUri: "", position: "" };
  for (const lang of LANGS) {
    empty[`name_${lang}`] = "";
    empty[`description_${lang}`] = "";
    for (const level of [1, 2, 3]) empty[`level${level}_${lang}`] = "";
  }
  return { ...empty, ...fields };
}

describe("the competence framework", () => {
  it("sends visitors to sign in (302), hides it from other programmes (404) and refuses territory members and experts (403)", async () => {
    const intercultural = await competenceId(eccipaId, "intercultural-competence");
    const paths = [BASE, `${BASE}/${intercultural}`];
    for (const path of [...paths, "/en/t/offenbach/competences"]) expect((await new TestClient(app).get(path)).status, path).toBe(302);
    const outsider = await signedIn(OTHER_ADMIN);
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const expert = await signedIn("expert@eccipa.example");
    for (const path of paths) {
      expect((await outsider.get(path)).status, path).toBe(404);
      expect((await outsider.post(path, form({ intent: "update", name_en: "Taken over" }))).status, path).toBe(404);
      expect((await coordinator.get(path)).status, path).toBe(403);
      expect((await coordinator.post(path, form({ intent: "create", name_en: "By a coordinator" }))).status, path).toBe(403);
      expect((await expert.get(path)).status, path).toBe(403);
    }
    // Another programme's competence under this programme's URL is not found, and stays as it was.
    const admin = await signedIn(ADMIN);
    expect((await admin.get(`${BASE}/${other.competenceId}`)).status).toBe(404);
    expect((await admin.post(`${BASE}/${other.competenceId}`, { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect((await admin.post(`${BASE}/${other.competenceId}`, form({ intent: "update", name_en: "Hijacked" }))).status).toBe(404);
    expect((await admin.get(`${BASE}/not-a-uuid`)).status).toBe(404);
    expect((await getDb().select().from(competence).where(eq(competence.id, other.competenceId))).length).toBe(1);
    expect(await competencesOf(other.id)).toBe(DEFAULT_FRAMEWORK.length);
    // The territory view: members with the Toolkit in their work; not trainees, not other territories.
    expect((await (await signedIn("trainee.offenbach@eccipa.example")).get("/en/t/offenbach/competences")).status).toBe(403);
    expect((await (await signedIn("committee.offenbach@eccipa.example")).get("/en/t/offenbach/competences")).status).toBe(403);
    expect((await (await signedIn("coordinator.ravenna@eccipa.example")).get("/en/t/offenbach/competences")).status).toBe(404);
  });

  it("gives the demo programme the default framework, listed by group with every level, in the page's language", async () => {
    expect(await competencesOf(eccipaId)).toBe(DEFAULT_FRAMEWORK.length);
    const [{ n }] = await getDb()
      .select({ n: count() })
      .from(competenceLevel)
      .innerJoin(competence, eq(competence.id, competenceLevel.competenceId))
      .where(eq(competence.programmeId, eccipaId));
    expect(n).toBe(DEFAULT_FRAMEWORK.length * 3);
    const admin = await signedIn(ADMIN);
    const raw = await (await admin.get("/de/p/eccipa/competences")).text();
    const html = decode(raw);
    expect(headings(raw).sort()).toEqual(DEFAULT_FRAMEWORK.map((c) => c.name.de).sort());
    for (const c of DEFAULT_FRAMEWORK) expect(html).toContain(`<dd>${c.levels[2].de}</dd>`);
    for (const group of ["values", "attitudes", "skills", "knowledge"]) expect(html).toContain(`>${t("de", `competences.groups.${group}`)}</h2>`);
    // Values come first, knowledge last, whatever the positions say.
    expect(html.indexOf(DEFAULT_FRAMEWORK.find((c) => c.group === "values")!.name.de)).toBeLessThan(html.indexOf(DEFAULT_FRAMEWORK.find((c) => c.group === "knowledge")!.name.de));
    // The same through the function other modules use: levels 1–3 for each, no query per row.
    const listed = await listCompetences(getDb(), { programmeId: eccipaId });
    expect(listed.map((c) => c.levels.map((l) => l.level))).toEqual(listed.map(() => [1, 2, 3]));
    expect(listed.find((c) => c.key === "diversity-management")?.levels[0].descriptor.it).toBe(DEFAULT_FRAMEWORK.find((c) => c.key === "diversity-management")!.levels[0].it);
    // Installing again adds nothing and writes no audit entry.
    const before = await lastAuditId();
    expect(await installDefaultFramework(getDb(), { programmeId: eccipaId, actor: null })).toBe(0);
    expect(await lastAuditId()).toBe(before);
  });

  it("installs the default framework with every new programme, audited", async () => {
    expect(await competencesOf(other.id)).toBe(DEFAULT_FRAMEWORK.length);
    const entries = await getDb()
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.programmeId, other.id), eq(auditLog.action, "competence_framework.install_default")));
    expect(entries).toHaveLength(1);
    expect((entries[0].details as { keys: string[] }).keys.sort()).toEqual(DEFAULT_FRAMEWORK.map((c) => c.key).sort());
  });

  it("answers invalid competences with 400 and translated errors, keeping what was typed", async () => {
    const admin = await signedIn(ADMIN);
    for (const lang of LANGS) {
      const path = `/${lang}/p/eccipa/competences`;
      const bad = await admin.post(path, form({ intent: "create", group: "feelings", escoUri: "https://example.org/esco/skill/1", position: "-3", description_de: "bleibt stehen", level2_it: "resta scritto" }));
      expect(bad.status, lang).toBe(400);
      const html = await bad.text();
      expect(fieldError(html, "name_en"), lang).toBe(t(lang, "competences.errors.nameRequired"));
      expect(fieldError(html, "group"), lang).toBe(t(lang, "errors.choose"));
      expect(fieldError(html, "escoUri"), lang).toBe(t(lang, "competences.errors.escoUri"));
      expect(fieldError(html, "position"), lang).toBe(t(lang, "competences.errors.position"));
      expect(inputValue(html, "escoUri"), lang).toBe("https://example.org/esco/skill/1");
      expect(decode(html)).toContain("bleibt stehen");
      expect(decode(html)).toContain("resta scritto");
      // A name another competence has in that language (in another case) is taken.
      const taken = await admin.post(path, form({ intent: "create", name_it: "COMPETENZA INTERCULTURALE" }));
      expect(taken.status, lang).toBe(400);
      expect(fieldError(await taken.text(), "name_it"), lang).toBe(t(lang, "competences.errors.nameTaken"));
    }
    expect(await competencesOf(eccipaId)).toBe(DEFAULT_FRAMEWORK.length);
  });

  it("adds a competence once however often the form is sent, audited, with a key made from its name", async () => {
    const admin = await signedIn(ADMIN);
    const before = await lastAuditId();
    const fields = form({ intent: "create", name_de: "Konfliktlösung am Schalter", group: "skills", level1_de: "Bleibt ruhig.", escoUri: "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000000" });
    const first = await admin.post(BASE, fields);
    expect(first.status).toBe(200);
    expect(notice(await first.text())).toBe(t("en", "competences.added"));
    const again = await admin.post(BASE, fields);
    expect(again.status).toBe(400);
    expect(fieldError(await again.text(), "name_de")).toBe(t("en", "competences.errors.nameTaken"));
    const rows = await getDb().select().from(competence).where(and(eq(competence.programmeId, eccipaId), eq(competence.key, "konfliktlosung-am-schalter")));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ group: "skills", name: { de: "Konfliktlösung am Schalter" }, escoUri: fields.escoUri });
    const [created] = await auditSince(before, "competence.create");
    expect(created).toMatchObject({ programmeId: eccipaId, territoryId: null, objectId: rows[0].id, actorUserId: await userId(ADMIN) });
    expect(created.details).toMatchObject({ key: "konfliktlosung-am-schalter" });
    expect(await auditSince(before, "competence.create")).toHaveLength(1);
  });

  it("shows territory members the framework in their language, another language marked where one is missing, and no way to edit it", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const page = await partner.get("/it/t/offenbach/competences");
    expect(page.status).toBe(200);
    const raw = await page.text();
    const html = decode(raw);
    // Written in German only: shown in German, marked as such; the others in Italian.
    expect(headings(raw).sort()).toEqual([...DEFAULT_FRAMEWORK.map((c) => c.name.it), '<span lang="de">Konfliktlösung am Schalter</span>'].sort());
    expect(html).toContain("Distretto di Offenbach");
    expect(html).not.toContain("/p/eccipa/competences");
    // Trainers read it too; nobody writes through it.
    expect((await (await signedIn("trainer.offenbach@eccipa.example")).get("/es/t/offenbach/competences")).status).toBe(200);
  });

  it("edits a competence's texts, group, ESCO link, position and levels, audited; the key stays", async () => {
    const admin = await signedIn(ADMIN);
    const id = await competenceId(eccipaId, "konfliktlosung-am-schalter");
    const path = `${BASE}/${id}`;
    const page = decode(await (await admin.get(path)).text());
    expect(inputValue(page, "name_de")).toBe("Konfliktlösung am Schalter");
    const before = await lastAuditId();
    const saved = await admin.post(
      path,
      form({ intent: "update", name_en: "De-escalation at the counter", name_de: "Deeskalation am Schalter", group: "attitudes", escoUri: "", position: "5", level2_es: "Calma a la persona." }),
    );
    expect(saved.status).toBe(200);
    expect(notice(await saved.text())).toBe(t("en", "competences.saved"));
    const [row] = await getDb().select().from(competence).where(eq(competence.id, id));
    expect(row).toMatchObject({ key: "konfliktlosung-am-schalter", group: "attitudes", escoUri: null, position: 5, name: { en: "De-escalation at the counter", de: "Deeskalation am Schalter" } });
    const levels = await getDb().select().from(competenceLevel).where(eq(competenceLevel.competenceId, id)).orderBy(competenceLevel.level);
    expect(levels.map((l) => l.descriptor)).toEqual([{}, { es: "Calma a la persona." }, {}]);
    const [updated] = await auditSince(before, "competence.update");
    expect(updated.details).toMatchObject({ key: "konfliktlosung-am-schalter" });
    expect((updated.details as { changed: string[] }).changed.sort()).toEqual(["escoUri", "group", "level1", "level2", "name", "position"]);
    // Every name removed: refused, nothing changes.
    const emptied = await admin.post(path, form({ intent: "update", group: "attitudes" }));
    expect(emptied.status).toBe(400);
    expect(fieldError(await emptied.text(), "name_en")).toBe(t("en", "competences.errors.nameRequired"));
    expect((await getDb().select({ name: competence.name }).from(competence).where(eq(competence.id, id)))[0].name).toEqual({ en: "De-escalation at the counter", de: "Deeskalation am Schalter" });
  });

  it("deletes an unused competence after a confirmation, audited, and refuses while a module or a self-assessment uses one", async () => {
    const admin = await signedIn(ADMIN);
    const db = getDb();
    // A Toolkit module that develops one competence, and a self-assessment that rates another.
    const [kit] = await db.insert(toolkit).values({ programmeId: eccipaId, title: "Test toolkit", language: "en" }).returning();
    const [mod] = await db.insert(trainingModule).values({ toolkitId: kit.id, title: "Test module", durationMinutes: 90 }).returning();
    const developed = await competenceId(eccipaId, "cooperation-with-ngos");
    await db.insert(moduleCompetence).values({ moduleId: mod.id, competenceId: developed });
    const [offenbach] = await db.select({ id: territory.id }).from(territory).where(eq(territory.slug, "offenbach"));
    const [group] = await db.insert(cohort).values({ territoryId: offenbach.id, name: "Test cohort", startsOn: "2022-01-10", endsOn: "2022-12-10" }).returning();
    const [enrolled] = await db.insert(enrolment).values({ cohortId: group.id, territoryId: offenbach.id, userId: await userId("trainee.offenbach@eccipa.example") }).returning();
    const [assessment] = await db.insert(selfAssessment).values({ enrolmentId: enrolled.id, territoryId: offenbach.id, phase: "pre" }).returning();
    const rated = await competenceId(eccipaId, "self-reflection-on-bias");
    await db.insert(selfAssessmentRating).values({ assessmentId: assessment.id, competenceId: rated, level: 1 });

    // The demo's Toolkit and self-assessments use them too: the message gives the counts of all uses.
    const developedUse = await countCompetenceUse(db, { competenceId: developed });
    const ratedUse = await countCompetenceUse(db, { competenceId: rated });
    expect(developedUse.modules).toBeGreaterThanOrEqual(1);
    expect(ratedUse.assessments).toBeGreaterThanOrEqual(1);
    for (const lang of LANGS) {
      const refused = await admin.post(`/${lang}/p/eccipa/competences/${developed}`, { intent: "delete", confirm: "yes" });
      expect(refused.status, lang).toBe(400);
      expect(decode(await refused.text()), lang).toContain(t(lang, "competences.errors.inUse", { modules: String(developedUse.modules), assessments: String(developedUse.assessments) }));
    }
    const byAssessment = await admin.post(`${BASE}/${rated}`, { intent: "delete" });
    expect(byAssessment.status).toBe(400);
    expect(decode(await byAssessment.text())).toContain(t("en", "competences.errors.inUse", { modules: String(ratedUse.modules), assessments: String(ratedUse.assessments) }));
    expect((await db.select().from(competence).where(eq(competence.id, developed))).length).toBe(1);
    expect((await db.select().from(competence).where(eq(competence.id, rated))).length).toBe(1);

    // Unused: the first POST only asks.
    const unused = await competenceId(eccipaId, "konfliktlosung-am-schalter");
    const before = await lastAuditId();
    const asked = await admin.post(`${BASE}/${unused}`, { intent: "delete" });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('id="confirm-delete-heading"');
    expect((await db.select().from(competence).where(eq(competence.id, unused))).length).toBe(1);
    const deleted = await admin.post(`${BASE}/${unused}`, { intent: "delete", confirm: "yes" });
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe(`${BASE}?notice=deleted`);
    expect((await db.select().from(competence).where(eq(competence.id, unused))).length).toBe(0);
    expect((await db.select().from(competenceLevel).where(eq(competenceLevel.competenceId, unused))).length).toBe(0);
    // Sent twice (back button): the second finds nothing to delete.
    expect((await admin.post(`${BASE}/${unused}`, { intent: "delete", confirm: "yes" })).status).toBe(404);
    const entries = await auditSince(before, "competence.delete");
    expect(entries).toHaveLength(1);
    expect(entries[0].details).toMatchObject({ key: "konfliktlosung-am-schalter" });
  });

  it("puts back a deleted default competence from the list page, once however often the button is pressed", async () => {
    const admin = await signedIn(ADMIN);
    const id = await competenceId(eccipaId, "diversity-management");
    // The demo's modules and self-assessments use it: free it first, as an admin would.
    await getDb().delete(moduleCompetence).where(eq(moduleCompetence.competenceId, id));
    await getDb().delete(selfAssessmentRating).where(eq(selfAssessmentRating.competenceId, id));
    expect((await admin.post(`${BASE}/${id}`, { intent: "delete", confirm: "yes" })).status).toBe(302);
    expect(await admin.get(BASE).then((r) => r.text())).toContain('id="default-heading"');
    const before = await lastAuditId();
    const first = await admin.post(BASE, { intent: "default" });
    expect(first.status).toBe(200);
    expect(notice(await first.text())).toBe(t("en", "competences.defaultInstalled_one", { count: 1 }));
    expect((await admin.post(BASE, { intent: "default" })).status).toBe(200);
    expect(await competencesOf(eccipaId)).toBe(DEFAULT_FRAMEWORK.length);
    const entries = await auditSince(before, "competence_framework.install_default");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorUserId: await userId(ADMIN), details: { keys: ["diversity-management"] } });
    expect(await admin.get(BASE).then((r) => r.text())).not.toContain('id="default-heading"');
  });
});

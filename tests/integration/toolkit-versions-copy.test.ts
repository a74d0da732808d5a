// Copying a published Toolkit version into a territory's own Toolkit: from the versions page
// (coordinators of the territory) and from the public page (a signed-in coordinator picks one of
// her territories, in any programme). Refusals first; the copy takes modules, competences by key
// (into the target programme's) and links, never needs, contributions or uploaded files; a second
// copy into the same territory is refused (400, translated); other territories see nothing of it.
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { competence, moduleCompetence, moduleContribution, moduleFinding, moduleMaterial, programme, territory, territoryMember, toolkit, trainingModule } from "~/db/schema";
import { findProgrammeToolkit } from "~/features/toolkit/toolkits.server";
import { createVersion, publishVersion } from "~/features/toolkit/versions/versions.server";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { userId } from "../support/needs-review";
import { decode, fieldError, selectedOption, t } from "../support/pages";
import { programmeIdOf } from "../support/toolkit";
import { ensureTestToolkit, TEST_COMPETENCES, TEST_LINK, TEST_MODULE, TEST_MODULE_2 } from "../support/toolkit-versions";

let app: Awaited<ReturnType<typeof startApp>>;
let published: string;
let unpublished: string;

beforeAll(async () => {
  app = await startApp();
  await ensureTestToolkit();
  const db = getDb();
  const own = (await findProgrammeToolkit(db, { programmeId: await programmeIdOf("eccipa") }))!;
  published = (await createVersion(db, { actor: null, territory: null, toolkit: own, note: "" })).id;
  await publishVersion(db, { actor: null, territory: null, toolkit: own, versionId: published });
  // A later change, frozen but not published.
  await db.insert(trainingModule).values({ toolkitId: own.id, title: "Späteres Modul (unveröffentlicht)", durationMinutes: 60, position: 2000 });
  unpublished = (await createVersion(db, { actor: null, territory: null, toolkit: own, note: "" })).id;
});

const signedIn = (email: string) => signedInClient(app, email);

async function ownToolkitsOf(slug: string) {
  return getDb()
    .select({ id: toolkit.id, programmeId: toolkit.programmeId, copiedFromVersionId: toolkit.copiedFromVersionId })
    .from(toolkit)
    .innerJoin(territory, eq(territory.id, toolkit.territoryId))
    .where(eq(territory.slug, slug));
}

async function copiedModules(toolkitId: string) {
  return getDb().select({ id: trainingModule.id, title: trainingModule.title, position: trainingModule.position }).from(trainingModule).where(eq(trainingModule.toolkitId, toolkitId)).orderBy(trainingModule.position);
}

describe("copying a Toolkit version from the versions page", () => {
  const PAGE = "/en/t/offenbach/toolkit/versions";

  it("refuses trainers and technical partners (403), an unpublished version (404), and copies nothing", async () => {
    const before = await lastAuditId();
    for (const email of ["trainer.offenbach@eccipa.example", "partner.offenbach@eccipa.example"]) {
      const client = await signedIn(email);
      expect((await client.post(PAGE, { intent: "copy", versionId: published })).status, email).toBe(403);
    }
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    expect((await coordinator.post(PAGE, { intent: "copy", versionId: unpublished })).status).toBe(404);
    expect((await coordinator.post(PAGE, { intent: "copy", versionId: "not-a-uuid" })).status).toBe(400);
    expect(await ownToolkitsOf("offenbach")).toEqual([]);
    expect(await auditSince(before, "toolkit.copy")).toEqual([]);
  });

  it("makes Offenbach's own Toolkit: modules, competences by key, links; no needs, contributions or files (audited)", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const page = decode(await (await coordinator.get(PAGE)).text());
    expect(page).toContain('name="intent" value="copy"'); // offered on the published version
    const before = await lastAuditId();
    const response = await coordinator.post(PAGE, { intent: "copy", versionId: published });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("en", "toolkitVersions.copied"));
    const [own] = await ownToolkitsOf("offenbach");
    expect(own).toMatchObject({ copiedFromVersionId: published, programmeId: await programmeIdOf("eccipa") });
    const modules = await copiedModules(own.id);
    const titles = modules.map((m) => m.title);
    expect(titles.indexOf(TEST_MODULE)).toBeGreaterThanOrEqual(0);
    expect(titles.indexOf(TEST_MODULE_2)).toBe(titles.indexOf(TEST_MODULE) + 1);
    expect(titles).not.toContain("Späteres Modul (unveröffentlicht)");
    const ids = modules.map((m) => m.id);
    const links = await getDb().select({ key: competence.key, programmeId: competence.programmeId }).from(moduleCompetence).innerJoin(competence, eq(competence.id, moduleCompetence.competenceId)).where(inArray(moduleCompetence.moduleId, ids));
    expect(links.map((l) => l.key)).toEqual(expect.arrayContaining(TEST_COMPETENCES.map((c) => c.key)));
    const materials = await getDb().select({ title: moduleMaterial.title, url: moduleMaterial.url, fileName: moduleMaterial.fileName }).from(moduleMaterial).where(inArray(moduleMaterial.moduleId, ids));
    expect(materials).toContainEqual({ ...TEST_LINK, fileName: null });
    expect(materials.filter((m) => m.fileName !== null)).toEqual([]);
    expect(await getDb().select().from(moduleFinding).where(inArray(moduleFinding.moduleId, ids))).toEqual([]);
    expect(await getDb().select().from(moduleContribution).where(inArray(moduleContribution.moduleId, ids))).toEqual([]);
    const audit = await auditSince(before, "toolkit.copy");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: own.id, objectType: "toolkit", details: { fromVersionId: published, modules: modules.length, competencesMissing: [] } });
  });

  it("refuses a second copy (400, translated) and keeps one own Toolkit", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const before = await lastAuditId();
    const response = await coordinator.post("/de/t/offenbach/toolkit/versions", { intent: "copy", versionId: published });
    expect(response.status).toBe(400);
    expect(decode(await response.text())).toContain(t("de", "toolkitVersions.errors.alreadyOwn"));
    expect(await ownToolkitsOf("offenbach")).toHaveLength(1);
    expect(await auditSince(before, "toolkit.copy")).toEqual([]);
  });

  it("then works with its own Toolkit: the programme's versions are not Offenbach's any more, and Ravenna sees nothing of Offenbach's", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const page = decode(await (await coordinator.get(PAGE)).text());
    expect(page).toContain(t("en", "toolkitVersions.noVersions"));
    expect(page).not.toContain('name="intent" value="copy"');
    expect((await coordinator.get(`${PAGE}/${published}/docx`)).status).toBe(404);
    // Offenbach freezes its own version; Ravenna, still on the programme's Toolkit, cannot reach it.
    expect((await coordinator.post(PAGE, { intent: "create", note: "Unsere Fassung." })).status).toBe(200);
    const html = decode(await (await coordinator.get(PAGE)).text());
    const ownVersion = /\/toolkit\/versions\/([0-9a-f-]{36})\/pdf/.exec(html)?.[1];
    expect(ownVersion).toBeDefined();
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(`/en/t/ravenna/toolkit/versions/${ownVersion}/pdf`)).status).toBe(404);
    expect((await ravenna.get(`/en/t/offenbach/toolkit/versions/${ownVersion}/pdf`)).status).toBe(404);
    expect((await ravenna.get(PAGE)).status).toBe(404);
    expect((await ravenna.get(`/en/t/ravenna/toolkit/versions/${published}/pdf`)).status).toBe(200);
    expect((await new TestClient(app).get(`/en/toolkits/${ownVersion}`)).status).toBe(404);
  });
});

describe("copying a Toolkit version from its public page", () => {
  let otherProgrammeId: string;

  beforeAll(async () => {
    // Giulia Rinaldi (coordinator in Ravenna) also coordinates a territory of another programme,
    // whose framework has one of the two competences.
    const db = getDb();
    const [other] = await db.insert(programme).values({ slug: "testprogramm", name: "Testprogramm (erfunden)" }).returning({ id: programme.id });
    otherProgrammeId = other.id;
    const [testburg] = await db.insert(territory).values({ programmeId: other.id, slug: "testburg", name: "Testburg (erfunden)", countryCode: "DE", languages: ["de"] }).returning({ id: territory.id });
    await db.insert(territoryMember).values({ territoryId: testburg.id, userId: await userId("coordinator.ravenna@eccipa.example"), role: "coordinator" });
    await db.insert(competence).values({ programmeId: other.id, key: TEST_COMPETENCES[0].key, group: "attitudes", name: { de: "Interkulturelle Kompetenz (Testprogramm)" } });
  });

  it("tells a visitor to sign in (401) and copies nothing", async () => {
    const before = await lastAuditId();
    const response = await new TestClient(app).post(`/en/toolkits/${published}`, { intent: "copy", territory: "ravenna" });
    expect(response.status).toBe(401);
    expect(decode(await response.text())).toContain(t("en", "toolkitVersions.errors.signInToUse"));
    expect(await auditSince(before, "toolkit.copy")).toEqual([]);
  });

  it("offers a coordinator her own territories only, and refuses any other (400) or none (400)", async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const html = decode(await (await ravenna.get(`/en/toolkits/${published}`)).text());
    expect(html).toContain('value="ravenna"');
    expect(html).toContain('value="testburg"');
    expect(html).not.toContain('value="offenbach"');
    expect(html).not.toContain('value="cartagena"');
    const before = await lastAuditId();
    const foreign = await ravenna.post(`/en/toolkits/${published}`, { intent: "copy", territory: "cartagena" });
    expect(foreign.status).toBe(400);
    expect(fieldError(decode(await foreign.text()), "territory")).toBe(t("en", "errors.choose"));
    const none = await ravenna.post(`/en/toolkits/${published}`, { intent: "copy", territory: "" });
    expect(none.status).toBe(400);
    // A technical partner is no coordinator: nothing to offer, and a forged choice is refused.
    const partner = await signedIn("partner.ravenna@eccipa.example");
    expect(decode(await (await partner.get(`/en/toolkits/${published}`)).text())).not.toContain('name="territory"');
    expect((await partner.post(`/en/toolkits/${published}`, { intent: "copy", territory: "ravenna" })).status).toBe(400);
    expect((await ravenna.post(`/en/toolkits/${unpublished}`, { intent: "copy", territory: "ravenna" })).status).toBe(404);
    expect(await auditSince(before, "toolkit.copy")).toEqual([]);
    expect(await ownToolkitsOf("ravenna")).toEqual([]);
  });

  it("copies into a territory of another programme (303), linking the competences that programme has", async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const before = await lastAuditId();
    const response = await ravenna.post(`/en/toolkits/${published}`, { intent: "copy", territory: "testburg" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/en/t/testburg/toolkit/versions?copied=1");
    const [own] = await ownToolkitsOf("testburg");
    expect(own).toMatchObject({ programmeId: otherProgrammeId, copiedFromVersionId: published });
    const ids = (await copiedModules(own.id)).map((m) => m.id);
    const links = await getDb().select({ programmeId: competence.programmeId, key: competence.key }).from(moduleCompetence).innerJoin(competence, eq(competence.id, moduleCompetence.competenceId)).where(inArray(moduleCompetence.moduleId, ids));
    expect(links).toEqual([{ programmeId: otherProgrammeId, key: TEST_COMPETENCES[0].key }]);
    const audit = await auditSince(before, "toolkit.copy");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ programmeId: otherProgrammeId, details: { competencesMissing: expect.arrayContaining([TEST_COMPETENCES[1].key]) } });
    const landing = decode(await (await ravenna.get("/en/t/testburg/toolkit/versions?copied=1")).text());
    expect(landing).toContain(t("en", "toolkitVersions.copied"));
    expect(landing).toContain(t("en", "toolkitVersions.inUseCopy", { title: "" }).split("”")[1]);
  });

  it("refuses the same copy again (400, translated), keeping the choice", async () => {
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const before = await lastAuditId();
    const response = await ravenna.post(`/it/toolkits/${published}`, { intent: "copy", territory: "testburg" });
    expect(response.status).toBe(400);
    const html = decode(await response.text());
    expect(fieldError(html, "territory")).toBe(t("it", "toolkitVersions.errors.alreadyOwn"));
    expect(selectedOption(html, "territory")).toBe("testburg");
    expect(await ownToolkitsOf("testburg")).toHaveLength(1);
    expect(await auditSince(before, "toolkit.copy")).toEqual([]);
  });
});

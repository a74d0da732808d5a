// Toolkit versions through the real routes: refusals first (302, 404, 403, 400), then freezing a
// version (a second click adds nothing), publishing in two steps, the public page and its files
// (404 while unpublished), members' downloads of any version, and the key result. A version holds
// no personal data and no wording of the needs and contributions its modules answer.
import { and, desc, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { DEMO_ACCOUNTS } from "~/demo/demo-data";
import { finding, moduleFinding, programme, toolkit, toolkitVersion, trainingModule } from "~/db/schema";
import { seedDemoToolkitVersions } from "~/demo/demo-toolkit-versions";
import { countPublishedToolkitVersions } from "~/features/toolkit/versions/versions.server";
import { startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { decode, fieldError, type Lang, t } from "../support/pages";
import { docxText, pdfInfo, pdfText } from "../support/report-files";
import { programmeIdOf } from "../support/toolkit";
import { ensureTestToolkit, SECRET_PROPOSAL, TEST_FILE, TEST_LINK, TEST_MODULE, TEST_MODULE_2 } from "../support/toolkit-versions";

let app: Awaited<ReturnType<typeof startApp>>;
let toolkitId: string;
/** The language the Toolkit is written in: the demo's (en) when the demo has one, else the test's (de). */
let kitLang: Lang;
const PAGE = "/en/t/offenbach/toolkit/versions";

beforeAll(async () => {
  app = await startApp();
  toolkitId = await ensureTestToolkit();
  const [kit] = await getDb().select({ language: toolkit.language }).from(toolkit).where(eq(toolkit.id, toolkitId));
  kitLang = kit.language as Lang;
});

const signedIn = (email: string) => signedInClient(app, email);
const coordinator = () => signedIn("coordinator.offenbach@eccipa.example");

async function versionsOfToolkit() {
  return getDb().select({ id: toolkitVersion.id, number: toolkitVersion.number, publishedAt: toolkitVersion.publishedAt }).from(toolkitVersion).where(eq(toolkitVersion.toolkitId, toolkitId)).orderBy(desc(toolkitVersion.number));
}

/** Strings no version may hold: members' names and emails, the wording of the needs and the contribution its modules answer. */
async function privateStrings(): Promise<string[]> {
  const needs = await getDb().select({ statement: finding.statement }).from(moduleFinding).innerJoin(finding, eq(finding.id, moduleFinding.findingId));
  expect(needs.length).toBeGreaterThan(0);
  return [...DEMO_ACCOUNTS.flatMap((a) => [a.name, a.email]), ...needs.map((n) => n.statement), SECRET_PROPOSAL];
}

function expectNone(text: string, secrets: string[]) {
  expect(secrets.filter((s) => text.toLowerCase().includes(s.toLowerCase()))).toEqual([]);
}

describe("Toolkit versions", () => {
  let versionId: string;
  let number: number;

  it("sends a visitor to sign in (302)", async () => {
    const [any] = await versionsOfToolkit();
    for (const path of [PAGE, `${PAGE}/${any?.id ?? "00000000-0000-4000-8000-000000000000"}/docx`]) {
      const response = await new TestClient(app).get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it("answers 404 to a member of another territory, and freezes nothing", async () => {
    const cartagena = await signedIn("coordinator.cartagena@eccipa.example");
    const before = await lastAuditId();
    expect((await cartagena.get(PAGE)).status).toBe(404);
    expect((await cartagena.post(PAGE, { intent: "create", note: "" })).status).toBe(404);
    expect(await auditSince(before, "toolkit.version.create")).toEqual([]);
  });

  it("refuses trainees (403), trainers on freezing (403), technical partners on publishing (403)", async () => {
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    expect((await trainee.get(PAGE)).status).toBe(403);
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    const trainerPage = decode(await (await trainer.get(PAGE)).text());
    expect(trainerPage).not.toContain('id="create-version-heading"');
    expect((await trainer.post(PAGE, { intent: "create", note: "" })).status).toBe(403);
    const partner = await signedIn("partner.offenbach@eccipa.example");
    expect(decode(await (await partner.get(PAGE)).text())).toContain('id="create-version-heading"');
    expect((await partner.post(PAGE, { intent: "publish", versionId: "00000000-0000-4000-8000-000000000000", confirm: "yes" })).status).toBe(403);
  });

  it("refuses a note too long (400), translated, keeping what was typed, and freezes nothing", async () => {
    const client = await coordinator();
    const before = (await versionsOfToolkit()).length;
    const typed = "Notiz mit Umlauten: äöü. ";
    const response = await client.post("/de/t/offenbach/toolkit/versions", { intent: "create", note: typed.repeat(30) });
    expect(response.status).toBe(400);
    const html = decode(await response.text());
    expect(fieldError(html, "note")).toBe(t("de", "errors.tooLong"));
    expect(html).toContain(typed.repeat(3));
    expect((await versionsOfToolkit()).length).toBe(before);
  });

  it("freezes a version (200, audited); the same click again adds nothing", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const count = (await versionsOfToolkit()).length;
    const response = await client.post(PAGE, { intent: "create", note: "Erste Fassung für die Übung." });
    expect(response.status).toBe(200);
    const [latest] = await versionsOfToolkit();
    ({ id: versionId, number } = latest);
    expect(number).toBe(count + 1);
    expect(latest.publishedAt).toBeNull();
    expect(decode(await response.text())).toContain(t("en", "toolkitVersions.created", { number }));
    const audit = await auditSince(before, "toolkit.version.create");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: versionId, objectType: "toolkit_version" });
    expect(audit[0].details).toMatchObject({ number, note: "Erste Fassung für die Übung.".length });

    const again = await client.post(PAGE, { intent: "create", note: "Erste Fassung für die Übung." });
    expect(again.status).toBe(200);
    expect(decode(await again.text())).toContain(t("en", "toolkitVersions.unchanged", { number }));
    expect((await versionsOfToolkit()).length).toBe(count + 1);
    expect(await auditSince(before, "toolkit.version.create")).toHaveLength(1);
  });

  it("keeps an unpublished version from the public (404: page, DOCX, PDF), but lets members download it", async () => {
    const visitor = new TestClient(app);
    for (const path of [`/en/toolkits/${versionId}`, `/en/toolkits/${versionId}/docx`, `/en/toolkits/${versionId}/pdf`]) expect((await visitor.get(path)).status, path).toBe(404);
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    const response = await trainer.get(`${PAGE}/${versionId}/docx`);
    expect(response.status).toBe(200);
    expect(docxText(new Uint8Array(await response.arrayBuffer()))).toContain(TEST_MODULE);
    // A version of no Toolkit of Offenbach's, or no uuid at all: 404.
    expect((await trainer.get(`${PAGE}/00000000-0000-4000-8000-000000000000/pdf`)).status).toBe(404);
    expect((await trainer.get(`${PAGE}/not-a-version/pdf`)).status).toBe(404);
  });

  it("publishes in two steps (coordinator): asks first, then publishes once (audited)", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    const programmeId = await programmeIdOf("eccipa");
    const delivered = await countPublishedToolkitVersions(getDb(), { programmeId });
    const asked = await client.post(PAGE, { intent: "publish", versionId });
    expect(asked.status).toBe(200);
    expect(decode(await asked.text())).toContain(t("en", "toolkitVersions.confirmPublishTitle", { number }));
    expect((await versionsOfToolkit())[0].publishedAt).toBeNull();

    const published = await client.post(PAGE, { intent: "publish", versionId, confirm: "yes" });
    expect(published.status).toBe(200);
    expect(decode(await published.text())).toContain(t("en", "toolkitVersions.published", { number }));
    expect((await versionsOfToolkit())[0].publishedAt).not.toBeNull();
    await client.post(PAGE, { intent: "publish", versionId, confirm: "yes" });
    const audit = await auditSince(before, "toolkit.version.publish");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ objectId: versionId, details: { toolkitId, number } });
    // The key result counts it, and the page says so.
    expect(await countPublishedToolkitVersions(getDb(), { programmeId })).toBe(delivered + 1);
    const page = decode(await (await client.get(PAGE)).text());
    expect(page).toContain(t("en", `toolkitVersions.delivered_${delivered + 1 === 1 ? "one" : "other"}`, { formatted: String(delivered + 1) }));
  });

  it("answers 404 for a version of another Toolkit on publishing", async () => {
    const client = await coordinator();
    const response = await client.post(PAGE, { intent: "publish", versionId: "00000000-0000-4000-8000-000000000000", confirm: "yes" });
    expect(response.status).toBe(404);
  });

  it("shows the published version to anyone: modules, counts, materials; no person, no need's or contribution's wording", async () => {
    const secrets = await privateStrings();
    const response = await new TestClient(app).get(`/en/toolkits/${versionId}`);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(TEST_MODULE);
    expect(html).toContain(TEST_MODULE_2);
    expect(html).toContain(`${TEST_LINK.title}: ${TEST_LINK.url}`);
    expect(html).toContain(t(kitLang, "toolkitVersions.document.materialFile", { title: TEST_FILE.title, fileName: TEST_FILE.fileName }));
    expect(html).toContain(t(kitLang, "toolkitVersions.document.contributionsLine_one", { formatted: "1" }));
    // Visitors are invited to sign in before they can copy it.
    expect(html).toContain(t("en", "toolkitVersions.signInToUse"));
    expectNone(html, secrets);
  });

  it("writes the public DOCX and the tagged PDF with their accents, and without personal data", async () => {
    const secrets = await privateStrings();
    const visitor = new TestClient(app);
    const docx = await visitor.get(`/en/toolkits/${versionId}/docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.headers.get("content-disposition")).toMatch(/^attachment; filename="[\x20-\x7e]+"/);
    const docText = docxText(new Uint8Array(await docx.arrayBuffer()));
    expect(docText).toContain(TEST_MODULE);
    expect(docText).toContain("Die Teilnehmenden erklären, wann eine Dolmetscherin nötig ist.");
    expect(docText).toContain(t(kitLang, "toolkitVersions.document.trainerNotes"));
    expectNone(docText, secrets);

    const pdf = await visitor.get(`/en/toolkits/${versionId}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const text = pdfText(bytes);
    expect(text).toContain("Interkulturelle Kompetenz im Bürgerbüro – Übung");
    expect(text).toContain(`${t(kitLang, "toolkit.method.face_to_face")}, ${t(kitLang, "toolkit.method.role_play")}`);
    expectNone(text, secrets);
    expect(pdfInfo(bytes)).toMatch(/Tagged:\s+yes/);
  });

  it("lists the versions with their status and downloads for members", async () => {
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    const html = decode(await (await trainer.get(PAGE)).text());
    expect(html).toContain("Erste Fassung für die Übung.");
    expect(html).toContain(`${PAGE}/${versionId}/pdf`);
    expect(html).toContain(`/en/toolkits/${versionId}`);
    expect(html).toContain("County of Offenbach");
    // A trainer may read, not publish or copy.
    expect(html).not.toContain('name="intent" value="publish"');
    expect(html).not.toContain('name="intent" value="copy"');
  });

  it("refuses an unknown intent (400) and changes nothing", async () => {
    const client = await coordinator();
    const before = await lastAuditId();
    expect((await client.post(PAGE, { intent: "something-else" })).status).toBe(400);
    const [row] = await getDb().select({ id: toolkitVersion.id }).from(toolkitVersion).where(and(eq(toolkitVersion.toolkitId, toolkitId), eq(toolkitVersion.number, number + 1)));
    expect(row).toBeUndefined();
    expect(await auditSince(before, "toolkit.version.create")).toEqual([]);
  });
});

describe("the demo's published Toolkit version", () => {
  it("publishes version 1 of a programme's Toolkit that has modules and no version, once; leaves one without modules alone", async () => {
    const db = getDb();
    const [empty] = await db.insert(programme).values({ slug: "demo-seed-empty", name: "Empty (invented)" }).returning({ id: programme.id });
    await db.insert(toolkit).values({ programmeId: empty.id, title: "Empty Toolkit", language: "en" });
    await seedDemoToolkitVersions(db, { programmeId: empty.id });
    const [withModules] = await db.insert(programme).values({ slug: "demo-seed-modules", name: "With modules (invented)" }).returning({ id: programme.id });
    const [made] = await db.insert(toolkit).values({ programmeId: withModules.id, title: "Toolkit with a module", language: "en" }).returning({ id: toolkit.id });
    await db.insert(trainingModule).values({ toolkitId: made.id, title: "An invented module", durationMinutes: 60 });
    await seedDemoToolkitVersions(db, { programmeId: withModules.id });
    await seedDemoToolkitVersions(db, { programmeId: withModules.id });
    const versions = await db.select({ number: toolkitVersion.number, publishedAt: toolkitVersion.publishedAt, toolkitId: toolkitVersion.toolkitId }).from(toolkitVersion).innerJoin(toolkit, eq(toolkit.id, toolkitVersion.toolkitId)).where(inArray(toolkit.programmeId, [empty.id, withModules.id]));
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, toolkitId: made.id });
    expect(versions[0].publishedAt).not.toBeNull();
    expect(await countPublishedToolkitVersions(db, { programmeId: withModules.id })).toBe(1);
  });
});

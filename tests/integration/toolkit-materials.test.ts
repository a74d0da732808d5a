// Materials of a Toolkit module: links (http/https only) and files judged by their content, up to
// 10 MB, downloaded as sandboxed attachments; the same material twice is kept once; removals and
// additions are audited. Refusals (302/404/403/400) before the happy paths.
import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { moduleMaterial, trainingModule } from "~/db/schema";
import { DEMO_MODULES } from "~/demo/demo-toolkit";
import { ORIGIN, startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { decode, fieldError, inputValue, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
let moduleId: string;
let base: string;

beforeAll(async () => {
  app = await startApp();
  const [row] = await getDb().select({ id: trainingModule.id }).from(trainingModule).where(eq(trainingModule.title, DEMO_MODULES[2].title));
  moduleId = row.id;
  base = `/en/t/offenbach/toolkit/modules/${moduleId}`;
});

const signedIn = (email: string) => signedInClient(app, email);
const coordinator = () => signedIn("coordinator.offenbach@eccipa.example");

/** Posts a multipart form as a browser would: encoded up front, so that it carries its Content-Length. */
async function upload(client: TestClient, path: string, fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) {
  if (!client.cookie("eccipa_csrf")) await client.get("/en");
  const form = new FormData();
  form.append("_csrf", decodeURIComponent(client.cookie("eccipa_csrf") ?? ""));
  form.append("intent", "add-file");
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)], { type: "application/octet-stream" }), file.name);
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const headers = { origin: ORIGIN, "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) };
  return client.request(path, { method: "POST", body, headers });
}

async function materialCount(): Promise<number> {
  const [{ n }] = await getDb().select({ n: count() }).from(moduleMaterial).where(eq(moduleMaterial.moduleId, moduleId));
  return n;
}

const text = (s: string) => new TextEncoder().encode(s);

describe("Toolkit module materials", () => {
  it("sends a visitor to sign in (302), answers 404 outside the territory and 403 to a trainer who would change them", async () => {
    expect((await new TestClient(app).get(`${base}/materials`)).status).toBe(302);
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    expect((await ravenna.get(`${base}/materials`)).status).toBe(404);
    expect((await ravenna.post(`${base}/materials`, { intent: "add-link", linkTitle: "Sneaked", url: "https://example.org/" })).status).toBe(404);
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    expect((await trainer.get(`${base}/materials`)).status).toBe(403);
    expect((await trainer.post(`${base}/materials`, { intent: "add-link", linkTitle: "By a trainer", url: "https://example.org/" })).status).toBe(403);
    expect((await (await coordinator()).get(`/en/t/offenbach/toolkit/modules/00000000-0000-4000-8000-000000000000/materials`)).status).toBe(404);
  });

  it("refuses a link that is not http(s) and a file of another type (400), keeping the title", async () => {
    const client = await coordinator();
    const before = await materialCount();
    const link = await client.post(`${base}/materials`, { intent: "add-link", linkTitle: "Bad link", url: "javascript:alert(1)" });
    expect(link.status).toBe(400);
    const linkHtml = await link.text();
    expect(fieldError(linkHtml, "url")).toBe(t("en", "errors.url"));
    expect(inputValue(linkHtml, "linkTitle")).toBe("Bad link");
    const exe = await upload(client, `${base}/materials`, { fileTitle: "A program" }, { name: "handout.pdf", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0xff, 0xfe, 0x00, 0x00]) });
    expect(exe.status).toBe(400);
    const exeHtml = await exe.text();
    expect(fieldError(exeHtml, "file")).toBe(t("en", "errors.sourceFileType"));
    expect(inputValue(exeHtml, "fileTitle")).toBe("A program");
    const none = await upload(client, `${base}/materials`, { fileTitle: "No file" });
    expect(none.status).toBe(400);
    expect(fieldError(await none.text(), "file")).toBe(t("en", "toolkit.errors.fileRequired"));
    expect(await materialCount()).toBe(before);
  });

  it("takes a file up to 10 MB (more than other uploads) and refuses a larger one", async () => {
    const client = await coordinator();
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    const tooBig = await upload(client, `${base}/materials`, { fileTitle: "Too big" }, { name: "big.txt", bytes: big });
    expect(tooBig.status).toBe(400);
    expect(fieldError(await tooBig.text(), "file")).toBe(t("en", "toolkit.errors.materialTooLarge"));
    const fits = await upload(client, `${base}/materials`, { fileTitle: "Large handout" }, { name: "large.txt", bytes: big.subarray(0, 6 * 1024 * 1024) });
    expect(fits.status).toBe(200);
    // Other forms keep the 5 MB limit.
    const elsewhere = await upload(client, `/en/t/offenbach/needs-review/sources`, { title: "Too big for a source", kind: "report" }, { name: "big.txt", bytes: big.subarray(0, 6 * 1024 * 1024) });
    expect(elsewhere.status).toBe(413);
  });

  it("adds a link and a file once each, even when sent twice, and audits the additions", async () => {
    const client = await coordinator();
    const since = await lastAuditId();
    const before = await materialCount();
    const linkFields = { intent: "add-link", linkTitle: "Invented reading list", url: "https://example.org/reading-list" };
    const links = await Promise.all([client.post(`${base}/materials`, linkFields), client.post(`${base}/materials`, linkFields)]);
    expect(links.map((r) => r.status)).toEqual([200, 200]);
    const file = { name: "Übungsfälle.txt", bytes: text("Invented practice cases for the residence law module.\n") };
    const files = await Promise.all([
      upload(client, `${base}/materials`, { fileTitle: "Practice cases" }, file),
      upload(client, `${base}/materials`, { fileTitle: "Practice cases" }, file),
    ]);
    expect(files.map((r) => r.status)).toEqual([200, 200]);
    expect(await materialCount()).toBe(before + 2);
    const audit = await auditSince(since, "toolkit.material.add");
    expect(audit).toHaveLength(2);
    expect(audit.map((a) => a.details)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "Invented reading list", url: "https://example.org/reading-list", moduleId }),
        expect.objectContaining({ title: "Practice cases", fileName: "Übungsfälle.txt", moduleId }),
      ]),
    );
    const page = decode(await (await client.get(`${base}/materials`)).text());
    expect(page).toContain("Invented reading list");
  });

  it("downloads a file as a sandboxed attachment with its detected type, for readers of the Toolkit only", async () => {
    const [file] = await getDb()
      .select({ id: moduleMaterial.id })
      .from(moduleMaterial)
      .where(and(eq(moduleMaterial.moduleId, moduleId), eq(moduleMaterial.title, "Practice cases")));
    const path = `${base}/materials/${file.id}`;
    const trainer = await signedIn("trainer.offenbach@eccipa.example");
    const response = await trainer.get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Ubungsfalle.txt"; filename*=UTF-8''%C3%9Cbungsf%C3%A4lle.txt`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("sandbox");
    expect(await response.text()).toBe("Invented practice cases for the residence law module.\n");
    // The module page lists it for the trainer, as a download.
    const modulePage = decode(await (await trainer.get(base)).text());
    expect(modulePage).toContain(`href="${path}" download`);
    // Refusals: a visitor is sent to sign in, another territory's member and a trainee are refused, a link has no file.
    expect((await new TestClient(app).get(path)).status).toBe(302);
    expect((await (await signedIn("coordinator.ravenna@eccipa.example")).get(path)).status).toBe(404);
    expect((await (await signedIn("trainee.offenbach@eccipa.example")).get(path)).status).toBe(403);
    const [link] = await getDb().select({ id: moduleMaterial.id }).from(moduleMaterial).where(and(eq(moduleMaterial.moduleId, moduleId), eq(moduleMaterial.title, "Invented reading list")));
    expect((await trainer.get(`${base}/materials/${link.id}`)).status).toBe(404);
    // The same material under another module's URL is not found.
    const [other] = await getDb().select({ id: trainingModule.id }).from(trainingModule).where(eq(trainingModule.title, DEMO_MODULES[0].title));
    expect((await trainer.get(`/en/t/offenbach/toolkit/modules/${other.id}/materials/${file.id}`)).status).toBe(404);
  });

  it("removes a material, says so when it was already gone, and audits the removal", async () => {
    const client = await coordinator();
    const [file] = await getDb().select({ id: moduleMaterial.id }).from(moduleMaterial).where(and(eq(moduleMaterial.moduleId, moduleId), eq(moduleMaterial.title, "Practice cases")));
    const since = await lastAuditId();
    const removed = await client.post(`${base}/materials`, { intent: "delete", materialId: file.id });
    expect(removed.status).toBe(200);
    expect(decode(await removed.text())).toContain(t("en", "toolkit.materialDeleted"));
    const again = await client.post(`${base}/materials`, { intent: "delete", materialId: file.id });
    expect(decode(await again.text())).toContain(t("en", "toolkit.alreadyDeleted"));
    expect(await auditSince(since, "toolkit.material.delete")).toHaveLength(1);
    expect((await client.get(`${base}/materials/${file.id}`)).status).toBe(404);
  });
});

// A file attached to a desk research source: judged by its content (PDF, DOCX, XLSX, ODT, ODS,
// UTF-8 text), at most 4 MB, stored with its detected type, size and hash; downloaded back as an
// attachment, never inline. Refusals (302/404/403/400) before the happy paths.
import { createHash } from "node:crypto";
import { Document, Packer, Paragraph } from "docx";
import { and, eq } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { deskSource, deskSourceFile, territory } from "~/db/schema";
import { ORIGIN, startApp, TestClient, signedInClient } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { sourceId } from "../support/needs-review";
import { decode, fieldError, inputValue, LANGS, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;
const SOURCES = "/en/t/offenbach/needs-review/sources";
const OFFENBACH_SOURCE = "Statistik der Ausländerbehörde 2020 (Beispiel)";
const OTHER_OFFENBACH_SOURCE = "Integrationskonzept des Kreises (Beispiel)";
const RAVENNA_SOURCE = "Piano comunale per l'integrazione (esempio)";
const PDF_TYPE = "application/pdf";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);
type Upload = { name: string; type: string; bytes: Uint8Array };

/** Posts the source form as a browser would: multipart, with the CSRF token and perhaps a file. */
async function postForm(client: TestClient, path: string, fields: Record<string, string>, file?: Upload) {
  if (!client.cookie("eccipa_csrf")) await client.get("/en");
  const body = new FormData();
  body.append("_csrf", decodeURIComponent(client.cookie("eccipa_csrf") ?? ""));
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  if (file) body.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  return client.request(path, { method: "POST", body, headers: { origin: ORIGIN } });
}

/** A minimal valid one-page PDF, written by hand with a correct cross-reference table. */
function minimalPdf(text: string): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${`BT /F1 12 Tf 20 50 Td (${text}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 20 50 Td (${text}) Tj ET\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

async function realDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Integrationsbericht 2021")] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

// The first bytes of a PNG image (signature and IHDR chunk), renamed .pdf.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);
const PLAIN_ZIP = zipSync({ "readme.txt": strToU8("not an office document"), "data/table.xml": strToU8("<x/>") });

async function storedFile(id: string) {
  const [row] = await getDb().select().from(deskSourceFile).where(eq(deskSourceFile.deskSourceId, id));
  return row;
}

async function sourceCount(slug: string) {
  const rows = await getDb().select({ id: deskSource.id }).from(deskSource).innerJoin(territory, eq(territory.id, deskSource.territoryId)).where(eq(territory.slug, slug));
  return rows.length;
}

async function fileCount() {
  return (await getDb().select({ id: deskSourceFile.deskSourceId }).from(deskSourceFile)).length;
}

async function sourceByTitle(slug: string, title: string) {
  const [row] = await getDb()
    .select({ id: deskSource.id })
    .from(deskSource)
    .innerJoin(territory, eq(territory.id, deskSource.territoryId))
    .where(and(eq(territory.slug, slug), eq(deskSource.title, title)));
  return row?.id;
}

const FIELDS = { title: "Integrationsbericht 2021", kind: "report", url: "", notes: "Mit Anhang.", themes: "Sprache" };

describe("files of desk research sources", () => {
  it("sends a visitor to sign in (302) for the download and the upload, storing nothing", async () => {
    const id = await sourceId("offenbach", OFFENBACH_SOURCE);
    const visitor = new TestClient(app);
    const download = await visitor.get(`${SOURCES}/${id}/file`);
    expect(download.status).toBe(302);
    expect(download.headers.get("location")).toBe(`/en/sign-in?next=${encodeURIComponent(`${SOURCES}/${id}/file`)}`);
    const files = await fileCount();
    expect((await postForm(visitor, SOURCES, FIELDS, { name: "a.pdf", type: PDF_TYPE, bytes: minimalPdf("x") })).status).toBe(302);
    expect(await fileCount()).toBe(files);
  });

  it("answers 404 for another territory's source (download and upload), an unknown id and a source without a file", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const ravennaId = await sourceId("ravenna", RAVENNA_SOURCE);
    // Give Ravenna's source a file through Ravenna's own coordinator, so a leak would show.
    const ravenna = await signedIn("coordinator.ravenna@eccipa.example");
    const own = await postForm(ravenna, `/it/t/ravenna/needs-review/sources/${ravennaId}/edit`, { title: RAVENNA_SOURCE, kind: "policy", url: "", notes: "", themes: "accesso ai servizi, formazione" }, { name: "piano.pdf", type: PDF_TYPE, bytes: minimalPdf("Ravenna") });
    expect(own.status).toBe(302);
    expect(await storedFile(ravennaId)).toBeDefined();
    expect((await ravenna.get(`/it/t/ravenna/needs-review/sources/${ravennaId}/file`)).status).toBe(200);

    const before = await lastAuditId();
    for (const id of [ravennaId, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const response = await coordinator.get(`/de/t/offenbach/needs-review/sources/${id}/file`);
      expect(response.status, id).toBe(404);
      const body = await response.text();
      expect(body).toContain(t("de", "errorPage.kinds.notFound.title"));
      expect(body).not.toContain("%PDF");
      const upload = await postForm(coordinator, `/de/t/offenbach/needs-review/sources/${id}/edit`, { ...FIELDS, removeFile: "yes" }, { name: "x.pdf", type: PDF_TYPE, bytes: minimalPdf("Offenbach") });
      expect(upload.status, id).toBe(404);
    }
    expect((await storedFile(ravennaId)).fileName).toBe("piano.pdf");
    expect(await auditSince(before, "desk_source.file_upload")).toEqual([]);
    expect(await auditSince(before, "desk_source.file_remove")).toEqual([]);
    // A source of the territory without a file: 404 too.
    const withoutFile = await sourceId("offenbach", OFFENBACH_SOURCE);
    expect(await storedFile(withoutFile)).toBeUndefined();
    expect((await coordinator.get(`${SOURCES}/${withoutFile}/file`)).status).toBe(404);
  });

  it("refuses a trainee (403) the download and the upload, storing nothing", async () => {
    // A source of Offenbach with a file, so a leak to the trainee would show.
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const id = await sourceId("offenbach", OTHER_OFFENBACH_SOURCE);
    const pdf = minimalPdf("Konzept");
    const attached = await postForm(coordinator, `${SOURCES}/${id}/edit`, { title: OTHER_OFFENBACH_SOURCE, kind: "strategy", url: "", notes: "", themes: "Willkommenskultur, Fortbildung" }, { name: "konzept.pdf", type: PDF_TYPE, bytes: pdf });
    expect(attached.status).toBe(302);
    expect((await coordinator.get(`${SOURCES}/${id}/file`)).status).toBe(200);

    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    const download = await trainee.get(`/es/t/offenbach/needs-review/sources/${id}/file`);
    expect(download.status).toBe(403);
    const body = await download.text();
    expect(body).toContain(t("es", "errorPage.kinds.forbidden.title"));
    expect(body).not.toContain("%PDF");
    const files = await fileCount();
    const count = await sourceCount("offenbach");
    expect((await postForm(trainee, SOURCES, FIELDS, { name: "a.pdf", type: PDF_TYPE, bytes: minimalPdf("x") })).status).toBe(403);
    expect((await postForm(trainee, `${SOURCES}/${id}/edit`, { title: OTHER_OFFENBACH_SOURCE, kind: "strategy", url: "", notes: "", themes: "", removeFile: "yes" })).status).toBe(403);
    expect(await fileCount()).toBe(files);
    expect(await sourceCount("offenbach")).toBe(count);
    expect((await storedFile(id))?.size).toBe(pdf.length);
  });

  it("refuses a PNG renamed .pdf, a ZIP that is no office document and a file over 4 MB (400, translated), keeping what was typed and storing nothing", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const bigPdf = new Uint8Array(4 * 1024 * 1024 + 1);
    bigPdf.set(minimalPdf("big"));
    const cases: [Upload, string][] = [
      [{ name: "bericht.pdf", type: PDF_TYPE, bytes: PNG }, "errors.sourceFileType"],
      [{ name: "tabelle.xlsx", type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: PLAIN_ZIP }, "errors.sourceFileType"],
      [{ name: "gross.pdf", type: PDF_TYPE, bytes: bigPdf }, "errors.sourceFileTooLarge"],
    ];
    const count = await sourceCount("offenbach");
    const files = await fileCount();
    const before = await lastAuditId();
    for (const lang of LANGS) {
      for (const [file, key] of cases) {
        const response = await postForm(partner, `/${lang}/t/offenbach/needs-review/sources`, FIELDS, file);
        expect(response.status, `${lang} ${file.name}`).toBe(400);
        const html = await response.text();
        expect(fieldError(html, "file"), `${lang} ${file.name}`).toBe(t(lang, key));
        expect(inputValue(html, "title")).toBe(FIELDS.title);
        expect(inputValue(html, "themes")).toBe(FIELDS.themes);
      }
    }
    expect(t("en", "errors.sourceFileType")).toMatch(/PDF.*\.docx.*\.odt.*\.xlsx.*\.ods.*\.txt, \.csv/);
    // On the edit page too: the stored source and its (absent) file stay as they were.
    const id = await sourceId("offenbach", OFFENBACH_SOURCE);
    const edit = await postForm(partner, `${SOURCES}/${id}/edit`, { ...FIELDS }, { name: "bild.pdf", type: PDF_TYPE, bytes: PNG });
    expect(edit.status).toBe(400);
    expect(fieldError(await edit.text(), "file")).toBe(t("en", "errors.sourceFileType"));
    expect(await sourceCount("offenbach")).toBe(count);
    expect(await fileCount()).toBe(files);
    expect(await storedFile(id)).toBeUndefined();
    expect(await auditSince(before, "desk_source.create")).toEqual([]);
    expect(await auditSince(before, "desk_source.file_upload")).toEqual([]);
  });

  it("stores a real PDF with a new source and gives it back byte for byte, as an attachment, listed with its size", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const pdf = minimalPdf("Integrationsbericht");
    const before = await lastAuditId();
    // The browser's declared type is ignored; the name keeps its accents but loses control characters.
    const response = await postForm(partner, SOURCES, FIELDS, { name: "  Bericht\u0007 Übersicht.pdf ", type: "application/octet-stream", bytes: pdf });
    expect(response.status).toBe(200);
    const id = (await sourceByTitle("offenbach", FIELDS.title))!;
    const stored = await storedFile(id);
    expect(stored).toMatchObject({ fileName: "Bericht Übersicht.pdf", mediaType: PDF_TYPE, size: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex") });
    const uploads = await auditSince(before, "desk_source.file_upload");
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ objectType: "desk_source", objectId: id, details: { mediaType: PDF_TYPE, size: pdf.length } });
    expect(JSON.stringify(uploads[0].details)).not.toContain("Bericht");

    const path = `${SOURCES}/${id}/file`;
    const download = await partner.get(path);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe(PDF_TYPE);
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="Bericht Ubersicht.pdf"; filename*=UTF-8''Bericht%20%C3%9Cbersicht.pdf`);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-security-policy")).toContain("sandbox");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    const list = decode(await (await partner.get(SOURCES)).text());
    expect(list).toContain(`href="${path}"`);
    expect(list).toContain("Bericht Übersicht.pdf");
    expect(list).toMatch(new RegExp(`\\(${pdf.length} byte\\)`));
  });

  it("replaces the file with a real DOCX on edit, then removes it, each audited with type and size", async () => {
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const id = (await sourceByTitle("offenbach", FIELDS.title))!;
    const path = `${SOURCES}/${id}/edit`;
    const page = decode(await (await partner.get(path)).text());
    expect(page).toMatch(/enctype="multipart\/form-data"/i);
    expect(page).toContain('name="removeFile"');

    const docx = await realDocx();
    let before = await lastAuditId();
    const replaced = await postForm(partner, path, FIELDS, { name: "bericht.docx", type: "application/pdf", bytes: docx });
    expect(replaced.status).toBe(302);
    expect(await storedFile(id)).toMatchObject({ fileName: "bericht.docx", mediaType: DOCX_TYPE, size: docx.length });
    expect(await auditSince(before, "desk_source.file_upload")).toMatchObject([{ objectId: id, details: { mediaType: DOCX_TYPE, size: docx.length } }]);
    const download = await partner.get(`${SOURCES}/${id}/file`);
    expect(download.headers.get("content-type")).toBe(DOCX_TYPE);
    expect(download.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(docx);

    // Saving without a file keeps the stored one.
    before = await lastAuditId();
    expect((await postForm(partner, path, { ...FIELDS, notes: "Geändert." })).status).toBe(302);
    expect((await storedFile(id))?.fileName).toBe("bericht.docx");
    expect(await auditSince(before, "desk_source.file_upload")).toEqual([]);

    const removed = await postForm(partner, path, { ...FIELDS, removeFile: "yes" });
    expect(removed.status).toBe(302);
    expect(await storedFile(id)).toBeUndefined();
    expect(await auditSince(before, "desk_source.file_remove")).toMatchObject([{ objectId: id, details: { mediaType: DOCX_TYPE, size: docx.length } }]);
    expect((await partner.get(`${SOURCES}/${id}/file`)).status).toBe(404);
  });

  it("accepts CSV text and an OpenDocument spreadsheet by content, and deleting the source deletes its file", async () => {
    const coordinator = await signedIn("coordinator.offenbach@eccipa.example");
    const ods = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }], "content.xml": strToU8("<office:document-content/>") });
    const odsSource = { ...FIELDS, title: "Tabelle ODS" };
    expect((await postForm(coordinator, SOURCES, odsSource, { name: "t.ods", type: "", bytes: ods })).status).toBe(200);
    const odsId = (await sourceByTitle("offenbach", odsSource.title))!;
    expect((await storedFile(odsId))?.mediaType).toBe("application/vnd.oasis.opendocument.spreadsheet");

    const csvSource = { ...FIELDS, title: "Zahlen CSV" };
    expect((await postForm(coordinator, SOURCES, csvSource, { name: "zahlen.csv", type: "", bytes: strToU8("Jahr;Anzahl\n2020;1234\n") })).status).toBe(200);
    const csvId = (await sourceByTitle("offenbach", csvSource.title))!;
    expect((await storedFile(csvId))?.mediaType).toBe("text/csv; charset=utf-8");

    const path = `${SOURCES}/${csvId}/edit`;
    expect((await postForm(coordinator, path, { intent: "delete", confirm: "yes" })).status).toBe(302);
    expect(await storedFile(csvId)).toBeUndefined();
    expect(await storedFile(odsId)).toBeDefined();
  });
});

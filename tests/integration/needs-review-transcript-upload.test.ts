// Uploading a transcript as a file (.txt, .docx or .odt): judged by content, not by name or
// declared type, at most 2 MB, stored normalised; anything else is refused with a translated
// message next to the file field, and nothing is stored.
import { eq } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { transcript } from "~/db/schema";
import { ORIGIN, startApp, TestClient, signedInClient } from "../support/app";
import { decode, fieldError, t } from "../support/pages";
import { emptyDocx, INTERVIEW_DOCX_TEXT, INTERVIEW_ODT_TEXT, interviewDocx, interviewOdt, zipBombDocx } from "../support/transcript-documents";
import { interviewOf } from "../support/needs-review";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

/** Posts a multipart form as a browser would, with the CSRF token and one file. */
async function upload(client: TestClient, path: string, file: { name: string; type: string; bytes: Uint8Array<ArrayBuffer> } | null) {
  if (!client.cookie("eccipa_csrf")) await client.get("/en");
  const body = new FormData();
  body.append("_csrf", decodeURIComponent(client.cookie("eccipa_csrf") ?? ""));
  body.append("intent", "upload");
  if (file) body.append("file", new Blob([file.bytes], { type: file.type }), file.name);
  return client.request(path, { method: "POST", body, headers: { origin: ORIGIN } });
}

const utf8 = (s: string) => new Uint8Array(new TextEncoder().encode(s));

describe("uploading a transcript file", () => {
  it("refuses a trainee (403) and stores nothing", async () => {
    const interviewId = await interviewOf("offenbach", "CS-01");
    const trainee = await signedIn("trainee.offenbach@eccipa.example");
    const response = await upload(trainee, `/en/t/offenbach/needs-review/interviews/${interviewId}`, { name: "t.txt", type: "text/plain", bytes: utf8("I: Nein.") });
    expect(response.status).toBe(403);
    const [row] = await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId));
    expect(row.version).toBe(1);
  });

  it("refuses a missing file, a file over 2 MB, invalid UTF-8 and binary content named .txt (400, translated)", async () => {
    const interviewId = await interviewOf("offenbach", "CS-01");
    const path = `/it/t/offenbach/needs-review/interviews/${interviewId}`;
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const cases: [Parameters<typeof upload>[2], string][] = [
      [null, "errors.fileRequired"],
      [{ name: "big.txt", type: "text/plain", bytes: utf8(`I: ${"a".repeat(2 * 1024 * 1024)}`) }, "errors.fileTooLarge"],
      [{ name: "latin1.txt", type: "text/plain", bytes: new Uint8Array([0x49, 0x3a, 0x20, 0x47, 0x72, 0xfc, 0xdf, 0x65]) }, "errors.fileNotTranscript"],
      [{ name: "image.txt", type: "text/plain", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, "errors.fileNotTranscript"],
      [{ name: "empty.txt", type: "text/plain", bytes: utf8("\uFEFF \r\n ") }, "errors.fileEmpty"],
    ];
    for (const [file, key] of cases) {
      const response = await upload(partner, path, file);
      expect(response.status, key).toBe(400);
      expect(fieldError(await response.text(), "file"), file?.name ?? "no file").toBe(t("it", key));
    }
    const [row] = await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId));
    expect(row.version).toBe(1);
  });

  it("stores an uploaded UTF-8 file normalised (200): BOM dropped, CRLF to LF, NFC", async () => {
    const interviewId = await interviewOf("offenbach", "CS-01");
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const bytes = utf8("\uFEFFI: Wie lange warten Sie auf Termine?\r\nCS-01: Zu lange. Die Beho\u0308rde ist u\u0308berlastet.\r\n");
    const response = await upload(partner, `/de/t/offenbach/needs-review/interviews/${interviewId}`, { name: "interview.txt", type: "text/plain", bytes });
    expect(response.status).toBe(200);
    expect(decode(await response.text())).toContain(t("de", "needsReview.transcriptSaved"));
    const [row] = await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId));
    expect(row.text).toBe("I: Wie lange warten Sie auf Termine?\nCS-01: Zu lange. Die Behörde ist überlastet.\n");
    expect(row.version).toBe(2);
  });
});

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ODT_TYPE = "application/vnd.oasis.opendocument.text";

async function storedTranscript(interviewId: string) {
  const [row] = await getDb().select({ text: transcript.text, version: transcript.version }).from(transcript).where(eq(transcript.interviewId, interviewId));
  return row;
}

describe("uploading a Word or OpenDocument transcript", () => {
  it("refuses a PDF named .docx, a PNG, a random ZIP, a truncated DOCX, a zip bomb and an empty document (400, translated), storing nothing", async () => {
    const interviewId = await interviewOf("offenbach", "CS-01");
    const before = await storedTranscript(interviewId);
    const path = `/es/t/offenbach/needs-review/interviews/${interviewId}`;
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const docx = await interviewDocx();
    const cases: [NonNullable<Parameters<typeof upload>[2]>, string][] = [
      [{ name: "informe.docx", type: DOCX_TYPE, bytes: utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0001") }, "errors.fileNotTranscript"],
      [{ name: "foto.png", type: "image/png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, "errors.fileNotTranscript"],
      [{ name: "archivo.docx", type: DOCX_TYPE, bytes: new Uint8Array(zipSync({ "notas.txt": strToU8("I: Hola") })) }, "errors.fileNotTranscript"],
      [{ name: "cortado.docx", type: DOCX_TYPE, bytes: docx.slice(0, Math.floor(docx.length / 2)) }, "errors.fileNotTranscript"],
      [{ name: "bomba.docx", type: DOCX_TYPE, bytes: zipBombDocx(25, true) }, "errors.fileTooLargeUnpacked"],
      [{ name: "vacio.docx", type: DOCX_TYPE, bytes: await emptyDocx() }, "errors.fileEmpty"],
    ];
    for (const [file, key] of cases) {
      const response = await upload(partner, path, file);
      expect(response.status, file.name).toBe(400);
      expect(fieldError(await response.text(), "file"), file.name).toBe(t("es", key));
    }
    expect(await storedTranscript(interviewId)).toEqual(before);
  });

  it("stores the text of a DOCX (200), even when it is named .txt: the content decides", async () => {
    const interviewId = await interviewOf("offenbach", "CS-01");
    const before = await storedTranscript(interviewId);
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const path = `/de/t/offenbach/needs-review/interviews/${interviewId}`;
    const response = await upload(partner, path, { name: "interview.docx", type: DOCX_TYPE, bytes: await interviewDocx() });
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    expect(html).toContain(t("de", "needsReview.transcriptSaved"));
    expect(html).toContain("TCN-07: Über eine Freundin. Die Wartezeit war sehr lang – fast drei Monate.");
    expect(await storedTranscript(interviewId)).toEqual({ text: INTERVIEW_DOCX_TEXT, version: before.version + 1 });

    const renamed = await upload(partner, path, { name: "interview.txt", type: "text/plain", bytes: await interviewDocx() });
    expect(renamed.status).toBe(200);
    expect(await storedTranscript(interviewId)).toEqual({ text: INTERVIEW_DOCX_TEXT, version: before.version + 2 });
  });

  it("stores the text of an ODT (200), and the page shows it", async () => {
    const interviewId = await interviewOf("offenbach", "CS-01");
    const before = await storedTranscript(interviewId);
    const partner = await signedIn("partner.offenbach@eccipa.example");
    const path = `/it/t/offenbach/needs-review/interviews/${interviewId}`;
    const response = await upload(partner, path, { name: "intervista.odt", type: ODT_TYPE, bytes: interviewOdt() });
    expect(response.status).toBe(200);
    expect(await storedTranscript(interviewId)).toEqual({ text: INTERVIEW_ODT_TEXT, version: before.version + 1 });
    const page = decode(await (await partner.get(path)).text());
    expect(page).toContain("TCN-12: Esperé   año y medio.");
    expect(page).toContain("CS-01: Allora,\nla prima cosa è la lingua.");
    // The form names the three formats, and offers them to the file picker (a hint only).
    expect(page).toContain(t("it", "needsReview.transcriptFile"));
    expect(page).toContain(`accept=".docx,${DOCX_TYPE},.odt,${ODT_TYPE},.txt,text/plain"`);
  });
});

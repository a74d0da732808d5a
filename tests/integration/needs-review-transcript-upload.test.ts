// Uploading a transcript as a .txt file: judged by content (valid UTF-8 text), at most 2 MB,
// stored normalised; anything else is refused with a translated message next to the file field.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { interviewParticipant, participant, territory, transcript } from "~/db/schema";
import { ORIGIN, startApp, TestClient, signedInClient } from "../support/app";
import { decode, fieldError, t } from "../support/pages";

let app: Awaited<ReturnType<typeof startApp>>;

beforeAll(async () => {
  app = await startApp();
});

const signedIn = (email: string) => signedInClient(app, email);

async function interviewOf(slug: string, pseudonym: string): Promise<string> {
  const [row] = await getDb()
    .select({ id: interviewParticipant.interviewId })
    .from(interviewParticipant)
    .innerJoin(participant, eq(participant.id, interviewParticipant.participantId))
    .innerJoin(territory, eq(territory.id, participant.territoryId))
    .where(and(eq(territory.slug, slug), eq(participant.pseudonym, pseudonym)));
  return row.id;
}

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
      [{ name: "latin1.txt", type: "text/plain", bytes: new Uint8Array([0x49, 0x3a, 0x20, 0x47, 0x72, 0xfc, 0xdf, 0x65]) }, "errors.fileNotText"],
      [{ name: "image.txt", type: "text/plain", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, "errors.fileNotText"],
      [{ name: "empty.txt", type: "text/plain", bytes: utf8("\uFEFF \r\n ") }, "errors.required"],
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

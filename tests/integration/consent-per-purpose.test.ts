// Consent per purpose (decision 025): a consent for a focus group does not open the gate of an
// interview's transcript; a consent for interviews does; withdrawing the focus-group consent
// leaves the transcripts, withdrawing the last interview consent deletes them. A scope that is not
// one of the purposes is a translated 400 that keeps what was typed.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~/db/client.server";
import { consent, transcript } from "~/db/schema";
import { signedInClient, startApp } from "../support/app";
import { auditSince, lastAuditId } from "../support/audit";
import { decode, fieldError, inputValue, t } from "../support/pages";
import { participantId, userId } from "../support/needs-review";

let app: Awaited<ReturnType<typeof startApp>>;
const BASE = "/en/t/offenbach/needs-review";

beforeAll(async () => {
  app = await startApp();
});

const consentOf = async (participant: string, scope: "interview" | "focus-group") =>
  (await getDb().select().from(consent).where(and(eq(consent.participantId, participant), eq(consent.scope, scope))))[0];

describe("consent per purpose", () => {
  it("refuses an unknown purpose (400, translated, typed values kept)", async () => {
    const coord = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    expect((await coord.post(`${BASE}/participants`, { pseudonym: "CS-31", targetGroup: "civil_servant" })).status).toBe(200);
    const cs31 = await participantId("offenbach", "CS-31");
    for (const lang of ["en", "es"] as const) {
      const response = await coord.post(`/${lang}/t/offenbach/needs-review/participants/${cs31}`, { intent: "consent", scope: "marketing", purpose: "Werbung", givenOn: "2021-05-19", informationSheetVersion: "1.0" });
      expect(response.status, lang).toBe(400);
      const html = await response.text();
      expect(fieldError(html, "scope"), lang).toBe(t(lang, "personalData.consentScopeInvalid"));
      expect(inputValue(html, "purpose")).toBe("Werbung");
    }
    expect(await getDb().select().from(consent).where(eq(consent.participantId, cs31))).toEqual([]);
  });

  it("gates transcripts on the interview purpose, and withdrawing another purpose keeps them", async () => {
    const coord = await signedInClient(app, "coordinator.offenbach@eccipa.example");
    expect((await coord.post(`${BASE}/participants`, { pseudonym: "CS-32", targetGroup: "civil_servant" })).status).toBe(200);
    const cs32 = await participantId("offenbach", "CS-32");
    const page = `${BASE}/participants/${cs32}`;
    const before = await lastAuditId();
    expect((await coord.post(page, { intent: "consent", scope: "focus-group", purpose: "Validation meeting", givenOn: "2021-05-19", informationSheetVersion: "1.0" })).status).toBe(200);
    expect(await auditSince(before, "consent.record")).toEqual([expect.objectContaining({ details: expect.objectContaining({ scope: "focus-group" }) })]);
    expect(decode(await (await coord.get(page)).text())).toContain(t("en", "personalData.consentScopes.focus-group"));

    const created = await coord.post(`${BASE}/interviews/new`, {
      conductedOn: "2021-05-20",
      interviewerUserId: await userId("coordinator.offenbach@eccipa.example"),
      language: "de",
      "participantIds[]": [cs32],
    });
    expect(created.status).toBe(302);
    const detail = created.headers.get("location")!;
    const interviewId = detail.split("/").pop()!;
    // A focus-group consent does not cover the interview's transcript.
    const refused = await coord.post(detail, { intent: "transcript", text: "I: Guten Tag.\nCS-32: Guten Tag." });
    expect(refused.status).toBe(400);
    expect(fieldError(await refused.text(), "text")).toBe(t("en", "errors.transcriptNeedsConsent"));
    expect(await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId))).toEqual([]);

    // A form without the field records the interview consent (as before the decision).
    expect((await coord.post(page, { intent: "consent", purpose: "Interview", givenOn: "2021-05-19", informationSheetVersion: "1.0" })).status).toBe(200);
    expect((await coord.post(detail, { intent: "transcript", text: "I: Guten Tag.\nCS-32: Guten Tag." })).status).toBe(200);
    expect(await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId))).toHaveLength(1);

    // Withdrawing the focus-group consent: the confirmation announces no deletion, and none happens.
    const focus = await consentOf(cs32, "focus-group");
    const ask = await coord.post(page, { intent: "withdraw", consentId: focus.id });
    expect(ask.status).toBe(200);
    expect(decode(await ask.text())).toContain(t("en", "needsReview.confirmWithdrawTranscripts_other", { formatted: "0" }));
    expect((await coord.post(page, { intent: "withdraw", consentId: focus.id, confirm: "yes" })).status).toBe(200);
    expect(await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId))).toHaveLength(1);

    // Withdrawing the interview consent deletes the transcript.
    const forInterview = await consentOf(cs32, "interview");
    expect((await coord.post(page, { intent: "withdraw", consentId: forInterview.id, confirm: "yes" })).status).toBe(200);
    expect(await getDb().select().from(transcript).where(eq(transcript.interviewId, interviewId))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { consentSchema, deskSourceSchema, interviewSchema, parseUuid, participantSchema, searchQuerySchema, transcriptSchema } from "./needs-review.schema";

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
}

describe("the Needs Review forms", () => {
  it("normalise a participant: pseudonym upper-cased, blanks dropped, languages split", () => {
    const parsed = participantSchema.parse({ pseudonym: " tcn-07 ", targetGroup: "third_country_national", department: " ", ageBand: "", gender: "", regionOfOrigin: "", languages: "ar, fr,, it", realName: "", contact: "" });
    expect(parsed).toEqual({ pseudonym: "TCN-07", targetGroup: "third_country_national", languages: ["ar", "fr", "it"] });
  });

  it("refuse a bad pseudonym, an unknown target group and an unknown age band, with catalog keys", () => {
    const result = participantSchema.safeParse({ pseudonym: "Max Mustermann", targetGroup: "tourist", ageBand: "old", languages: "" });
    expect(messages(result)).toEqual({ pseudonym: "errors.pseudonym", targetGroup: "errors.choose", ageBand: "errors.choose" });
  });

  it("refuse an impossible or future consent date", () => {
    expect(messages(consentSchema.safeParse({ purpose: "Interview", givenOn: "2021-02-30", informationSheetVersion: "1.0" }))).toEqual({ givenOn: "errors.date" });
    expect(messages(consentSchema.safeParse({ purpose: "Interview", givenOn: "2999-01-01", informationSheetVersion: "1.0" }))).toEqual({ givenOn: "errors.dateInFuture" });
    expect(consentSchema.safeParse({ purpose: "Interview", givenOn: "2021-04-15", informationSheetVersion: "1.0" }).success).toBe(true);
  });

  it("accept only web links for a source", () => {
    expect(messages(deskSourceSchema.safeParse({ title: "Plan", kind: "policy", url: "javascript:alert(1)", notes: "", themes: "" }))).toEqual({ url: "errors.url" });
  });

  it("take only well-formed uuids as ids", () => {
    expect(parseUuid("not-a-uuid")).toBeNull();
    expect(parseUuid("3f0c1a4e-9d2b-4c4e-8a1f-2b3c4d5e6f70")).toBe("3f0c1a4e-9d2b-4c4e-8a1f-2b3c4d5e6f70");
  });
});

describe("the interview and transcript forms", () => {
  const valid = { conductedOn: "2021-04-20", interviewerUserId: "user-1", language: "DE", "participantIds[]": ["3f0c1a4e-9d2b-4c4e-8a1f-2b3c4d5e6f70"], notes: " Notizen " };

  it("accept a valid interview, with the language code lower-cased and notes trimmed", () => {
    expect(interviewSchema.parse(valid)).toEqual({ ...valid, language: "de", notes: "Notizen" });
    expect(interviewSchema.safeParse({ ...valid, language: "tr" }).success).toBe(true);
  });

  it("refuse an impossible or future date, a bad language code, no interviewer and no participant", () => {
    const result = interviewSchema.safeParse({ conductedOn: "2999-01-01", interviewerUserId: "", language: "deutsch", notes: "" });
    expect(messages(result)).toEqual({ conductedOn: "errors.dateInFuture", interviewerUserId: "errors.choose", language: "errors.choose", "participantIds[]": "errors.participantsRequired" });
    expect(messages(interviewSchema.safeParse({ ...valid, conductedOn: "2021-02-29" }))).toEqual({ conductedOn: "errors.date" });
  });

  it("store a transcript normalised, and refuse an empty one", () => {
    expect(transcriptSchema.parse({ text: "\uFEFFI: Cafe\u0301?\r\nTCN-01: Si\u0300." })).toEqual({ text: "I: Café?\nTCN-01: Sì." });
    expect(messages(transcriptSchema.safeParse({ text: " \r\n\u0000 " }))).toEqual({ text: "errors.required" });
  });

  it("trim a search and refuse one longer than 200 characters", () => {
    expect(searchQuerySchema.parse("  Ämter  ")).toBe("Ämter");
    expect(searchQuerySchema.parse(" \t ")).toBe("");
    expect(searchQuerySchema.safeParse(` ${"a".repeat(200)} `).success).toBe(true);
    expect(searchQuerySchema.safeParse("a".repeat(201)).error?.issues[0]?.message).toBe("errors.searchTooLong");
  });
});

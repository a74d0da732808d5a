import { describe, expect, it } from "vitest";
import { attendanceSchema, cohortSchema, sessionSchema } from "./training.schema";

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${String(i.path[0])}: ${i.message}`);

describe("cohortSchema", () => {
  const valid = { name: "Kohorte", kind: "staff", startsOn: "2021-09-01", endsOn: "2022-08-31", attendanceThresholdPercent: "75" };
  it("reads checkboxes and the threshold", () => {
    expect(cohortSchema("en").parse({ ...valid, requirePostAssessment: "on" })).toMatchObject({ attendanceThresholdPercent: 75, requirePostAssessment: true, midwayAssessment: false });
  });
  it("refuses an end not after the start, and a threshold outside 0–100", () => {
    expect(issues(cohortSchema("en").safeParse({ ...valid, endsOn: "2021-09-01" }))).toEqual(["endsOn: training.errors.endBeforeStartDate"]);
    expect(issues(cohortSchema("en").safeParse({ ...valid, attendanceThresholdPercent: "101" }))).toEqual(["attendanceThresholdPercent: errors.percent"]);
    expect(issues(cohortSchema("en").safeParse({ ...valid, attendanceThresholdPercent: "7.5" }))).toEqual(["attendanceThresholdPercent: errors.percent"]);
    expect(cohortSchema("en").parse({ ...valid, attendanceThresholdPercent: "0" }).attendanceThresholdPercent).toBe(0);
  });
});

describe("sessionSchema", () => {
  const valid = { title: "Termin", date: "2022-01-18", startTime: "09:00", endTime: "12:30", place: "Kreishaus", notes: "" };
  it("needs an end after the start and a place or an online address", () => {
    expect(sessionSchema.safeParse(valid).success).toBe(true);
    expect(sessionSchema.safeParse({ ...valid, place: "", onlineUrl: "https://meet.example/a" }).success).toBe(true);
    expect(issues(sessionSchema.safeParse({ ...valid, endTime: "09:00" }))).toEqual(["endTime: training.errors.endBeforeStart"]);
    expect(issues(sessionSchema.safeParse({ ...valid, place: " " }))).toEqual(["place: training.errors.placeOrOnline"]);
    expect(issues(sessionSchema.safeParse({ ...valid, startTime: "24:00" }))).toEqual(["startTime: training.errors.time"]);
  });
});

describe("attendanceSchema", () => {
  it("keeps the marks, ignores other fields, refuses a status that is none", () => {
    expect(attendanceSchema.parse({ _csrf: "x", "mark.a": "present", "mark.b": "excused" })).toEqual([
      { enrolmentId: "a", status: "present" },
      { enrolmentId: "b", status: "excused" },
    ]);
    expect(issues(attendanceSchema.safeParse({ "mark.a": "asleep" }))).toEqual(["mark.a: errors.choose"]);
  });
});

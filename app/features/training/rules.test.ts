import { describe, expect, it } from "vitest";
import { attendanceRate, completionRefusal, meetsThreshold, overlaps } from "./rules";

const at = (iso: string) => new Date(iso);

describe("overlaps", () => {
  const morning = { startsAt: at("2022-01-18T08:00:00Z"), endsAt: at("2022-01-18T11:00:00Z") };
  it("finds sessions that share any minute", () => {
    expect(overlaps(morning, { startsAt: at("2022-01-18T10:59:00Z"), endsAt: at("2022-01-18T12:00:00Z") })).toBe(true);
    expect(overlaps(morning, { startsAt: at("2022-01-18T09:00:00Z"), endsAt: at("2022-01-18T10:00:00Z") })).toBe(true);
  });
  it("lets sessions follow each other", () => {
    expect(overlaps(morning, { startsAt: at("2022-01-18T11:00:00Z"), endsAt: at("2022-01-18T12:00:00Z") })).toBe(false);
    expect(overlaps(morning, { startsAt: at("2022-01-18T06:00:00Z"), endsAt: at("2022-01-18T08:00:00Z") })).toBe(false);
  });
});

describe("attendanceRate and meetsThreshold", () => {
  it("counts presence among the sessions held", () => {
    expect(attendanceRate(6, 8)).toBe(75);
    expect(attendanceRate(2, 3)).toBe(66.7);
    expect(attendanceRate(0, 0)).toBeNull();
  });
  it("meets the threshold at or above it", () => {
    expect(meetsThreshold(75, 75)).toBe(true);
    expect(meetsThreshold(74.9, 75)).toBe(false);
    expect(meetsThreshold(null, 75)).toBe(false);
    expect(meetsThreshold(null, 0)).toBe(true);
  });
});

describe("completionRefusal", () => {
  const now = at("2022-09-01T10:00:00Z");
  it("refuses a cohort without sessions, one still running, one already completed", () => {
    expect(completionRefusal({ endsOn: "2022-08-31", completedAt: null }, null, now)).toBe("training.errors.noSessions");
    expect(completionRefusal({ endsOn: "2022-12-31", completedAt: null }, at("2022-10-01T10:00:00Z"), now)).toBe("training.errors.notYetOver");
    expect(completionRefusal({ endsOn: "2022-08-31", completedAt: at("2022-08-31T10:00:00Z") }, at("2022-06-01T10:00:00Z"), now)).toBe(
      "training.errors.alreadyCompleted",
    );
  });
  it("allows it after the end date, or once the last session is over", () => {
    expect(completionRefusal({ endsOn: "2022-08-31", completedAt: null }, at("2022-10-01T10:00:00Z"), now)).toBeNull();
    expect(completionRefusal({ endsOn: "2022-12-31", completedAt: null }, at("2022-06-01T10:00:00Z"), now)).toBeNull();
  });
});

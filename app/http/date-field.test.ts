import { describe, expect, it } from "vitest";
import { calendarDate, dateProblem } from "./date-field";

describe("a date typed in a form", () => {
  it("must exist", () => {
    expect(dateProblem("2021-04-15")).toBeNull();
    expect(dateProblem("2024-02-29")).toBeNull();
    for (const v of ["2021-02-29", "2100-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "2021-4-1", "15.04.2021", "", "2021-04-15\u0000"]) expect(dateProblem(v), v).toBe("errors.date");
  });

  it("must lie between 1900 and 2100: PostgreSQL has no year 0, and 9999 breaks time zones and feeds", () => {
    for (const v of ["0000-01-01", "0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"]) expect(dateProblem(v), v).toBe("errors.dateRange");
    expect(dateProblem("1900-01-01")).toBeNull();
    expect(dateProblem("2100-12-31")).toBeNull();
    expect(dateProblem("10000-01-01")).toBe("errors.date");
  });

  it("gives one message per field, and refuses the future where asked", () => {
    expect(calendarDate().safeParse("0000-01-01").error?.issues.map((i) => i.message)).toEqual(["errors.dateRange"]);
    expect(calendarDate().safeParse(["2021-01-01"]).error?.issues.map((i) => i.message)).toEqual(["errors.date"]);
    expect(calendarDate({ notInFuture: true }).safeParse("9999-01-01").error?.issues.map((i) => i.message)).toEqual(["errors.dateInFuture"]);
    expect(calendarDate({ notInFuture: true }).safeParse("2021-01-01").success).toBe(true);
    expect(calendarDate({ notInFuture: true }).safeParse("0000-01-01").error?.issues.map((i) => i.message)).toEqual(["errors.dateRange"]);
  });
});

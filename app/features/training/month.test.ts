import { describe, expect, it } from "vitest";
import { parseMonth, shiftMonth } from "./month";

describe("parseMonth and shiftMonth", () => {
  it("accepts YYYY-MM only", () => {
    expect(parseMonth("2022-01")).toBe("2022-01");
    expect(parseMonth("2022-13")).toBeNull();
    expect(parseMonth("22-01")).toBeNull();
    expect(parseMonth(null)).toBeNull();
    expect(parseMonth("1999-12")).toBeNull();
  });
  it("moves across years", () => {
    expect(shiftMonth("2022-01", -1)).toBe("2021-12");
    expect(shiftMonth("2021-12", 1)).toBe("2022-01");
  });
});

import { describe, expect, it } from "vitest";
import { localToUtc, utcToLocal, zoneOfCountry } from "./time-zone";

describe("zoneOfCountry", () => {
  it("knows the demo countries and falls back to UTC", () => {
    expect(zoneOfCountry("DE")).toBe("Europe/Berlin");
    expect(zoneOfCountry("it")).toBe("Europe/Rome");
    expect(zoneOfCountry("ES")).toBe("Europe/Madrid");
    expect(zoneOfCountry("PT")).toBe("UTC");
  });
});

describe("localToUtc and back", () => {
  it("uses winter and summer time", () => {
    expect(localToUtc("2022-01-18", "09:30", "Europe/Berlin").toISOString()).toBe("2022-01-18T08:30:00.000Z");
    expect(localToUtc("2022-07-05", "09:30", "Europe/Rome").toISOString()).toBe("2022-07-05T07:30:00.000Z");
    expect(localToUtc("2022-07-05", "09:30", "UTC").toISOString()).toBe("2022-07-05T09:30:00.000Z");
  });

  it("crosses midnight into the previous UTC day", () => {
    expect(localToUtc("2022-07-05", "00:30", "Europe/Madrid").toISOString()).toBe("2022-07-04T22:30:00.000Z");
  });

  it("reads a time skipped in spring one hour later, and a repeated autumn time as the first", () => {
    expect(localToUtc("2022-03-27", "02:30", "Europe/Berlin").toISOString()).toBe("2022-03-27T01:30:00.000Z");
    expect(localToUtc("2022-10-30", "02:30", "Europe/Berlin").toISOString()).toBe("2022-10-30T00:30:00.000Z");
  });

  it("shows an instant on the zone's clocks", () => {
    expect(utcToLocal(new Date("2022-01-18T08:30:00Z"), "Europe/Berlin")).toEqual({ date: "2022-01-18", time: "09:30" });
    expect(utcToLocal(new Date("2022-07-04T22:30:00Z"), "Europe/Madrid")).toEqual({ date: "2022-07-05", time: "00:30" });
  });
});

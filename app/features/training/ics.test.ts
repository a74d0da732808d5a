import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "./ics";

describe("buildCalendar", () => {
  it("writes events that a calendar parser reads back exactly, accents, commas and newlines included", () => {
    const text = buildCalendar("Kohorte 2021/22, Offenbach", [
      {
        sessionId: "8c0e3c52-0d4a-4b8e-9a4b-3b1f5f7d1a01",
        title: "Interkulturelle Kompetenz; Grundlagen, Teil 1",
        startsAt: new Date("2022-01-18T08:30:00Z"),
        endsAt: new Date("2022-01-18T12:00:00Z"),
        place: "Kreishaus Dietzenbach, Raum 2.14",
        onlineUrl: "https://meet.example/abc?x=1,2",
        description: ["Kohorte: Zuwanderung & Verwaltung", "Module: Diskriminierung erkennen, Recht\\Verfahren"],
      },
    ]);
    const component = new ICAL.Component(ICAL.parse(text));
    const [event] = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(event.uid).toBe("8c0e3c52-0d4a-4b8e-9a4b-3b1f5f7d1a01@eccipa-training");
    expect(event.summary).toBe("Interkulturelle Kompetenz; Grundlagen, Teil 1");
    expect(event.location).toBe("Kreishaus Dietzenbach, Raum 2.14");
    expect(event.description).toBe("Kohorte: Zuwanderung & Verwaltung\nModule: Diskriminierung erkennen, Recht\\Verfahren");
    expect(event.startDate.toJSDate().toISOString()).toBe("2022-01-18T08:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2022-01-18T12:00:00.000Z");
    expect(event.startDate.zone.tzid).toBe("UTC");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://meet.example/abc?x=1,2");
  });

  it("writes a valid empty calendar", () => {
    const component = new ICAL.Component(ICAL.parse(buildCalendar("Leer, nichts", [])));
    expect(component.getAllSubcomponents("vevent")).toEqual([]);
    // X- properties are read raw (escaped), as RFC 5545 leaves their type open.
    expect(component.getFirstPropertyValue("x-wr-calname")).toBe("Leer\\, nichts");
  });
});

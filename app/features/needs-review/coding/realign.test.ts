import { describe, expect, it } from "vitest";
import { paragraphSpan, realignCodings, type CodingToRealign } from "./realign";
import { paragraphsOf } from "../interviews/transcript-text";

function codingOf(text: string, quote: string, id = quote): CodingToRealign {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { id, start, end: start + quote.length, quote, placement: "placed" };
}

const OLD = [
  "I: Wie war Ihr erster Termin im Bürgeramt?",
  "TCN-07: Amira hat mir geholfen. Niemand sprach Arabisch, und das Formular gab es nur auf Deutsch.",
  "I: Und danach?",
  "TCN-07: Im Jobcenter war es besser, dort gab es eine Dolmetscherin.",
].join("\n");

describe("realignCodings", () => {
  it("moves a coding with its words when text is inserted before it", () => {
    const coding = codingOf(OLD, "Niemand sprach Arabisch");
    const updated = OLD.replace("I: Wie war", "I: Guten Tag. Wie war");
    const [result] = realignCodings(OLD, updated, [coding]);
    expect(result).toMatchObject({ placement: "placed", quote: "Niemand sprach Arabisch" });
    if (result.placement !== "placed") throw new Error("unplaced");
    expect(updated.slice(result.start, result.end)).toBe("Niemand sprach Arabisch");
    expect(result.start).toBe(coding.start + "Guten Tag. ".length);
  });

  it("keeps a coding placed when a name inside it is pseudonymised, and updates its quote", () => {
    const coding = codingOf(OLD, "Amira hat mir geholfen. Niemand sprach Arabisch");
    const updated = OLD.replace("Amira", "[PERSON-1]");
    const [result] = realignCodings(OLD, updated, [coding]);
    expect(result).toMatchObject({ placement: "placed", quote: "[PERSON-1] hat mir geholfen. Niemand sprach Arabisch" });
  });

  it("places a coding of exactly the replaced words on their replacement", () => {
    const coding = codingOf(OLD, "Amira");
    const [result] = realignCodings(OLD, OLD.replace("Amira", "TCN-03"), [coding]);
    expect(result).toMatchObject({ placement: "placed", quote: "TCN-03" });
  });

  it("finds a moved passage by its quote when its place was rewritten", () => {
    const coding = codingOf(OLD, "dort gab es eine Dolmetscherin");
    const lines = OLD.split("\n");
    const updated = [lines[3], lines[0], lines[1], lines[2]].join("\n");
    const [result] = realignCodings(OLD, updated, [coding]);
    if (result.placement !== "placed") throw new Error("unplaced");
    expect(updated.slice(result.start, result.end)).toBe("dort gab es eine Dolmetscherin");
    expect(result.paragraphFirst).toBe(0);
  });

  it("flags as unplaced a coding whose words were deleted, and never drops it", () => {
    const coding = codingOf(OLD, "Im Jobcenter war es besser");
    const kept = codingOf(OLD, "Und danach?");
    const updated = OLD.replace("TCN-07: Im Jobcenter war es besser, dort gab es eine Dolmetscherin.", "TCN-07: Dazu möchte ich nichts sagen.");
    const results = realignCodings(OLD, updated, [coding, kept]);
    expect(results).toHaveLength(2);
    expect(results[0]).toEqual({ id: coding.id, placement: "unplaced" });
    expect(results[1]).toMatchObject({ placement: "placed", quote: "Und danach?" });
  });

  it("gives an unplaced coding another chance when its quote comes back", () => {
    const coding: CodingToRealign = { id: "x", start: 0, end: 5, quote: "Dolmetscherin", placement: "unplaced" };
    const [result] = realignCodings("irrelevant", OLD, [coding]);
    expect(result).toMatchObject({ placement: "placed", quote: "Dolmetscherin" });
  });

  it("records the paragraphs a carried coding touches", () => {
    const coding = codingOf(OLD, "Und danach?\nTCN-07: Im Jobcenter");
    const updated = `I: Vorbemerkung.\n${OLD}`;
    const [result] = realignCodings(OLD, updated, [coding]);
    expect(result).toMatchObject({ placement: "placed", paragraphFirst: 3, paragraphLast: 4 });
  });
});

describe("paragraphSpan", () => {
  const paragraphs = paragraphsOf("eins\n\nzwei\ndrei");
  it("names the first and last paragraph a range touches", () => {
    expect(paragraphSpan(paragraphs, 2, 9)).toEqual({ first: 0, last: 1 });
  });
  it("falls back to the paragraph before a range of blank space", () => {
    expect(paragraphSpan(paragraphs, 4, 6)).toEqual({ first: 0, last: 0 });
  });
});

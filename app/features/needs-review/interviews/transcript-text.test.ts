import { describe, expect, it } from "vitest";
import { decodeTextFile, normaliseTranscript, paragraphsOf, speakerTurns } from "./transcript-text";

describe("normaliseTranscript", () => {
  it("composes decomposed characters (NFC), so one visible letter is one code point", () => {
    const decomposed = "Mu\u0308ller, citta\u0300, espan\u0303ol";
    const stored = normaliseTranscript(decomposed);
    expect(stored).toBe("Müller, città, español");
    expect(stored.length).toBe(decomposed.length - 3);
    expect(stored.normalize("NFC")).toBe(stored);
  });

  it("turns CRLF, lone CR and Unicode line separators into LF", () => {
    expect(normaliseTranscript("I: Hallo\r\nTCN-07: Guten Tag\rI: Danke\u2028Ende\u2029")).toBe("I: Hallo\nTCN-07: Guten Tag\nI: Danke\nEnde\n");
    expect(normaliseTranscript("a\r\n\r\nb")).toBe("a\n\nb");
  });

  it("removes NUL characters and byte-order marks", () => {
    expect(normaliseTranscript("\uFEFFI: Buongiorno\u0000.\n")).toBe("I: Buongiorno.\n");
  });

  it("keeps speaker turns, blank lines, indentation and tabs intact", () => {
    const text = "I: ¿Cómo llegó al servicio?\n\nCS-01: Por una amiga.\n\tNota: pausa larga\nTCN-07: Ja.";
    expect(normaliseTranscript(text)).toBe(text);
    expect(speakerTurns(normaliseTranscript(text))).toEqual(["I", "CS-01", "TCN-07"]);
  });

  it("is idempotent: normalising stored text changes nothing, so offsets never drift", () => {
    const once = normaliseTranscript("\uFEFFI: Grüße\r\nTCN-01: Cafe\u0301\r");
    expect(normaliseTranscript(once)).toBe(once);
    expect(once.indexOf("Café")).toBe(once.lastIndexOf("Café"));
  });
});

describe("decodeTextFile", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it("reads UTF-8 text, with or without a byte-order mark", () => {
    expect(decodeTextFile(bytes("I: Grüße\r\nTCN-01: Ciao"))).toBe("I: Grüße\r\nTCN-01: Ciao");
    expect(normaliseTranscript(decodeTextFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("I: ¿Sí?")]))!)).toBe("I: ¿Sí?");
  });

  it("refuses invalid UTF-8 (a Latin-1 file) and binary content (PDF, ZIP, NUL bytes)", () => {
    expect(decodeTextFile(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]))).toBeNull();
    expect(decodeTextFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBeNull();
    expect(decodeTextFile(bytes("%PDF-1.7\n\u0001\u0002"))).toBeNull();
    expect(decodeTextFile(bytes("I: a\u0000b"))).toBeNull();
  });
});

describe("paragraphsOf", () => {
  it("gives each non-blank line as a range of the stored text, without its outer spaces", () => {
    const text = "I: Wie war es?\n\n  TCN-07: Schwierig, äh, sehr.  \n\t\nI: Danke.";
    const paragraphs = paragraphsOf(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["I: Wie war es?", "TCN-07: Schwierig, äh, sehr.", "I: Danke."]);
    expect(paragraphs.map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it("finds no paragraph in blank text", () => {
    expect(paragraphsOf("\n  \n")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { CodePointOffsets, sliceCodePoints } from "./positions";

describe("code point offsets", () => {
  it("equal UTF-16 offsets in text without characters outside the BMP (accents, CJK of the BMP)", () => {
    const text = "Behörde – 東京 ñ";
    const offsets = new CodePointOffsets(text);
    for (let i = 0; i <= text.length; i++) expect(offsets.toCodePoints(i)).toBe(i);
  });

  it("count an emoji or a CJK extension ideograph as one character", () => {
    const text = "I: 😀 wait 𠀋 here 👩‍👩‍👧 end";
    const offsets = new CodePointOffsets(text);
    const quote = "here";
    const start = text.indexOf(quote);
    const [cpStart, cpEnd] = [offsets.toCodePoints(start), offsets.toCodePoints(start + quote.length)];
    // 😀 and 𠀋 are one pair each, the family emoji three pairs joined by two ZWJ (BMP characters).
    expect(start - cpStart).toBe(2);
    expect(sliceCodePoints(text, cpStart, cpEnd)).toBe(quote);
    expect(offsets.toCodePoints(text.length)).toBe(Array.from(text).length);
  });

  it("counts a pair cut in half as one character, and a lone surrogate as one", () => {
    const text = "a😀b\ud800c";
    const offsets = new CodePointOffsets(text);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => offsets.toCodePoints(i))).toEqual([0, 1, 2, 2, 3, 4, 5]);
  });
});

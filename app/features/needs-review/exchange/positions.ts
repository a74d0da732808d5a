// Codings store offsets as JavaScript counts them (UTF-16 code units); REFI-QDA counts the
// characters (Unicode code points) of the plain text, as Python, Java's codePoint API and the
// QDA programs do. The two differ after every character outside the Basic Multilingual Plane
// (emoji, CJK extension ideographs), which takes two code units but is one character.

/** Converts UTF-16 offsets of one text to code point offsets, in O(log n) each after one scan. */
export class CodePointOffsets {
  /** UTF-16 index of the high surrogate of each pair, in order. */
  private readonly pairs: number[] = [];

  constructor(text: string) {
    for (let i = 0; i < text.length - 1; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.pairs.push(i);
          i++;
        }
      }
    }
  }

  /** The number of characters before the UTF-16 offset (a pair cut in half counts as one). */
  toCodePoints(offset: number): number {
    // Pairs that end at or before the offset each counted two units for one character.
    let low = 0;
    let high = this.pairs.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.pairs[mid] + 2 <= offset) low = mid + 1;
      else high = mid;
    }
    return offset - low;
  }
}

/** The text between two code point offsets (start inclusive, end exclusive). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

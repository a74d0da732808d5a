// Transcripts are stored as normalised plain text, so that a character offset (of a coded
// passage, later) means the same thing however the text arrived: pasted from a browser on
// Windows, saved by a word processor with a byte-order mark, typed with decomposed accents.

/**
 * The stored form of a transcript: Unicode NFC; CRLF, CR and the Unicode line separators
 * become LF; NUL characters and byte-order marks are removed. Nothing else changes: speaker
 * turns ("I:", "TCN-07:"), blank lines, tabs and spaces stay where they were.
 */
export function normaliseTranscript(text: string): string {
  return text
    .replace(/[\u0000\uFEFF]/g, "")
    .replace(/\r\n?|[\u0085\u2028\u2029]/g, "\n")
    .normalize("NFC");
}

/** The speaker turns of a transcript, in order: lines that begin with "SPEAKER:". */
export function speakerTurns(text: string): string[] {
  return text.split("\n").flatMap((line) => {
    const match = /^([\p{L}\p{N}][\p{L}\p{N}_-]{0,29}):\s/u.exec(line);
    return match ? [match[1]] : [];
  });
}

/** The largest transcript file accepted for upload. */
export const TRANSCRIPT_FILE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The text of an uploaded .txt file, judged by its content, not its name: it must be valid
 * UTF-8 (a byte-order mark is allowed) and hold no control characters other than tab, line
 * breaks and form feed, as binary files (images, PDF, DOCX) do. Null when it is not such text.
 */
export function decodeTextFile(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) return null;
  return text;
}

/** A paragraph of a transcript: its character range [start, end) in the stored text. */
export type Paragraph = { index: number; start: number; end: number };

/**
 * The paragraphs of a stored transcript: each non-blank line, so a speaker turn is one
 * paragraph. Coding by paragraph (without JavaScript) and the units of intercoder agreement
 * both use these ranges; leading and trailing spaces of a line are left out of its range.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (trimmed) {
      const start = lineStart + lead;
      paragraphs.push({ index: paragraphs.length, start, end: start + trimmed.length });
    }
    lineStart += line.length + 1;
  }
  return paragraphs;
}

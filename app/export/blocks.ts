// A document as a sequence of blocks (headings, paragraphs, lists, figure tables, quotes) in one
// language: the one layout that the HTML view (components/documents), the DOCX (docx.ts) and the
// tagged PDF (pdf.ts) all render, so that the three never disagree. The Needs Review Report and
// the Training Programme Toolkit each build one from their content.
import type { Language } from "~/i18n/languages";

export type DocumentBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; items: string[] }
  | { type: "table"; caption: string; headers: [string, string]; rows: [string, string][] }
  | { type: "quote"; text: string; attribution: string };

export type BlockDocument = { title: string; subtitle: string; language: Language; blocks: DocumentBlock[] };

/** Text as typed: a blank line separates paragraphs. */
export function paragraphBlocks(text: string): DocumentBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ type: "paragraph", text: p }));
}

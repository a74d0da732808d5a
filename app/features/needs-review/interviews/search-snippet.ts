// Search snippets travel from the database to the page as plain text with two private-use
// characters around each matched word (ts_headline's StartSel/StopSel). They are not HTML, so
// nothing in a transcript can become markup: the page turns the pairs into <mark> elements and
// React escapes everything else.

export const MARK_START = "\uE000";
export const MARK_STOP = "\uE001";

export type SnippetPart = { text: string; marked: boolean };

/** The snippet as runs of plain and marked text. Stray or unbalanced markers are dropped. */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let text = "";
  const flush = () => {
    if (text) parts.push({ text, marked });
    text = "";
  };
  for (const ch of snippet) {
    if (ch === MARK_START || ch === MARK_STOP) {
      flush();
      marked = ch === MARK_START;
    } else {
      text += ch;
    }
  }
  flush();
  return parts;
}

// The text of an uploaded transcript file: plain text, a Word document (.docx) or an
// OpenDocument text (.odt). The kind is judged by the bytes, never by the file's name or the
// MIME type the browser declared, so a renamed file is read as what it is. The text keeps what
// matters for coding (one line per paragraph, tabs, line breaks, spaces) and nothing of the
// layout; it then goes through the same normalisation and schema as pasted text.
import { Unzip, UnzipInflate, unzipSync } from "fflate";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { decodeTextFile } from "./transcript-text";

/**
 * The most uncompressed bytes read from one archive. Only the parts we read count (the XML of
 * the text, not pictures); a transcript of a million characters is well under this, a "zip
 * bomb" (a small file that unpacks to gigabytes) is not.
 */
export const TRANSCRIPT_ARCHIVE_MAX_BYTES = 20 * 1024 * 1024;

/** Compressed bytes fed to the inflater at a time: DEFLATE expands at most ~1,032 times, so one step stays near 4 MB before the cap is checked again. */
const INFLATE_STEP = 4 * 1024;

export type TranscriptFileFormat = "txt" | "docx" | "odt";
/** Why a file was refused, as a catalog key. */
export type TranscriptFileError = "errors.fileNotTranscript" | "errors.fileTooLargeUnpacked" | "errors.fileEmpty";
export type TranscriptFileResult = { ok: true; format: TranscriptFileFormat; text: string } | { ok: false; error: TranscriptFileError };

const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
const DOCX_PARTS = { document: "word/document.xml", contentTypes: "[Content_Types].xml" };
const ODT_PARTS = { mimetype: "mimetype", content: "content.xml" };

/** Thrown inside the readers; turned into a refusal by readTranscriptFile. */
class Refusal extends Error {
  constructor(readonly key: TranscriptFileError) {
    super(key);
  }
}

/** The text of an uploaded transcript (.txt, .docx or .odt), or why it cannot be read. */
export function readTranscriptFile(bytes: Uint8Array): TranscriptFileResult {
  let result: { format: TranscriptFileFormat; text: string };
  try {
    result = isZip(bytes) ? readOfficeDocument(bytes) : { format: "txt", text: readPlainText(bytes) };
  } catch (error) {
    // Anything a damaged archive or malformed XML throws is a refusal, never a 500.
    return { ok: false, error: error instanceof Refusal ? error.key : "errors.fileNotTranscript" };
  }
  if (result.text.trim() === "") return { ok: false, error: "errors.fileEmpty" };
  return { ok: true, ...result };
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function readPlainText(bytes: Uint8Array): string {
  const text = decodeTextFile(bytes);
  if (text === null) throw new Refusal("errors.fileNotTranscript");
  return text;
}

function readOfficeDocument(bytes: Uint8Array): { format: TranscriptFileFormat; text: string } {
  const declared = declaredSizes(bytes);
  if (declared.has(DOCX_PARTS.document) && declared.has(DOCX_PARTS.contentTypes)) {
    const parts = inflateParts(bytes, declared, [DOCX_PARTS.document]);
    return { format: "docx", text: docxText(xmlOf(parts.get(DOCX_PARTS.document)!)) };
  }
  if (declared.has(ODT_PARTS.mimetype) && declared.has(ODT_PARTS.content)) {
    const parts = inflateParts(bytes, declared, [ODT_PARTS.mimetype, ODT_PARTS.content]);
    if (xmlOf(parts.get(ODT_PARTS.mimetype)!).trim() !== ODT_MIMETYPE) throw new Refusal("errors.fileNotTranscript");
    return { format: "odt", text: odtText(xmlOf(parts.get(ODT_PARTS.content)!)) };
  }
  // Another kind of archive: a spreadsheet, a presentation, a plain ZIP.
  throw new Refusal("errors.fileNotTranscript");
}

/** The uncompressed size each entry declares in the central directory; nothing is inflated here. */
function declaredSizes(bytes: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  unzipSync(bytes, {
    filter: (entry) => {
      // Two entries of one name make it ambiguous which one is the document.
      if (sizes.has(entry.name)) throw new Refusal("errors.fileNotTranscript");
      sizes.set(entry.name, entry.originalSize);
      return false;
    },
  });
  return sizes;
}

/**
 * Inflates the named entries, refusing the archive when their declared sizes add up to more
 * than the cap, and again while inflating, in small steps, in case the declared sizes lie.
 * An entry that inflates to another size than it declared is damaged.
 */
function inflateParts(bytes: Uint8Array, declared: Map<string, number>, names: string[]): Map<string, Uint8Array> {
  const declaredTotal = names.reduce((sum, name) => sum + (declared.get(name) ?? 0), 0);
  if (declaredTotal > TRANSCRIPT_ARCHIVE_MAX_BYTES) throw new Refusal("errors.fileTooLargeUnpacked");
  const chunks = new Map<string, Uint8Array[]>();
  const finished = new Set<string>();
  let total = 0;
  let refusal: Refusal | null = null;
  const unzip = new Unzip((file) => {
    if (!names.includes(file.name) || chunks.has(file.name)) return;
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data, final) => {
      if (refusal) return;
      if (error) {
        refusal = new Refusal("errors.fileNotTranscript");
        return;
      }
      total += data.length;
      if (total > TRANSCRIPT_ARCHIVE_MAX_BYTES) {
        refusal = new Refusal("errors.fileTooLargeUnpacked");
        return;
      }
      parts.push(data);
      if (final) finished.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length && !refusal; at += INFLATE_STEP) {
    unzip.push(bytes.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= bytes.length);
  }
  if (refusal) throw refusal;
  const result = new Map<string, Uint8Array>();
  for (const name of names) {
    const data = concat(chunks.get(name) ?? []);
    if (!finished.has(name) || data.length !== declared.get(name)) throw new Refusal("errors.fileNotTranscript");
    result.set(name, data);
  }
  return result;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** XML parts of both formats are UTF-8; anything else is treated as damaged. */
function xmlOf(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

type Handlers = {
  open(tag: SaxesTagNS, parent: SaxesTagNS | undefined): "skip" | void;
  close(tag: SaxesTagNS): void;
  text(text: string): void;
};

/**
 * Walks an XML document with namespaces resolved (prefixes may differ between producers),
 * calling the handlers for elements and for character data outside skipped subtrees. A
 * document type declaration is refused: neither format has one, and its entities are the
 * classic way to make a small XML file expand.
 */
function walkXml(xml: string, handlers: Handlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: SaxesTagNS[] = [];
  let skipDepth = 0;
  parser.on("doctype", () => {
    throw new Refusal("errors.fileNotTranscript");
  });
  parser.on("opentag", (tag) => {
    stack.push(tag);
    if (skipDepth > 0 || handlers.open(tag, stack.at(-2)) === "skip") skipDepth++;
  });
  parser.on("closetag", (tag) => {
    stack.pop();
    if (skipDepth > 0) skipDepth--;
    else handlers.close(tag);
  });
  const onText = (text: string) => {
    if (skipDepth === 0) handlers.text(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(xml).close();
}

/** Collects lines; a paragraph ends its line. Trailing empty paragraphs are left out. */
class Lines {
  private readonly done: string[] = [];
  current = "";
  add(text: string) {
    this.current += text;
  }
  end() {
    this.done.push(this.current);
    this.current = "";
  }
  text(): string {
    const lines = this.current ? [...this.done, this.current] : [...this.done];
    while (lines.length > 0 && lines.at(-1)!.trim() === "") lines.pop();
    return lines.join("\n");
  }
}

const WORD_NS = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);
const MARKUP_COMPATIBILITY_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
// Not the visible text: deleted or moved-away tracked changes, field instructions (the field's
// result stays), and properties (their w:tab elements are tab stops, not tabs).
const WORD_SKIPPED = new Set(["del", "moveFrom", "delText", "instrText", "delInstrText", "pPr", "rPr"]);

/**
 * The text of word/document.xml: one line per paragraph (w:p, including list items and table
 * cells), w:tab (and w:ptab) as a tab, w:br and w:cr as line breaks, the w:t of every run however deeply it
 * sits in hyperlinks, smart tags or inserted changes. Footnotes, endnotes, comments, headers
 * and footers are in other parts of the package and are not read: a transcript's content is
 * its body.
 */
export function docxText(xml: string): string {
  const lines = new Lines();
  let inText = 0;
  walkXml(xml, {
    open(tag, parent) {
      // Alternative content comes twice (the choice and a fallback for older readers).
      if (tag.uri === MARKUP_COMPATIBILITY_NS && tag.local === "Fallback") return "skip";
      if (!WORD_NS.has(tag.uri)) return;
      if (WORD_SKIPPED.has(tag.local)) return "skip";
      if (tag.local === "t") inText++;
      else if ((tag.local === "tab" || tag.local === "ptab") && parent?.local === "r") lines.add("\t");
      else if (tag.local === "br" || tag.local === "cr") lines.add("\n");
      else if (tag.local === "noBreakHyphen") lines.add("-");
    },
    close(tag) {
      if (!WORD_NS.has(tag.uri)) return;
      if (tag.local === "t") inText--;
      else if (tag.local === "p") lines.end();
    },
    text(text) {
      if (inText > 0) lines.add(text);
    },
  });
  return lines.text();
}

const ODF_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const ODF_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const SVG_NS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
// Not the visible text: the record of tracked changes (it holds the deleted text), footnotes
// and endnotes (text:note; left out on purpose, like in .docx), comments, and the titles and
// descriptions of drawings.
const ODF_SKIPPED: [string, string][] = [
  [ODF_TEXT_NS, "tracked-changes"],
  [ODF_TEXT_NS, "note"],
  [ODF_OFFICE_NS, "annotation"],
  [SVG_NS, "title"],
  [SVG_NS, "desc"],
];

/**
 * The text of content.xml: one line per text:p and text:h (list items hold text:p), text:tab
 * as a tab, text:line-break as a line break, text:s as text:c spaces (one if absent), spans
 * and links read through. Runs of white space in the character data count as one space and
 * are dropped at the start of a paragraph, as the OpenDocument format says; spaces that
 * matter are written as text:s by the producer.
 */
export function odtText(xml: string): string {
  const lines = new Lines();
  let inParagraph = 0;
  // True after collapsible white space, so the next run of it adds nothing.
  let afterSpace = true;
  const add = (text: string, collapsible: boolean) => {
    lines.add(text);
    afterSpace = collapsible;
  };
  walkXml(xml, {
    open(tag) {
      if (ODF_SKIPPED.some(([uri, local]) => tag.uri === uri && tag.local === local)) return "skip";
      if (tag.uri !== ODF_TEXT_NS) return;
      if (tag.local === "p" || tag.local === "h") {
        inParagraph++;
        afterSpace = true;
      } else if (inParagraph > 0 && tag.local === "tab") add("\t", false);
      // A line break starts a new line, so white space right after it is dropped like at a paragraph's start.
      else if (inParagraph > 0 && tag.local === "line-break") add("\n", true);
      else if (inParagraph > 0 && tag.local === "s") {
        const count = Number(Object.values(tag.attributes).find((a) => a.uri === ODF_TEXT_NS && a.local === "c")?.value ?? "1");
        // A forged count could ask for millions of spaces; a real one is small.
        if (!Number.isInteger(count) || count < 1 || count > 1000) throw new Refusal("errors.fileNotTranscript");
        add(" ".repeat(count), false);
      }
    },
    close(tag) {
      if (tag.uri === ODF_TEXT_NS && (tag.local === "p" || tag.local === "h")) {
        inParagraph--;
        lines.end();
        afterSpace = true;
      }
    },
    text(text) {
      if (inParagraph === 0) return;
      for (const piece of text.split(/([ \t\r\n]+)/)) {
        if (piece === "") continue;
        if (/^[ \t\r\n]/.test(piece)) {
          if (!afterSpace) add(" ", true);
        } else add(piece, false);
      }
    },
  });
  return lines.text();
}

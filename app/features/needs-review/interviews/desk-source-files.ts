// A file attached to a desk research source: a PDF, an office document or spreadsheet (OOXML or
// OpenDocument), or UTF-8 text (CSV, TXT). The type is judged by the bytes, never by the file's
// name or the MIME type the browser declared; the stored media type is the detected one.
import { unzipSync } from "fflate";
import { decodeTextFile } from "./transcript-text";

/** The largest file accepted (the request limit is 5 MB, so the rest of the form fits). */
export const DESK_SOURCE_FILE_MAX_BYTES = 4 * 1024 * 1024;
/** The `accept` hint of the file field; only a hint, the server judges the content. */
export const DESK_SOURCE_FILE_ACCEPT = ".pdf,.docx,.odt,.xlsx,.ods,.csv,.txt";
const FILE_NAME_MAX_CHARS = 200;

export const DESK_SOURCE_MEDIA_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  csv: "text/csv; charset=utf-8",
  txt: "text/plain; charset=utf-8",
} as const;
export type DeskSourceFileKind = keyof typeof DESK_SOURCE_MEDIA_TYPES;

export type DeskSourceFileError = "errors.sourceFileTooLarge" | "errors.sourceFileType";
export type DeskSourceFileUpload = { fileName: string; mediaType: string; size: number; content: Uint8Array };

/** The kind of file these bytes are, or null when it is none of the accepted ones. */
export function detectDeskSourceFile(bytes: Uint8Array, fileName: string): DeskSourceFileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeKind(bytes);
  if (bytes.length === 0 || decodeTextFile(bytes) === null) return null;
  // Both are text: the name only chooses between two inert text types.
  return /\.csv$/i.test(fileName) ? "csv" : "txt";
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

const ODF_KINDS: Record<string, DeskSourceFileKind> = {
  [DESK_SOURCE_MEDIA_TYPES.odt]: "odt",
  [DESK_SOURCE_MEDIA_TYPES.ods]: "ods",
};

/** DOCX/XLSX by their parts, ODT/ODS by the `mimetype` entry; any other archive is refused. */
function officeKind(bytes: Uint8Array): DeskSourceFileKind | null {
  const names = new Set<string>();
  let mimetype: Uint8Array | undefined;
  try {
    const inflated = unzipSync(bytes, {
      filter: (entry) => {
        // Two entries of one name make it ambiguous which one counts.
        if (names.has(entry.name)) throw new Error("duplicate entry");
        names.add(entry.name);
        // Only the tiny `mimetype` entry is ever inflated.
        return entry.name === "mimetype" && entry.originalSize <= 100 && entry.size <= 200;
      },
    });
    mimetype = inflated.mimetype;
  } catch {
    return null; // a damaged archive is refused, never a 500
  }
  if (mimetype) {
    const declared = new TextDecoder("utf-8", { fatal: false }).decode(mimetype).trim();
    return ODF_KINDS[declared] ?? null;
  }
  if (!names.has("[Content_Types].xml")) return null;
  const under = (folder: string) => [...names].some((n) => n.startsWith(folder));
  if (under("word/")) return "docx";
  if (under("xl/")) return "xlsx";
  return null;
}

/** The original name, trimmed, without control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, "")
    .trim();
  const short = Array.from(cleaned).slice(0, FILE_NAME_MAX_CHARS).join("").trim();
  return short || "file";
}

/**
 * The file sent in the form's `file` field: none (no file chosen), the checked upload, or why
 * it is refused (a catalog key). Toolkit materials reuse it with their own size limit.
 */
export async function readDeskSourceUpload(
  value: FormDataEntryValue | null,
  maxBytes = DESK_SOURCE_FILE_MAX_BYTES,
): Promise<{ ok: true; file: DeskSourceFileUpload | null } | { ok: false; error: DeskSourceFileError }> {
  if (!(value instanceof File) || (value.size === 0 && value.name === "")) return { ok: true, file: null };
  if (value.size > maxBytes) return { ok: false, error: "errors.sourceFileTooLarge" };
  const content = new Uint8Array(await value.arrayBuffer());
  const fileName = cleanFileName(value.name);
  const kind = detectDeskSourceFile(content, fileName);
  if (!kind) return { ok: false, error: "errors.sourceFileType" };
  return { ok: true, file: { fileName, mediaType: DESK_SOURCE_MEDIA_TYPES[kind], size: content.length, content } };
}

// Reads the report files back as a reader's software would: the DOCX's document.xml (unzipped,
// runs joined into visible text) and the PDF's text (pdftotext from poppler-utils).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";

export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)["word/document.xml"]);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(" ")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function savedPdf(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-pdf-")), "report.pdf");
  writeFileSync(file, bytes);
  return file;
}

/** The PDF's text with runs of white space as one space (lines wrap wherever the layout says). */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", savedPdf(bytes), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

export function pdfInfo(bytes: Uint8Array): string {
  return execFileSync("pdfinfo", [savedPdf(bytes)], { encoding: "utf8" });
}

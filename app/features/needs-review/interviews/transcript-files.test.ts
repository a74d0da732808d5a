import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  documentXml,
  docxPackage,
  emptyDocx,
  INTERVIEW_DOCX_TEXT,
  INTERVIEW_ODT_TEXT,
  interviewDocx,
  interviewOdt,
  lieAboutSizes,
  odfPackage,
  odtContent,
  zipBombDocx,
} from "../../../../tests/support/transcript-documents";
import { docxText, odtText, readTranscriptFile, TRANSCRIPT_ARCHIVE_MAX_BYTES } from "./transcript-files";
import { normaliseTranscript, paragraphsOf, speakerTurns } from "./transcript-text";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const refused = (error: string) => ({ ok: false, error });

describe("readTranscriptFile with real documents", () => {
  it("reads a DOCX written by the docx package: paragraphs, tab, line break, no deleted text, no field code", async () => {
    const result = readTranscriptFile(await interviewDocx());
    expect(result).toEqual({ ok: true, format: "docx", text: INTERVIEW_DOCX_TEXT });
  });

  it("reads an ODT package: headings, spans, links, list items, text:s with a count, no tracked deletion, note or comment", () => {
    const result = readTranscriptFile(interviewOdt());
    expect(result).toEqual({ ok: true, format: "odt", text: INTERVIEW_ODT_TEXT });
  });

  it("keeps speaker turns as lines, so they are paragraphs of the stored text", async () => {
    const read = readTranscriptFile(await interviewDocx());
    const stored = normaliseTranscript(read.ok ? read.text : "");
    expect(speakerTurns(stored)).toEqual(["I", "TCN-07", "CS-01", "TCN-12", "TCN-03"]);
    expect(paragraphsOf(stored).map((p) => stored.slice(p.start, p.end))[1]).toBe("TCN-07: Über eine Freundin. Die Wartezeit war sehr lang – fast drei Monate.");
  });

  it("reads an archive written by a streaming writer (sizes in data descriptors after each entry)", () => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    const entries: [ZipPassThrough | ZipDeflate, string][] = [
      [new ZipPassThrough("mimetype"), "application/vnd.oasis.opendocument.text"],
      [new ZipDeflate("content.xml", { level: 6 }), odtContent("<text:p>I: ¿Qué tal?</text:p><text:p>TCN-01: Bien, gracias.</text:p>")],
    ];
    for (const [entry, text] of entries) {
      zip.add(entry);
      entry.push(strToU8(text), true);
    }
    zip.end();
    const bytes = new Uint8Array(chunks.reduce<number[]>((all, c) => [...all, ...c], []));
    expect(new DataView(bytes.buffer).getUint16(6, true) & 8).toBe(8);
    expect(readTranscriptFile(bytes)).toEqual({ ok: true, format: "odt", text: "I: ¿Qué tal?\nTCN-01: Bien, gracias." });
  });

  it("judges by content: a .txt stays text, a ZIP is read as the document it holds", () => {
    expect(readTranscriptFile(strToU8("I: Grüß Gott\r\nTCN-01: Servus"))).toEqual({ ok: true, format: "txt", text: "I: Grüß Gott\r\nTCN-01: Servus" });
    // A plain-text file that merely starts with "PK" is still text.
    expect(readTranscriptFile(strToU8("PK: Paket angekommen?"))).toMatchObject({ ok: true, format: "txt" });
  });
});

describe("readTranscriptFile refuses what it cannot read", () => {
  const notTranscript = refused("errors.fileNotTranscript");

  it("refuses a PDF, a PNG and an old binary .doc", () => {
    expect(readTranscriptFile(new Uint8Array([...strToU8("%PDF-1.7\n%"), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]))).toEqual(notTranscript);
    expect(readTranscriptFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual(notTranscript);
    expect(readTranscriptFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual(notTranscript);
  });

  it("refuses a ZIP that is no text document: plain archive, spreadsheet, ODF spreadsheet, ODF without its mimetype", () => {
    expect(readTranscriptFile(zipSync({ "notizen/a.txt": strToU8("I: Hallo") }))).toEqual(notTranscript);
    expect(readTranscriptFile(zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") }))).toEqual(notTranscript);
    expect(readTranscriptFile(odfPackage("application/vnd.oasis.opendocument.spreadsheet", odtContent("<text:p>Tabelle</text:p>")))).toEqual(notTranscript);
    expect(readTranscriptFile(zipSync({ "content.xml": strToU8(odtContent("<text:p>Ohne mimetype</text:p>")) }))).toEqual(notTranscript);
  });

  it("refuses a truncated DOCX and one whose compressed data is damaged", async () => {
    const docx = await interviewDocx();
    expect(readTranscriptFile(docx.slice(0, Math.floor(docx.length / 2)))).toEqual(notTranscript);
    const damaged = docxPackage(documentXml("Die Wartezeit war lang. ".repeat(200)));
    // Overwrite bytes of the compressed document, just after its local header and name.
    const name = new TextDecoder("latin1").decode(damaged).indexOf("word/document.xml");
    damaged.fill(0xff, name + 30, name + 70);
    expect(readTranscriptFile(damaged)).toEqual(notTranscript);
  });

  it("refuses malformed XML and a document type declaration (entity expansion)", () => {
    expect(readTranscriptFile(docxPackage(documentXml("offen <w:t>")))).toEqual(notTranscript);
    const withDoctype = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">]>${documentXml("&a;").replace(/^<\?xml[^>]*\?>/, "")}`;
    expect(readTranscriptFile(docxPackage(withDoctype))).toEqual(notTranscript);
  });

  // Builds and inflates two 25 MB archives: about a second alone, several on a loaded machine.
  it("refuses a zip bomb by the sizes it declares, and by counting when the sizes lie", { timeout: 30_000 }, () => {
    const megabytes = Math.ceil(TRANSCRIPT_ARCHIVE_MAX_BYTES / 1024 / 1024) + 5;
    const honest = zipBombDocx(megabytes, false);
    const lying = zipBombDocx(megabytes, true);
    expect(honest.length).toBeLessThan(200 * 1024);
    expect(readTranscriptFile(honest)).toEqual(refused("errors.fileTooLargeUnpacked"));
    expect(readTranscriptFile(lying)).toEqual(refused("errors.fileTooLargeUnpacked"));
    // Declared sizes alone refuse an archive, before anything is inflated.
    const claimsTooMuch = docxPackage(documentXml("klein"));
    lieAboutSizes(claimsTooMuch, TRANSCRIPT_ARCHIVE_MAX_BYTES + 1);
    expect(readTranscriptFile(claimsTooMuch)).toEqual(refused("errors.fileTooLargeUnpacked"));
    // The same document under the cap is read (so the cap, not something else, refused the bomb);
    // sizes that lie are damage even then.
    expect(readTranscriptFile(zipBombDocx(1, false))).toMatchObject({ ok: true, format: "docx" });
    expect(readTranscriptFile(zipBombDocx(1, true))).toEqual(notTranscript);
  });

  it("refuses an empty document, an empty text file and a ZIP with an empty document part", async () => {
    expect(readTranscriptFile(await emptyDocx())).toEqual(refused("errors.fileEmpty"));
    expect(readTranscriptFile(strToU8(" \r\n\t"))).toEqual(refused("errors.fileEmpty"));
    expect(readTranscriptFile(odfPackage("application/vnd.oasis.opendocument.text", odtContent("<text:p> </text:p>")))).toEqual(refused("errors.fileEmpty"));
  });
});

describe("docxText", () => {
  const body = (xml: string) => `<w:document ${W}><w:body>${xml}</w:body></w:document>`;

  it("keeps tabs in runs but not tab stops of paragraph properties, and reads nested runs and smart tags", () => {
    const xml = body(
      `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:tab/><w:t>I:</w:t></w:r><w:smartTag><w:r><w:t xml:space="preserve"> Grüße</w:t></w:r></w:smartTag></w:p>`,
    );
    expect(docxText(xml)).toBe("\tI: Grüße");
  });

  it("reads any namespace prefix, skips deleted, moved-away and fallback content, and keeps a field's result", () => {
    const xml = `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><x:body>
      <x:p><x:r><x:t>A</x:t></x:r><x:del><x:r><x:delText>weg</x:delText></x:r></x:del><x:moveFrom><x:r><x:t>alt</x:t></x:r></x:moveFrom><x:r><x:t>B</x:t></x:r></x:p>
      <x:p><x:r><x:fldChar x:fldCharType="begin"/></x:r><x:r><x:instrText> DATE \\@ "d.M.yyyy" </x:instrText></x:r><x:r><x:fldChar x:fldCharType="separate"/></x:r><x:r><x:t>2.11.2026</x:t></x:r><x:r><x:fldChar x:fldCharType="end"/></x:r></x:p>
      <x:p><mc:AlternateContent><mc:Choice Requires="wps"><x:r><x:t>neu</x:t></x:r></mc:Choice><mc:Fallback><x:r><x:t>neu</x:t></x:r></mc:Fallback></mc:AlternateContent></x:p>
    </x:body></x:document>`;
    expect(docxText(xml)).toBe("AB\n2.11.2026\nneu");
  });
});

describe("odtText", () => {
  it("collapses white space of the character data but keeps text:s, tabs and line breaks", () => {
    const xml = odtContent(`<text:p>  I:   Hola,\n   señora<text:s text:c="2"/>Núñez<text:tab/>sí<text:line-break/>  no</text:p>`);
    expect(odtText(xml)).toBe("I: Hola, señora  Núñez\tsí\nno");
  });

  it("refuses a forged space count", () => {
    expect(() => odtText(odtContent('<text:p>a<text:s text:c="99999999"/>b</text:p>'))).toThrow();
  });
});

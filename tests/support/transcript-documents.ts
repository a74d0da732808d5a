// Real word-processor files for the transcript upload tests, made fresh in each run: a .docx
// written by the `docx` package (the library the report export will use), and an .odt built as
// an OpenDocument package (uncompressed "mimetype" first, manifest, content.xml). The interview
// text is invented, in German, Italian and Spanish, with a few words in other scripts.
import { DeletedTextRun, Document, ExternalHyperlink, InsertedTextRun, Packer, PageNumber, Paragraph, Tab, TextRun } from "docx";
import { strToU8, zipSync, type Zippable } from "fflate";

const change = { author: "Koordination Offenbach", date: "2026-11-02T10:00:00Z" };

/** A DOCX with speaker turns, a tab, a line break, a tracked deletion and insertion, a field, a link and a list. */
export async function interviewDocx(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({
    numbering: { config: [{ reference: "fragen", levels: [{ level: 0, format: "decimal", text: "%1.", alignment: "left" }] }] },
    sections: [
      {
        children: [
          new Paragraph("I: Wie sind Sie zur Ausländerbehörde gekommen?"),
          new Paragraph({
            children: [
              new TextRun("TCN-07: Über eine Freundin. Die Wartezeit war "),
              new TextRun({ text: "sehr ", bold: true }),
              new DeletedTextRun({ text: "unglaublich ", id: 1, ...change }),
              new InsertedTextRun({ text: "lang – fast drei Monate.", id: 2, ...change }),
            ],
          }),
          new Paragraph({ children: [new TextRun({ children: [new Tab(), "Notiz: lange Pause (Seite ", PageNumber.CURRENT, ")"] })] }),
          new Paragraph({ children: [new TextRun("CS-01: Allora, la prima cosa"), new TextRun({ text: "è la lingua, perché…", break: 1 })] }),
          new Paragraph(""),
          new Paragraph({
            children: [new TextRun("TCN-12: ¿Cuánto tiempo esperó en la "), new ExternalHyperlink({ link: "https://example.org/oficina", children: [new TextRun({ text: "oficina", style: "Hyperlink" })] }), new TextRun("? Año y medio.")],
          }),
          new Paragraph({ text: "Größte Hürde – die Sprache", numbering: { reference: "fragen", level: 0 } }),
          new Paragraph({ text: "Seconda – la casa", numbering: { reference: "fragen", level: 0 } }),
          new Paragraph("TCN-03: Привіт – مرحبا – 你好."),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** What interviewDocx holds, as the upload should read it. */
export const INTERVIEW_DOCX_TEXT = [
  "I: Wie sind Sie zur Ausländerbehörde gekommen?",
  "TCN-07: Über eine Freundin. Die Wartezeit war sehr lang – fast drei Monate.",
  "\tNotiz: lange Pause (Seite )",
  "CS-01: Allora, la prima cosa\nè la lingua, perché…",
  "",
  "TCN-12: ¿Cuánto tiempo esperó en la oficina? Año y medio.",
  "Größte Hürde – die Sprache",
  "Seconda – la casa",
  "TCN-03: Привіт – مرحبا – 你好.",
].join("\n");

/** A DOCX with nothing but empty paragraphs. */
export async function emptyDocx(): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new Document({ sections: [{ children: [new Paragraph(""), new Paragraph({ children: [new TextRun("")] })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const ODF_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
].join(" ");

/** The body of an ODT's content.xml, indented as producers do (white space between elements is not text). */
const INTERVIEW_ODT_BODY = `
    <text:tracked-changes>
      <text:changed-region text:id="ct1">
        <text:deletion>
          <office:change-info><dc:creator>Koordinamento</dc:creator><dc:date>2026-11-02T10:00:00</dc:date></office:change-info>
          <text:p>cancellato</text:p>
        </text:deletion>
      </text:changed-region>
    </text:tracked-changes>
    <text:h text:outline-level="1">Intervista TCN-07 – Bologna</text:h>
    <text:p>I: Come è arrivata
      allo sportello?</text:p>
    <text:p>TCN-07: Tramite <text:span text:style-name="T1">un’amica</text:span>.<text:change text:change-id="ct1"/> <text:a xlink:type="simple" xlink:href="https://example.org/sportello">Lo sportello</text:a> è in via Zamboni.</text:p>
    <text:p><text:tab/>Nota: pausa lunga<office:annotation><dc:creator>Koordinamento</dc:creator><text:p>Commento, non trascrizione.</text:p></office:annotation></text:p>
    <text:p>CS-01: Allora,<text:line-break/>la prima cosa è la lingua.</text:p>
    <text:p/>
    <text:p>TCN-12: Esperé<text:s text:c="3"/>año y medio.<text:s/></text:p>
    <text:list>
      <text:list-item><text:p>Größte Hürde – Überweisung</text:p></text:list-item>
      <text:list-item><text:p>Seconda – perché</text:p></text:list-item>
    </text:list>
    <text:p>Fußnote<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Nicht im Transkript.</text:p></text:note-body></text:note> hier &amp; dort.</text:p>
    <text:p>TCN-03: Привіт – <text:span>مرحبا</text:span> – 你好.</text:p>
`;

/** What interviewOdt holds, as the upload should read it. */
export const INTERVIEW_ODT_TEXT = [
  "Intervista TCN-07 – Bologna",
  "I: Come è arrivata allo sportello?",
  "TCN-07: Tramite un’amica. Lo sportello è in via Zamboni.",
  "\tNota: pausa lunga",
  "CS-01: Allora,\nla prima cosa è la lingua.",
  "",
  "TCN-12: Esperé   año y medio. ",
  "Größte Hürde – Überweisung",
  "Seconda – perché",
  "Fußnote hier & dort.",
  "TCN-03: Привіт – مرحبا – 你好.",
].join("\n");

/** An OpenDocument package: "mimetype" first and stored, then the manifest and the parts. */
export function odfPackage(mimetype: string, contentXml: string, extra: Zippable = {}): Uint8Array<ArrayBuffer> {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
  <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="${mimetype}"/>
  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>`;
  const zip = zipSync({
    mimetype: [strToU8(mimetype), { level: 0 }],
    "META-INF/manifest.xml": strToU8(manifest),
    "content.xml": strToU8(contentXml),
    ...extra,
  });
  return new Uint8Array(zip);
}

/** content.xml of a text document with the given body. */
export function odtContent(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NAMESPACES} office:version="1.3">
  <office:body>
    <office:text>${body}</office:text>
  </office:body>
</office:document-content>`;
}

export function interviewOdt(): Uint8Array<ArrayBuffer> {
  return odfPackage("application/vnd.oasis.opendocument.text", odtContent(INTERVIEW_ODT_BODY));
}

/** A DOCX-shaped package around the given word/document.xml. */
export function docxPackage(documentXml: string, level: 0 | 6 | 9 = 6): Uint8Array<ArrayBuffer> {
  const contentTypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  return new Uint8Array(zipSync({ "[Content_Types].xml": strToU8(contentTypes), "word/document.xml": [strToU8(documentXml), { level }] }));
}

/** word/document.xml with one paragraph holding one run of the given (already escaped) text. */
export function documentXml(text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
}

/**
 * A zip bomb: a DOCX whose document.xml unpacks to `megabytes` MB of text from a few dozen
 * kilobytes. With `lie`, its headers claim each entry is 100 bytes, so only the count made
 * while inflating can catch it.
 */
export function zipBombDocx(megabytes: number, lie: boolean): Uint8Array<ArrayBuffer> {
  const zip = docxPackage(documentXml("a".repeat(megabytes * 1024 * 1024)), 9);
  if (lie) lieAboutSizes(zip, 100);
  return zip;
}

/** Overwrites the uncompressed size in every local (offset 22) and central (offset 24) header. */
export function lieAboutSizes(zip: Uint8Array, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let at = 0; at + 30 <= zip.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    else if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
}

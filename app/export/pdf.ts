// A block document (the Needs Review Report, the Toolkit) as a tagged PDF, written with pdfkit
// (decision 011): DejaVu fonts embedded (from the dejavu-fonts-ttf package, never the system's),
// so that ä ñ ò € and typographic quotes print; a structure tree (H1–H3, P, L/LI,
// Table/TR/TH/TD, BlockQuote) for screen readers; title and language in the document's metadata,
// the title shown in the window bar.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import type { BlockDocument, DocumentBlock } from "./blocks";

const LOCALE_TAGS = { en: "en-GB", de: "de-DE", it: "it-IT", es: "es-ES" } as const;
const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
  italic: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf"),
};
const HEADING_SIZES = { 1: 17, 2: 14, 3: 11.5 } as const;
const BODY_SIZE = 10.5;
const MARGIN = 56;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

type Place = { x?: number; width?: number; align?: "left" | "right" };

function write(doc: Doc, text: string, font: keyof typeof FONTS, size: number, place: Place = {}) {
  const x = place.x ?? doc.page.margins.left;
  const width = place.width ?? doc.page.width - x - doc.page.margins.right;
  doc.font(FONTS[font]).fontSize(size).text(text, x, doc.y, { width, align: place.align ?? "left" });
}

/** Leaves room: starts a new page when fewer than `points` remain. */
function keepSpace(doc: Doc, points: number) {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function renderTable(doc: Doc, parent: Struct, block: Extract<DocumentBlock, { type: "table" }>) {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const labelWidth = width * 0.62;
  keepSpace(doc, 60);
  const table = doc.struct("Table");
  parent.add(table);
  table.add(doc.struct("Caption", {}, () => write(doc, block.caption, "bold", BODY_SIZE)));
  const rows: { cells: [string, string]; header: boolean }[] = [{ cells: block.headers, header: true }, ...block.rows.map((cells) => ({ cells, header: false }))];
  for (const row of rows) {
    doc.font(FONTS[row.header ? "bold" : "regular"]).fontSize(BODY_SIZE);
    const height = Math.max(doc.heightOfString(row.cells[0], { width: labelWidth - 8 }), doc.heightOfString(row.cells[1], { width: width - labelWidth - 8 })) + 6;
    keepSpace(doc, height);
    const top = doc.y;
    const tr = doc.struct("TR");
    table.add(tr);
    const tag = row.header ? "TH" : "TD";
    tr.add(doc.struct(tag, {}, () => doc.text(row.cells[0], left + 4, top + 3, { width: labelWidth - 8 })));
    tr.add(doc.struct(tag, {}, () => doc.text(row.cells[1], left + labelWidth + 4, top + 3, { width: width - labelWidth - 8 })));
    tr.end();
    // A rule under each row; drawn outside the structure, as decoration.
    doc.markContent("Artifact", { type: "Layout" });
    doc.moveTo(left, top + height).lineTo(left + width, top + height).lineWidth(0.5).strokeColor("#888888").stroke();
    doc.endMarkedContent();
    doc.x = left;
    doc.y = top + height;
  }
  table.end();
  doc.moveDown(0.8);
}

function renderBlock(doc: Doc, parent: Struct, block: DocumentBlock) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  switch (block.type) {
    case "heading":
      keepSpace(doc, 60);
      doc.moveDown(block.level === 1 ? 0.8 : 0.5);
      parent.add(doc.struct(`H${block.level}`, {}, () => write(doc, block.text, "bold", HEADING_SIZES[block.level], { x: left, width })));
      doc.moveDown(0.3);
      return;
    case "paragraph":
      parent.add(doc.struct("P", {}, () => write(doc, block.text, "regular", BODY_SIZE, { x: left, width })));
      doc.moveDown(0.5);
      return;
    case "list": {
      const list = doc.struct("L");
      parent.add(list);
      for (const item of block.items) {
        list.add(doc.struct("LI", {}, [doc.struct("LBody", {}, () => write(doc, `•  ${item}`, "regular", BODY_SIZE, { x: left + 12, width: width - 12 }))]));
      }
      list.end();
      doc.moveDown(0.5);
      return;
    }
    case "table":
      renderTable(doc, parent, block);
      return;
    case "quote":
      keepSpace(doc, 40);
      parent.add(
        doc.struct("BlockQuote", {}, () => {
          write(doc, `“${block.text}”`, "italic", BODY_SIZE, { x: left + 28, width: width - 56 });
          write(doc, block.attribution, "regular", BODY_SIZE - 1, { x: left + 28, width: width - 56, align: "right" });
        }),
      );
      doc.x = left;
      doc.moveDown(0.5);
  }
}

export async function renderPdf(source: BlockDocument): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: FONTS.regular,
    tagged: true,
    lang: LOCALE_TAGS[source.language],
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: source.title, Subject: source.subtitle, Author: "Eccipa", Creator: "Eccipa" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  root.add(doc.struct("H1", {}, () => write(doc, source.title, "bold", 20)));
  root.add(doc.struct("P", {}, () => write(doc, source.subtitle, "italic", BODY_SIZE)));
  doc.moveDown(0.5);
  for (const block of source.blocks) renderBlock(doc, root, block);
  root.end();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

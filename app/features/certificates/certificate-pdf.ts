// The certificate as a one-page tagged PDF (pdfkit), like the Needs Review Report (decision 011):
// DejaVu fonts embedded so that ß ñ è print, a structure tree for screen readers, the page
// language in the metadata. The QR code is drawn as vector squares from qrcode's matrix and tagged
// as a Figure whose alternative text is the verification URL.
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";

const LOCALE_TAGS = { en: "en-GB", de: "de-DE", it: "it-IT", es: "es-ES" } as const;
const require = createRequire(import.meta.url);
const FONTS = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};
const MARGIN = 56;
const QR_SIZE = 110;

export type CertificateDocument = {
  language: keyof typeof LOCALE_TAGS;
  title: string;
  intro: string;
  recipientName: string;
  statement: string;
  details: [label: string, value: string][];
  lists: { heading: string; items: string[] }[];
  /** Set when the certificate was revoked: printed in bold under the title. */
  revokedNote: string | null;
  verifyHeading: string;
  verifyText: string;
  verificationUrl: string;
  qrAlt: string;
};

type Doc = PDFKit.PDFDocument;

function drawQr(doc: Doc, url: string, x: number, y: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const cell = QR_SIZE / (modules.size + quiet * 2);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fillColor("#000000").fill();
}

export async function renderCertificatePdf(c: CertificateDocument): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    font: FONTS.regular,
    tagged: true,
    lang: LOCALE_TAGS[c.language],
    displayTitle: true,
    pdfVersion: "1.7",
    info: { Title: `${c.title} – ${c.recipientName}`, Author: "Eccipa", Creator: "Eccipa" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, font: keyof typeof FONTS, size: number, align: "left" | "center" = "left") =>
    doc.font(FONTS[font]).fontSize(size).fillColor("#000000").text(value, left, doc.y, { width, align });

  const root = doc.struct("Document");
  doc.addStructure(root);
  doc.moveDown(1.5);
  root.add(doc.struct("H1", {}, () => text(c.title, "bold", 24, "center")));
  doc.moveDown(0.6);
  if (c.revokedNote) {
    root.add(doc.struct("P", {}, () => text(c.revokedNote!, "bold", 12, "center")));
    doc.moveDown(0.4);
  }
  root.add(doc.struct("P", {}, () => text(c.intro, "regular", 12, "center")));
  doc.moveDown(0.4);
  root.add(doc.struct("P", {}, () => text(c.recipientName, "bold", 20, "center")));
  doc.moveDown(0.4);
  root.add(doc.struct("P", {}, () => text(c.statement, "regular", 12, "center")));
  doc.moveDown(1);
  const table = doc.struct("Table");
  root.add(table);
  for (const [label, value] of c.details) {
    const top = doc.y;
    const tr = doc.struct("TR");
    table.add(tr);
    tr.add(doc.struct("TH", {}, () => doc.font(FONTS.bold).fontSize(10.5).text(label, left, top, { width: 150 })));
    tr.add(doc.struct("TD", {}, () => doc.font(FONTS.regular).fontSize(10.5).text(value, left + 160, top, { width: width - 160 })));
    tr.end();
    doc.x = left;
    doc.moveDown(0.3);
  }
  table.end();
  for (const list of c.lists) {
    if (list.items.length === 0) continue;
    doc.moveDown(0.6);
    root.add(doc.struct("H2", {}, () => text(list.heading, "bold", 12)));
    const l = doc.struct("L");
    root.add(l);
    for (const item of list.items) l.add(doc.struct("LI", {}, [doc.struct("LBody", {}, () => text(`•  ${item}`, "regular", 10))]));
    l.end();
  }
  // The verification block at the foot of the page (or of the next, if the lists ran long).
  const blockHeight = QR_SIZE + 20;
  if (doc.y + blockHeight > doc.page.height - MARGIN) doc.addPage();
  const top = Math.max(doc.y + 20, doc.page.height - MARGIN - blockHeight);
  root.add(
    doc.struct("Figure", { alt: c.qrAlt }, () => {
      drawQr(doc, c.verificationUrl, left, top);
    }),
  );
  doc.y = top;
  const textLeft = left + QR_SIZE + 16;
  root.add(doc.struct("H2", {}, () => doc.font(FONTS.bold).fontSize(12).fillColor("#000000").text(c.verifyHeading, textLeft, top + 8, { width: width - QR_SIZE - 16 })));
  root.add(doc.struct("P", {}, () => doc.font(FONTS.regular).fontSize(10).text(c.verifyText, textLeft, doc.y + 4, { width: width - QR_SIZE - 16 })));
  root.add(doc.struct("P", {}, () => doc.font(FONTS.regular).fontSize(9).text(c.verificationUrl, textLeft, doc.y + 4, { width: width - QR_SIZE - 16, link: c.verificationUrl })));
  root.end();
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

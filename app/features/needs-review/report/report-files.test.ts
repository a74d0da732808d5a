// Opens the rendered report files again: the DOCX's document.xml (unzipped) and the PDF's text
// (pdftotext) must hold the finding, its outcome in the report's language, a quote with its
// accents, the headings of that language, and nothing but target groups for attribution.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "~/i18n/catalogs.server";
import type { Language } from "~/i18n/languages";
import { REPORT_CONTENT_VERSION, type ReportContent } from "./report-content";
import { reportFile } from "./report-files.server";

function sampleContent(language: Language): ReportContent {
  return {
    version: REPORT_CONTENT_VERSION,
    territoryName: "Málaga",
    language,
    generatedAt: "2026-11-23T10:00:00.000Z",
    context: { countryCode: "ES", population: 578460, foreignResidentsPercent: 10.5, tcnPercent: 7.25 },
    method: { interviews: 12, interviewsByGroup: { civil_servant: 5, third_country_national: 4, stakeholder: 3 }, focusGroups: 2, attendees: 9, stakeholders: 17 },
    findings: [
      {
        kind: "weakness",
        statement: "Los trámites de extranjería exigen citas que se agotan en minutos.",
        originalStatement: "Faltan citas.",
        priority: "high",
        targetGroups: ["third_country_national"],
        outcome: "amended",
        evidenceCount: 2,
        quotes: [{ text: "Pedí cita tres semanas seguidas y nunca había hueco – ni en línea ni por teléfono; pagué 20 € a un gestor.", targetGroups: ["third_country_national"] }],
      },
      { kind: "strength", statement: "Die Beratungsstelle öffnet auch samstags für Berufstätige.", originalStatement: null, priority: "medium", targetGroups: [], outcome: "confirmed", evidenceCount: 0, quotes: [] },
      { kind: "need", statement: "Serve più formazione sulla normativa per gli operatori.", originalStatement: null, priority: "low", targetGroups: ["civil_servant"], outcome: null, evidenceCount: 0, quotes: [] },
    ],
    narrative: { introduction: "Introducción escrita por el equipo, con “comillas” y ñ.", context: "", conclusions: "Conclusión final." },
  };
}

function docxText(bytes: Uint8Array): { xml: string; core: string } {
  const files = unzipSync(bytes);
  return { xml: strFromU8(files["word/document.xml"]), core: strFromU8(files["docProps/core.xml"]) };
}

function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), "report-pdf-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

function pdfInfo(bytes: Uint8Array, options: string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), "report-pdf-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdfinfo", [...options, file], { encoding: "utf8" });
}

/** Word splits text into runs; joined, the visible text is what a reader sees. */
function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

describe("report files", () => {
  it("writes a DOCX with Heading styles, the language, the finding, its outcome and the quote", async () => {
    const file = await reportFile(sampleContent("es"), "docx");
    expect(file.fileName).toBe("Informe análisis de necesidades Málaga.docx");
    const { xml, core } = docxText(file.bytes);
    const text = visibleText(xml);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
    expect(xml).toContain("<w:tbl>");
    expect(text).toContain("Los trámites de extranjería exigen citas que se agotan en minutos.");
    expect(text).toContain(CATALOGS.es.validationOutcomes.amended);
    expect(text).toContain("Pedí cita tres semanas seguidas y nunca había hueco – ni en línea ni por teléfono; pagué 20 € a un gestor.");
    expect(text).toContain("“comillas” y ñ");
    expect(text).toContain(CATALOGS.es.report.sections.findings);
    expect(text).toContain(`— ${CATALOGS.es.targetGroups.third_country_national}`);
    expect(core).toContain("<dc:title>Informe del análisis de necesidades: Málaga</dc:title>");
    const styles = strFromU8(unzipSync(file.bytes)["word/styles.xml"]);
    expect(styles).toContain('w:lang w:val="es-ES"');
  });

  it("writes the headings in the report's language, not another", async () => {
    const de = visibleText(docxText((await reportFile(sampleContent("de"), "docx")).bytes).xml);
    expect(de).toContain(CATALOGS.de.report.sections.method);
    expect(de).toContain(CATALOGS.de.validationOutcomes.amended);
    expect(de).not.toContain(CATALOGS.es.report.sections.method);
  });

  it("writes a tagged PDF with embedded fonts, title and language, whose text keeps its accents", async () => {
    const file = await reportFile(sampleContent("es"), "pdf");
    expect(file.fileName).toBe("Informe análisis de necesidades Málaga.pdf");
    expect(new TextDecoder().decode(file.bytes.slice(0, 5))).toBe("%PDF-");
    const text = pdfText(file.bytes).replace(/\s+/g, " ");
    expect(text).toContain("Los trámites de extranjería exigen citas");
    expect(text).toContain("pagué 20 € a un gestor");
    expect(text).toContain("“comillas” y ñ");
    expect(text).toContain(CATALOGS.es.report.sections.findings);
    expect(text).toContain(CATALOGS.es.validationOutcomes.amended);
    const info = pdfInfo(file.bytes);
    expect(info).toMatch(/Title:\s+Informe del análisis de necesidades: Málaga/);
    expect(info).toMatch(/Tagged:\s+yes/);
    // The structure tree a screen reader follows.
    const structure = pdfInfo(file.bytes, ["-struct"]);
    for (const tag of ["H1", "H2", "H3", "Table", "TH", "L", "LI", "BlockQuote"]) expect(structure).toMatch(new RegExp(`^\\s*${tag}\\b`, "m"));
    const raw = Buffer.from(file.bytes).toString("latin1");
    expect(raw).toContain("/Lang (es-ES)");
    expect(raw).toContain("/FontFile2");
  });
});

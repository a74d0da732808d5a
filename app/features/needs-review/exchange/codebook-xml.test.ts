// The .qdc writer and reader: what is written validates against the published Codebook.xsd and
// reads back as the same tree; what is uploaded is refused unless it is a valid codebook.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { codebookProblems, HAS_SHARED_SCHEMAS, readSchemaBesideRepository, readSharedSchema } from "../../../../tests/support/refi-qda";
import { CODEBOOK_NAMESPACE, IMPORT_MAX_CODES, readCodebookXml, writeCodebookXml } from "./codebook-xml";
import { readCodebookFile } from "./import-codebook.server";
import type { CodeModel } from "./project-xml";

const codes: CodeModel[] = [
  {
    guid: "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f601",
    name: "Zugang & Wartezeit",
    description: "Wie lange es dauert.\nZweite Zeile.",
    colour: "#1d4f91",
    children: [
      { guid: "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f602", name: "Año nuevo", description: "", colour: "#b3261e", children: [] },
      { guid: "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f603", name: "Però sì", description: "<b>ok</b>", colour: "#0f6b3a", children: [] },
    ],
  },
  { guid: "3f1d2c4b-5a6e-4f70-8a91-b2c3d4e5f604", name: "Sprache 😀 𠀋", description: "", colour: "#4d4d4d", children: [] },
];

const strip = (list: CodeModel[]): unknown[] => list.map((c) => ({ name: c.name, description: c.description, colour: c.colour, children: strip(c.children), guid: c.guid }));
const bytes = (text: string) => new Uint8Array(strToU8(text));
const qdc = (inner: string, root = `<CodeBook xmlns="${CODEBOOK_NAMESPACE}">`) => `<?xml version="1.0" encoding="utf-8"?>\n${root}<Codes>${inner}</Codes></CodeBook>`;
const GUID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9";

describe("writing a .qdc", () => {
  it("validates against Codebook.xsd, and the app's copy of the schema is the published one", () => {
    expect(codebookProblems(writeCodebookXml(codes))).toEqual([]);
    expect(readFileSync(path.resolve(import.meta.dirname, "schemas/Codebook.xsd"), "utf8")).toBe(readSharedSchema("Codebook.xsd"));
  });

  // The shared standards folder is beside the repository on the team's machines, not on every clone.
  it.skipIf(!HAS_SHARED_SCHEMAS)("keeps the test copies of both schemas equal to the team's shared standards", () => {
    for (const name of ["Project.xsd", "Codebook.xsd"] as const) expect(readSharedSchema(name), name).toBe(readSchemaBesideRepository(name));
  });

  it("fails validation when broken (so the check can fail)", () => {
    const xml = writeCodebookXml(codes);
    expect(codebookProblems(xml.replace(/ color="#1d4f91"/, ' color="blue"')).length).toBeGreaterThan(0);
    expect(codebookProblems(xml.replace(/<Description>Wie/, "<Note>x</Note><Description>Wie")).length).toBeGreaterThan(0);
  });

  it("reads back as the same tree, text included", () => {
    const read = readCodebookXml(writeCodebookXml(codes));
    expect(read.ok && read.count).toBe(4);
    expect(read.ok && read.codes).toEqual(strip(codes));
  });
});

describe("reading an uploaded .qdc", () => {
  it("accepts a valid codebook with a byte-order mark, trims names and keeps colours for the palette step", () => {
    const file = bytes(`\uFEFF${qdc(`<Code guid="${GUID}" name="  Vivienda  " isCodable="true" color="#F00"><Description> Casa </Description></Code>`)}`);
    expect(readCodebookFile(file)).toEqual({ ok: true, codes: [{ name: "Vivienda", description: "Casa", colour: "#F00", children: [] }], groups: 0, membershipsLeft: 0 });
  });

  it("refuses a ZIP (a .qdpx project), text that is no XML, and XML of another kind", () => {
    const zip = zipSync({ "project.qde": strToU8("<Project/>") });
    expect(readCodebookFile(zip)).toEqual({ ok: false, error: "errors.codebookFileIsArchive" });
    expect(readCodebookFile(bytes("Codes: Vivienda, Empleo"))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
    expect(readCodebookFile(new Uint8Array([0x3c, 0x61, 0xff, 0x3e]))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
    expect(readCodebookFile(bytes(qdc("", '<CodeBook xmlns="urn:QDA-XML:project:1.0">')))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
    expect(readCodebookFile(bytes(`<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>`))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
    expect(readCodebookFile(bytes(qdc(`<Code guid="${GUID}" name="Cut" isCodable="true">`)))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
  });

  it("refuses a document type declaration, so no entity can expand or read a file", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>${qdc(`<Code guid="${GUID}" name="&b;" isCodable="true"/>`).replace(/^<\?xml[^>]*>\n/, "")}`;
    const external = `<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>${qdc(`<Code guid="${GUID}" name="&x;" isCodable="true"/>`).replace(/^<\?xml[^>]*>\n/, "")}`;
    const harmless = `<!DOCTYPE CodeBook>${qdc(`<Code guid="${GUID}" name="Empleo" isCodable="true"/>`).replace(/^<\?xml[^>]*>\n/, "")}`;
    expect(readCodebookFile(bytes(harmless))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
    expect(readCodebookFile(bytes(laughs))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
    expect(readCodebookFile(bytes(external))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
  });

  it("refuses a codebook the schema does not allow: a code without a GUID or isCodable, no codes at all", () => {
    expect(readCodebookFile(bytes(qdc(`<Code name="Empleo" isCodable="true"/>`)))).toEqual({ ok: false, error: "errors.codebookFileNotValid" });
    expect(readCodebookFile(bytes(qdc(`<Code guid="${GUID}" name="Empleo"/>`)))).toEqual({ ok: false, error: "errors.codebookFileNotValid" });
    expect(readCodebookFile(bytes(qdc(`<Code guid="not-a-guid" name="Empleo" isCodable="true"/>`)))).toEqual({ ok: false, error: "errors.codebookFileNotValid" });
    expect(readCodebookFile(bytes(qdc("")))).toEqual({ ok: false, error: "errors.codebookFileNotCodebook" });
  });

  it("refuses names our themes cannot take, and codebooks too large or too deep", () => {
    expect(readCodebookFile(bytes(qdc(`<Code guid="${GUID}" name=" E " isCodable="true"/>`)))).toEqual({ ok: false, error: "errors.codebookFileThemeInvalid" });
    expect(readCodebookFile(bytes(qdc(`<Code guid="${GUID}" name="${"x".repeat(81)}" isCodable="true"/>`)))).toEqual({ ok: false, error: "errors.codebookFileThemeInvalid" });
    const many = Array.from({ length: IMPORT_MAX_CODES + 1 }, (_, i) => `<Code guid="${GUID}" name="Code ${i}" isCodable="true"/>`).join("");
    expect(readCodebookFile(bytes(qdc(many)))).toEqual({ ok: false, error: "errors.codebookFileTooManyCodes" });
    const deep = `${`<Code guid="${GUID}" name="Deep" isCodable="true">`.repeat(21)}${"</Code>".repeat(21)}`;
    expect(readCodebookFile(bytes(qdc(deep)))).toEqual({ ok: false, error: "errors.codebookFileTooManyCodes" });
    expect(readCodebookFile(new Uint8Array(2 * 1024 * 1024 + 1))).toEqual({ ok: false, error: "errors.fileTooLarge" });
  });
});

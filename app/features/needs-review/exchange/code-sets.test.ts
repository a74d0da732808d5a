// Codebooks as Taguette and ATLAS.ti write them (invented codes, in the shape of their exports):
// Taguette's empty <Sets/>, ATLAS.ti's code groups. tests/fixtures/refi-qda holds the files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readCodebookXml } from "./codebook-xml";
import { canonicalGuid, groupCodesBySets, withoutEmptySets } from "./code-sets";
import { codebookSchemaProblems } from "./xsd.server";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../../../tests/fixtures/refi-qda", name), "utf8");
const names = (codes: { name: string; children: unknown[] }[]): unknown[] =>
  codes.map((c) => (c.children.length ? [c.name, names(c.children as never)] : c.name));

describe("Taguette's codebook", () => {
  const xml = fixture("taguette-codebook.qdc");
  it("is refused by the schema only for its empty <Sets/>, and accepted without it", () => {
    expect(codebookSchemaProblems(xml).join("\n")).toMatch(/Sets/);
    expect(codebookSchemaProblems(withoutEmptySets(xml))).toEqual([]);
  });
  it("reads its codes, with no groups", () => {
    const read = readCodebookXml(xml);
    expect(read.ok && names(read.codes)).toEqual(["Wartezeiten", "Sprachbarrieren", "Digitale Zugänge"]);
    expect(read.ok && read.sets).toEqual([]);
  });
  it("drops only empty Sets, in any prefix or spelling", () => {
    expect(withoutEmptySets('<a><Sets/><Sets ></Sets><q:Sets>\n</q:Sets><Sets><Set guid="x" name="y"/></Sets></a>')).toBe('<a><Sets><Set guid="x" name="y"/></Sets></a>');
  });
});

describe("ATLAS.ti's codebook with code groups", () => {
  const xml = fixture("atlas-ti-codebook.qdc");
  it("is valid against the schema as it is", () => {
    expect(codebookSchemaProblems(xml)).toEqual([]);
  });
  it("makes each group a parent theme of its top-level codes; a second group and a nested member are counted, not lost", () => {
    const read = readCodebookXml(xml);
    if (!read.ok) throw new Error(read.error);
    expect(read.sets.map((s) => [s.name, s.description, s.memberGuids.length])).toEqual([
      ["Accesso ai servizi", "Gruppo di codici: come si arriva agli uffici", 2],
      ["Lingua", "", 3],
    ]);
    const grouped = groupCodesBySets(read.codes, read.sets);
    expect(names(grouped.codes)).toEqual([
      ["Accesso ai servizi", ["Orari degli uffici", "Moduli online"]],
      ["Lingua", [["Mediazione linguistica", ["Interpreti al telefono"]]]],
      "Fiducia nelle istituzioni",
    ]);
    expect(grouped.groups).toBe(2);
    // "Interpreti al telefono" is a sub-code already; "Moduli online" went to its first group.
    expect(grouped.membershipsLeft).toBe(2);
  });
  it("compares GUIDs without case or braces", () => {
    expect(canonicalGuid("{C1A5E0F2-7B3D-4E18-9A6C-0D2F4B8E1A02}")).toBe("c1a5e0f2-7b3d-4e18-9a6c-0d2f4b8e1a02");
  });
});

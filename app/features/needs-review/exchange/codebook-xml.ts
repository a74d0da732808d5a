// A REFI-QDA codebook (.qdc, QDA-XML 1.0, urn:QDA-XML:codebook:1.0): writing one from the
// territory's themes, and reading one uploaded from QDA software. Reading is strict and safe: a
// document type declaration is refused outright (its entities are the classic way to make a
// small file expand or read local files), anything not well-formed is refused, and the result
// is only a tree of names, descriptions and colours. Schema validation happens before the tree
// is used (import-codebook.server.ts); this module stays pure so it can be tested alone.
import { SaxesParser } from "saxes";
import type { ImportedSet } from "./code-sets";
import { codeElement, type CodeModel } from "./project-xml";
import { el, renderXml } from "./xml";

export const CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
export const REFI_ORIGIN = "Eccipa";

export function writeCodebookXml(codes: CodeModel[]): string {
  return renderXml(el("CodeBook", { xmlns: CODEBOOK_NAMESPACE, origin: REFI_ORIGIN }, el("Codes", {}, codes.map(codeElement))));
}

export type ImportedCode = { name: string; description: string; colour: string | null; children: ImportedCode[]; guid?: string };

/** More codes than any codebook of a Needs Review needs; a tree deeper than anyone can read. */
export const IMPORT_MAX_CODES = 1000;
export const IMPORT_MAX_DEPTH = 20;

export type CodebookReadError = "errors.codebookFileNotCodebook" | "errors.codebookFileTooManyCodes";
export type CodebookReadResult = { ok: true; codes: ImportedCode[]; count: number; sets: ImportedSet[] } | { ok: false; error: CodebookReadError };

class Refusal extends Error {
  constructor(readonly key: CodebookReadError) {
    super(key);
  }
}

/**
 * The codes of a .qdc document, nested as in the file, and its code groups (<Sets>, with their
 * members' GUIDs). Refused when the document is not
 * well-formed, has a DOCTYPE, or its root is not the codebook namespace's CodeBook. Does not
 * check the rest of the schema: validate the document against Codebook.xsd before using this.
 */
export function readCodebookXml(xml: string): CodebookReadResult {
  const roots: ImportedCode[] = [];
  const open: ImportedCode[] = [];
  const sets: ImportedSet[] = [];
  let openSet: ImportedSet | null = null;
  let count = 0;
  let depth = 0;
  let description: string[] | null = null;
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on("doctype", () => {
    throw new Refusal("errors.codebookFileNotCodebook");
  });
  parser.on("opentag", (tag) => {
    depth++;
    if (depth === 1 && (tag.uri !== CODEBOOK_NAMESPACE || tag.local !== "CodeBook")) throw new Refusal("errors.codebookFileNotCodebook");
    if (tag.uri !== CODEBOOK_NAMESPACE) return;
    if (tag.local === "Code") {
      if (++count > IMPORT_MAX_CODES || open.length >= IMPORT_MAX_DEPTH) throw new Refusal("errors.codebookFileTooManyCodes");
      const attribute = (name: string) => tag.attributes[name]?.value;
      const code: ImportedCode = { name: attribute("name") ?? "", description: "", colour: attribute("color") ?? null, children: [], guid: attribute("guid") };
      (open.at(-1)?.children ?? roots).push(code);
      open.push(code);
    } else if (tag.local === "Set") {
      if (sets.length >= IMPORT_MAX_CODES) throw new Refusal("errors.codebookFileTooManyCodes");
      openSet = { name: tag.attributes.name?.value ?? "", description: "", memberGuids: [] };
      sets.push(openSet);
    } else if (tag.local === "MemberCode" && openSet) {
      const guid = tag.attributes.guid?.value;
      if (guid && openSet.memberGuids.length < IMPORT_MAX_CODES) openSet.memberGuids.push(guid);
    } else if (tag.local === "Description" && (open.length || openSet) && description === null) {
      description = [];
    }
  });
  parser.on("text", (text) => description?.push(text));
  parser.on("cdata", (text) => description?.push(text));
  parser.on("closetag", (tag) => {
    depth--;
    if (tag.uri !== CODEBOOK_NAMESPACE) return;
    if (tag.local === "Code") open.pop();
    else if (tag.local === "Set") openSet = null;
    else if (tag.local === "Description" && description !== null) {
      const owner = openSet ?? open.at(-1);
      if (owner) owner.description = description.join("");
      description = null;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    // saxes throws on anything not well-formed (an undefined entity, a second root, a cut file).
    return { ok: false, error: error instanceof Refusal ? error.key : "errors.codebookFileNotCodebook" };
  }
  if (count === 0) return { ok: false, error: "errors.codebookFileNotCodebook" };
  return { ok: true, codes: roots, count, sets };
}

// The REFI-QDA schemas as published (copied into tests/fixtures/refi-qda from the shared
// standards), compiled once per test file, and a reader for .qdpx archives. Tests validate what
// the app writes against these copies, not against the app's own copy of Codebook.xsd.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { compileSchema, schemaProblems } from "~/features/needs-review/exchange/xsd.server";

const PUBLISHED_SCHEMAS = path.resolve(import.meta.dirname, "../fixtures/refi-qda");
/** The team's shared standards folder, beside the repository; not there on every machine. */
export const SHARED_SCHEMAS = path.resolve(import.meta.dirname, "../../../shared/standards/refi-qda");
export const HAS_SHARED_SCHEMAS = existsSync(SHARED_SCHEMAS);

export function readSharedSchema(name: "Project.xsd" | "Codebook.xsd"): string {
  return readFileSync(path.join(PUBLISHED_SCHEMAS, name), "utf8");
}

export function readSchemaBesideRepository(name: "Project.xsd" | "Codebook.xsd"): string {
  return readFileSync(path.join(SHARED_SCHEMAS, name), "utf8");
}

let project: ReturnType<typeof compileSchema> | undefined;
let codebook: ReturnType<typeof compileSchema> | undefined;

/** What libxml2 finds wrong with a project.qde, checked against the published Project.xsd. */
export function projectProblems(xml: string): string[] {
  project ??= compileSchema(readSharedSchema("Project.xsd"));
  return schemaProblems(project, xml);
}

/** What libxml2 finds wrong with a .qdc, checked against the published Codebook.xsd. */
export function codebookProblems(xml: string): string[] {
  codebook ??= compileSchema(readSharedSchema("Codebook.xsd"));
  return schemaProblems(codebook, xml);
}

/** The entries of a .qdpx archive as UTF-8 text, by path. */
export function readQdpx(bytes: Uint8Array): Map<string, string> {
  const entries = unzipSync(bytes);
  return new Map(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

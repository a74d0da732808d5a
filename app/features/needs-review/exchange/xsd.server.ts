// Validation against the REFI-QDA codebook schema with libxml2 (compiled to WebAssembly, no
// native build): the same validator a QDA program's xmllint would be. Documents are parsed
// without network access and without external entities; callers refuse DTDs before this.
import { ParseOption, XmlDocument, XsdValidator } from "libxml2-wasm";
import codebookXsd from "./schemas/Codebook.xsd?raw";

const SAFE_PARSING = { option: ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE };

/**
 * A compiled schema, kept for the life of the process. Its parsed document is kept too (never
 * disposed): libxml2 does not promise that a schema outlives the document it was built from.
 */
export function compileSchema(xsd: string): XsdValidator {
  return XsdValidator.fromDoc(XmlDocument.fromString(xsd, SAFE_PARSING));
}

/** The problems libxml2 reports for the document, one line each; empty when it is valid. */
export function schemaProblems(validator: XsdValidator, xml: string): string[] {
  let document: XmlDocument;
  try {
    document = XmlDocument.fromString(xml, SAFE_PARSING);
  } catch (error) {
    return [`not well-formed: ${error instanceof Error ? error.message.trim() : String(error)}`];
  }
  try {
    validator.validate(document);
    return [];
  } catch (error) {
    const details = (error as { details?: { message: string; line: number }[] }).details;
    if (details?.length) return details.map((d) => `line ${d.line}: ${d.message.trim()}`);
    return [error instanceof Error ? error.message.trim() : String(error)];
  } finally {
    document.dispose();
  }
}

let codebookValidator: XsdValidator | undefined;

export function codebookSchemaProblems(xml: string): string[] {
  codebookValidator ??= compileSchema(codebookXsd);
  return schemaProblems(codebookValidator, xml);
}

// Importing a REFI-QDA codebook (.qdc) into the territory's codebook. The file is judged by its
// content (never its name): UTF-8 XML in the codebook namespace, without a DTD, valid against
// Codebook.xsd (an empty <Sets/>, as Taguette writes, is accepted), with names and descriptions
// our themes can take. Code groups (<Sets>, as ATLAS.ti writes) become parent themes of their
// members (code-sets.ts). Only then are themes created, all in one transaction with one audit
// entry: a file that fails any check changes nothing.
import { randomUUID } from "node:crypto";
import { eq, max } from "drizzle-orm";
import type { Executor } from "~/db/client.server";
import { isUniqueViolation } from "~/db/errors";
import { theme } from "~/db/schema";
import { recordAudit } from "~/features/audit/audit.server";
import type { Actor } from "~/tenancy/actor.server";
import { nearestThemeColour } from "../codebook/theme-colours";
import { type CodebookReadError, type ImportedCode, readCodebookXml } from "./codebook-xml";
import { groupCodesBySets, withoutEmptySets } from "./code-sets";
import { codebookSchemaProblems } from "./xsd.server";

type Territory = { id: string; programmeId: string };

export const CODEBOOK_FILE_MAX_BYTES = 2 * 1024 * 1024;
/** The limits of a theme's name and description, as in the codebook form (codebook.schema.ts). */
const NAME_LENGTH = { min: 2, max: 80 };
const DESCRIPTION_MAX = 1000;

export type CodebookFileError =
  | CodebookReadError
  | "errors.fileTooLarge"
  | "errors.codebookFileIsArchive"
  | "errors.codebookFileNotValid"
  | "errors.codebookFileThemeInvalid";
/** The codes to import (groups already turned into parent themes), with what became of the groups. */
export type CodebookFileResult = { ok: true; codes: ImportedCode[]; groups: number; membershipsLeft: number } | { ok: false; error: CodebookFileError };

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

/** Names and descriptions as our themes keep them: NFC, trimmed; null when one does not fit. */
function normaliseCodes(codes: ImportedCode[]): ImportedCode[] | null {
  const out: ImportedCode[] = [];
  for (const code of codes) {
    const name = code.name.normalize("NFC").trim();
    const description = code.description.normalize("NFC").trim();
    // Counted as the form counts them (UTF-16 code units), so both accept the same names.
    if (name.length < NAME_LENGTH.min || name.length > NAME_LENGTH.max || description.length > DESCRIPTION_MAX) return null;
    const children = normaliseCodes(code.children);
    if (!children) return null;
    out.push({ name, description, colour: code.colour, children });
  }
  return out;
}

/** The codes of an uploaded codebook file, or why it was refused (a catalog key). */
export function readCodebookFile(bytes: Uint8Array): CodebookFileResult {
  if (bytes.length > CODEBOOK_FILE_MAX_BYTES) return { ok: false, error: "errors.fileTooLarge" };
  // A .qdpx project (or any other archive) is the most likely wrong file: say so.
  if (isZip(bytes)) return { ok: false, error: "errors.codebookFileIsArchive" };
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, error: "errors.codebookFileNotCodebook" };
  }
  // Well-formed, no DTD, the codebook namespace: checked before libxml2 sees the document.
  const read = readCodebookXml(xml);
  if (!read.ok) return read;
  // Taguette's empty <Sets/> is the one departure from the schema that is accepted: it means no groups.
  if (codebookSchemaProblems(withoutEmptySets(xml)).length) return { ok: false, error: "errors.codebookFileNotValid" };
  const grouped = groupCodesBySets(read.codes, read.sets);
  const codes = normaliseCodes(grouped.codes);
  if (!codes) return { ok: false, error: "errors.codebookFileThemeInvalid" };
  return { ok: true, codes, groups: grouped.groups, membershipsLeft: grouped.membershipsLeft };
}

export type CodebookImportResult = { ok: true; added: number; skipped: number } | { ok: false; error: "errors.codebookImportConflict" };

/**
 * Adds the codes to the territory's codebook as themes, nested as in the file. A code whose name
 * the codebook already has (in any case) is skipped, and its sub-codes go under the theme of
 * that name, so importing the same file twice adds nothing. Colours become the nearest palette colour.
 */
export async function importCodebook(
  db: Executor,
  args: { actor: Actor; territory: Territory; codes: ImportedCode[]; groups?: number },
): Promise<CodebookImportResult> {
  const { actor, territory, codes } = args;
  try {
    return await db.transaction(async (tx) => {
      const existing = await tx.select({ id: theme.id, name: theme.name }).from(theme).where(eq(theme.territoryId, territory.id));
      const [{ last }] = await tx.select({ last: max(theme.position) }).from(theme).where(eq(theme.territoryId, territory.id));
      const idOfName = new Map(existing.map((t) => [t.name.toLowerCase(), t.id]));
      const rows: (typeof theme.$inferInsert)[] = [];
      let skipped = 0;
      let position = (last ?? -1) + 1;
      const add = (list: ImportedCode[], parentId: string | null) => {
        for (const code of list) {
          const key = code.name.toLowerCase();
          let id = idOfName.get(key);
          if (id) skipped++;
          else {
            id = randomUUID();
            idOfName.set(key, id);
            rows.push({ id, territoryId: territory.id, parentId, name: code.name, description: code.description, colour: nearestThemeColour(code.colour), position: position++ });
          }
          add(code.children, id);
        }
      };
      add(codes, null);
      // Parents come before their children in one statement; PostgreSQL checks the references at its end.
      for (let i = 0; i < rows.length; i += 500) await tx.insert(theme).values(rows.slice(i, i + 500));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        programmeId: territory.programmeId,
        territoryId: territory.id,
        action: "codebook.import",
        objectType: "territory",
        objectId: territory.id,
        details: { format: "qdc", added: rows.length, skipped, groups: args.groups ?? 0 },
      });
      return { ok: true as const, added: rows.length, skipped };
    });
  } catch (error) {
    // Someone added a theme of the same name while this import ran: nothing was imported.
    if (isUniqueViolation(error)) return { ok: false, error: "errors.codebookImportConflict" };
    throw error;
  }
}

// The territory's codebook as REFI-QDA codes: the theme tree, each theme's database UUID as its
// GUID, so a QDA program recognises a theme again in a later export.
import type { Executor } from "~/db/client.server";
import { listThemes } from "../codebook/codebook.server";
import { buildThemeTree, type ThemeNode } from "../codebook/theme-tree";
import { writeCodebookXml } from "./codebook-xml";
import type { CodeModel } from "./project-xml";

function toCode(node: ThemeNode): CodeModel {
  return { guid: node.id, name: node.name, description: node.description, colour: node.colour, children: node.children.map(toCode) };
}

/** The codebook's themes as nested codes, in the codebook's order. */
export async function listCodes(db: Executor, args: { territoryId: string }): Promise<CodeModel[]> {
  const themes = await listThemes(db, args);
  return buildThemeTree(themes).map(toCode);
}

/** The .qdc document of the territory's codebook; null when the codebook is empty (the schema wants a code). */
export async function exportCodebookXml(db: Executor, args: { territoryId: string }): Promise<{ xml: string; codes: number } | null> {
  const themes = await listThemes(db, args);
  if (themes.length === 0) return null;
  return { xml: writeCodebookXml(buildThemeTree(themes).map(toCode)), codes: themes.length };
}

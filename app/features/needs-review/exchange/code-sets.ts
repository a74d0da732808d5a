// Code groups (REFI-QDA <Sets>) in an imported codebook. ATLAS.ti writes its code groups there,
// Taguette an empty <Sets/>. Our codebook is one tree of themes, so a group becomes a parent
// theme: its member codes that sit at the top of the file's tree move under it (decision 026).
// A code has one place in a tree: when it belongs to several groups it goes under the first,
// and a member that is itself a sub-code stays under its parent; those memberships are counted
// and the import result says how many were not carried over. Pure functions.
import type { ImportedCode } from "./codebook-xml";

export type ImportedSet = { name: string; description: string; memberGuids: string[] };
export type GroupedCodes = { codes: ImportedCode[]; groups: number; membershipsLeft: number };

/** A GUID as compared: lower case, without braces ("{ABC…}" and "abc…" are the same code). */
export function canonicalGuid(guid: string): string {
  return guid.trim().replace(/^\{|\}$/g, "").toLowerCase();
}

/**
 * The codes with each group as a parent theme of its top-level members, groups first in the
 * order of the file, then the codes that belong to no group. Counts the groups and the
 * memberships that could not be carried over (a second group of a code, or a nested member).
 */
export function groupCodesBySets(codes: ImportedCode[], sets: ImportedSet[]): GroupedCodes {
  if (sets.length === 0) return { codes, groups: 0, membershipsLeft: 0 };
  const topLevel = new Map(codes.flatMap((c) => (c.guid ? [[canonicalGuid(c.guid), c] as const] : [])));
  const claimed = new Set<string>();
  let membershipsLeft = 0;
  const groups: ImportedCode[] = sets.map((set) => {
    const children: ImportedCode[] = [];
    for (const member of new Set(set.memberGuids.map(canonicalGuid))) {
      const code = topLevel.get(member);
      if (code && !claimed.has(member)) {
        claimed.add(member);
        children.push(code);
      } else {
        membershipsLeft++;
      }
    }
    return { name: set.name, description: set.description, colour: null, children };
  });
  const ungrouped = codes.filter((c) => !(c.guid && claimed.has(canonicalGuid(c.guid))));
  return { codes: [...groups, ...ungrouped], groups: groups.length, membershipsLeft };
}

/**
 * The document without an empty <Sets/> (or <Sets></Sets>): Taguette writes one, and the
 * schema wants at least one <Set> in it. Only for the schema check; an empty list of groups
 * means no groups, so nothing is lost.
 */
export function withoutEmptySets(xml: string): string {
  return xml.replace(/<((?:[\w.-]+:)?)Sets(?:\s[^<>]*?)?\/>|<((?:[\w.-]+:)?)Sets(?:\s[^<>]*?)?>\s*<\/\2Sets\s*>/g, "");
}

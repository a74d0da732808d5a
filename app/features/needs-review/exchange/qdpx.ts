// The .qdpx archive: a ZIP holding project.qde at its root and the plain text of each source in
// sources/, which project.qde names as internal://<file> (paths relative to that folder).
import { strToU8, zipSync, type Zippable } from "fflate";

export const PROJECT_FILE = "project.qde";

export function sourceFileName(guid: string): string {
  return `${guid}.txt`;
}

export function internalPath(guid: string): string {
  return `internal://${sourceFileName(guid)}`;
}

export function archivePath(guid: string): string {
  return `sources/${sourceFileName(guid)}`;
}

/** The archive; every text is UTF-8 without a byte-order mark. */
export function packQdpx(args: { projectXml: string; sources: { guid: string; text: string }[]; at: Date }): Uint8Array {
  const entry = (text: string): Zippable[string] => [strToU8(text), { level: 6, mtime: args.at }];
  const files: Zippable = { [PROJECT_FILE]: entry(args.projectXml) };
  for (const source of args.sources) files[archivePath(source.guid)] = entry(source.text);
  return zipSync(files);
}

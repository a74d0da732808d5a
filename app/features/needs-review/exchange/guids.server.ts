// GUIDs of the exported objects. QDA software matches objects between two imports of a project by
// their GUIDs, so they must not change from one export to the next: database UUIDs are used as
// they are, and objects without one get a name-based UUID (version 5) in the territory's own
// namespace (its id), e.g. the project, the variables, the notes and the selections.
import { createHash } from "node:crypto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** RFC 9562 UUID version 5: SHA-1 of the namespace's 16 bytes and the name in UTF-8. */
export function uuidV5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUIDs of one territory's export. */
export function territoryGuids(territoryId: string) {
  const derive = (name: string) => uuidV5(territoryId, name);
  return {
    project: () => derive("project"),
    variable: (key: string) => derive(`variable:${key}`),
    selection: (codingId: string) => derive(`selection:${codingId}`),
    note: (codingId: string) => derive(`memo:${codingId}`),
    /** Account ids come from the sign-in library and are not UUIDs; they are never shown either. */
    user: (userId: string) => (isUuid(userId) ? userId.toLowerCase() : derive(`user:${userId}`)),
  };
}

// The forms of the versions page and of the public Toolkit page. Messages are catalog keys.
import { z } from "zod";
import { NOTE_MAX } from "./version-limits";

/** A line or two on what changed: longer notes belong in the modules themselves. */

const trimmed = (v: unknown) => (typeof v === "string" ? v.replace(/\r\n?/g, "\n").trim() : "");

export const createVersionSchema = z.object({
  intent: z.literal("create"),
  note: z.preprocess(trimmed, z.string().max(NOTE_MAX, "errors.tooLong")),
});

/** Publishing asks first: only a second POST with confirm=yes publishes. */
export const publishVersionSchema = z.object({
  intent: z.literal("publish"),
  versionId: z.uuid("errors.invalid"),
  confirm: z.literal("yes").optional().catch(undefined),
});

/** From the versions page: the territory's own Toolkit made from a published version. */
export const copyVersionSchema = z.object({
  intent: z.literal("copy"),
  versionId: z.uuid("errors.invalid"),
});

/** From the public page: the territory (slug) that gets the copy, chosen from the actor's. */
export const publicCopySchema = z.object({
  intent: z.literal("copy"),
  territory: z.preprocess(trimmed, z.string().min(1, "errors.choose").max(100, "errors.choose")),
});

/** The version id of a URL, or null when it is not a uuid (then the answer is 404). */
export function parseVersionId(value: unknown): string | null {
  const parsed = z.uuid().safeParse(value);
  return parsed.success ? parsed.data : null;
}

export { NOTE_MAX };

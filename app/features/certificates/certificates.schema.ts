// Forms of the certificates module. Messages are catalog keys.
import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A URL parameter that must be a UUID; anything else is simply not found. */
export function parseId(value: unknown): string | null {
  return typeof value === "string" && UUID.test(value) ? value.toLowerCase() : null;
}

export const issueSchema = z.object({
  enrolmentId: z.string().regex(UUID, "certificates.errors.traineeUnknown"),
});

export const revokeSchema = z.object({
  reason: z.string().trim().min(3, "certificates.errors.reasonRequired").max(500, "errors.tooLong"),
  // A ticked box: a revocation cannot be undone, so it is never a single stray click.
  "confirm[]": z.preprocess((v) => v ?? [], z.array(z.literal("yes", { error: "certificates.errors.confirmRevocation" })).min(1, "certificates.errors.confirmRevocation")),
});

export const verifySchema = z.object({
  credential: z.string().trim().min(1, "certificates.errors.credentialRequired").max(20_000, "errors.tooLong"),
});

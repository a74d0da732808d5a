// The confirmation of an erasure: the person's email address, typed again.
import { z } from "zod";

export const erasureConfirmationSchema = z.object({
  confirmEmail: z.string().trim().min(1, "errors.required").max(320, "errors.tooLong"),
});

/** Whether what was typed names the account (case and surrounding spaces do not matter). */
export function confirmsErasure(typed: string, email: string): boolean {
  return typed.trim().toLowerCase() === email.trim().toLowerCase();
}

import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "errors.required").max(254, "errors.tooLong"),
  password: z.string().min(1, "errors.required").max(1000, "errors.tooLong"),
  next: z.string().max(2000).optional(),
});

export const emailOnlySchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "errors.tooLong").pipe(z.email("errors.email")),
});

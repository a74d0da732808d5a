// Server-side form parsing: a zod schema whose messages are catalog keys. Errors go back with
// status 400, keyed by field, together with what the user typed, so nothing is lost.
import { data } from "react-router";
import { z } from "zod";

// Schemas name their messages as catalog keys. Anything a schema did not name (a missing field,
// a wrong type from a forged form) still gets a translatable key, never zod's English text.
z.config({ customError: (issue) => (issue.input === undefined ? "errors.required" : "errors.invalid") });

export type FieldErrors = Record<string, string[]>;
export type FormFailure = { ok: false; errors: FieldErrors; values: Record<string, string> };

export function valuesOf(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    // Never echo secrets back into the page.
    if (typeof value !== "string" || /password|csrf|token/i.test(key)) continue;
    // Multi-valued fields ("languages[]") keep every value, one per line.
    values[key] = key.endsWith("[]") && key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; value: z.output<S> } | FormFailure {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    raw[key] = key.endsWith("[]") ? all : all[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    (errors[field] ??= []).push(issue.message);
  }
  return { ok: false, errors, values: valuesOf(formData) };
}

/** A 400 response carrying the failure for the form to render. */
export function invalid(failure: Omit<FormFailure, "ok">) {
  return data({ ok: false as const, errors: failure.errors, values: failure.values }, { status: 400 });
}

/** A 400 for one form-level message (a catalog key), keeping the typed values. */
export function formError(formData: FormData, messageKey: string, field = "_form", status = 400) {
  return data({ ok: false as const, errors: { [field]: [messageKey] }, values: valuesOf(formData) }, { status });
}

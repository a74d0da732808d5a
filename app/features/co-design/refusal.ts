import type { FieldErrors } from "~/http/form.server";

/** A domain refusal for the form to show: the field (or "_form"), a catalog key, the HTTP status (400 unless said). */
export type Refusal = { errors: FieldErrors; status?: number };

export function refuse(field: string, key: string, status?: number): Refusal {
  return { errors: { [field]: [key] }, status };
}

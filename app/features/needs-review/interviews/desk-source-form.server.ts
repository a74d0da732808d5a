// The add/edit form of a desk research source: its fields and its optional file, checked
// together so that both kinds of error show at once and what was typed is kept.
import { parseForm, valuesOf, type FieldErrors, type FormFailure } from "~/http/form.server";
import { readDeskSourceUpload, type DeskSourceFileUpload } from "./desk-source-files";
import { deskSourceSchema, type DeskSourceInput } from "../needs-review.schema";

export async function readDeskSourceForm(
  formData: FormData,
): Promise<{ ok: true; input: DeskSourceInput; file: DeskSourceFileUpload | null } | FormFailure> {
  const parsed = parseForm(deskSourceSchema, formData);
  const upload = await readDeskSourceUpload(formData.get("file"));
  if (parsed.ok && upload.ok) return { ok: true, input: parsed.value, file: upload.file };
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  if (!upload.ok) errors.file = [upload.error];
  return { ok: false, errors, values: valuesOf(formData) };
}

// Recognising database errors the application answers on purpose, whichever driver raised them
// (node-postgres and PGlite both carry the SQLSTATE code, sometimes on a wrapped cause).

/** A unique constraint refused the row (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

// What an edit changed, for its audit entry: the names of the fields only, never their values
// (a participant's real name must never reach the append-only audit log).

/** The keys whose values differ between the stored row and the submitted one (arrays by content). */
export function changedFields<K extends string>(before: Record<K, unknown>, after: Record<K, unknown>, keys: readonly K[]): K[] {
  return keys.filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

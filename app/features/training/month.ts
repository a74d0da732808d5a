// The month shown by the calendar page (?month=YYYY-MM): odd input falls back to the current
// month, so a typed URL never errors. Pure.

/** "2022-01" when valid, else null. */
export function parseMonth(value: string | null): string | null {
  if (!value || !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return null;
  const year = Number(value.slice(0, 4));
  return year >= 2000 && year <= 2100 ? value : null;
}

/** The month after (+1) or before (-1) "YYYY-MM". */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * The month the calendar opens on when none is asked for: the month of the next session, else
 * of the last one, else the current month (all as "YYYY-MM" in the territory's local time).
 */
export function openingMonth(args: { nextSessionMonth: string | null; lastSessionMonth: string | null; currentMonth: string }): string {
  return args.nextSessionMonth ?? args.lastSessionMonth ?? args.currentMonth;
}

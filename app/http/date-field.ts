// The one calendar-date field of every form (YYYY-MM-DD, as <input type="date"> sends it). A
// date must exist and lie within the years the platform can mean: PostgreSQL has no year 0, and
// year 9999 made the session form answer 500. Messages are catalog keys.
import { z } from "zod";

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a typed date is refused (a catalog key), or null when it is a real date within the range. */
export function dateProblem(value: string): "errors.date" | "errors.dateRange" | null {
  const match = ISO_DATE.exec(value);
  if (!match) return "errors.date";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || date.getUTCMonth() !== month - 1) return "errors.date";
  // 29 February exists only in leap years.
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return "errors.date";
  if (year < MIN_YEAR || year > MAX_YEAR) return "errors.dateRange";
  return null;
}

export function isCalendarDate(value: string): boolean {
  return dateProblem(value) === null;
}

/** A date field; `notInFuture` for what has already happened (a consent, an interview). */
export function calendarDate({ notInFuture = false }: { notInFuture?: boolean } = {}) {
  return z.string({ error: "errors.date" }).superRefine((value, ctx) => {
    const problem = dateProblem(value);
    // For what has happened, a date after today is better told as such than as out of range.
    const future = notInFuture && problem !== "errors.date" && value > new Date().toISOString().slice(0, 10);
    if (future) ctx.addIssue({ code: "custom", message: "errors.dateInFuture" });
    else if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

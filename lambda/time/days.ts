/** Calendar days as YYYY-MM-DD, in UTC: Alexa tells a skill the user's time zone only with a permission. */

export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before it, for a negative `n`). */
export function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return dayOf(date.getTime());
}

/** Today or yesterday: a streak still runs, and an unfinished routine is still offered. */
export function isRecent(day: string, today: string): boolean {
  return day === today || day === addDays(today, -1);
}

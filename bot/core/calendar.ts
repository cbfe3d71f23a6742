// Dates as the district counts them: YYYY-MM-DD in its time zone (Korea by default).
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone });
}

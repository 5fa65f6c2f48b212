// Calendar days travel as "YYYY-MM-DD" strings: PostgreSQL DATE columns arrive as UTC midnights.
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

// The same, for an optional date column.
export function isoDayOrNull(date: Date | null): string | null {
  return date ? isoDay(date) : null;
}

export function today(): string {
  return isoDay(new Date());
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

const FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

// "8 January 2016"
export function formatDay(day: string): string {
  return FORMAT.format(dayToDate(day));
}

// "Jan 2016", for chart axes.
export function formatMonth(day: string): string {
  return SHORT.format(dayToDate(day));
}

// 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd".
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

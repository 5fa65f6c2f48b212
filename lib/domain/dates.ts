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

// The app's two languages: "en" (British English dates) and "ja".
type DateLocale = "en" | "ja";
const INTL: Record<DateLocale, string> = { en: "en-GB", ja: "ja-JP" };
const LONG = new Map<DateLocale, Intl.DateTimeFormat>();
const SHORT = new Map<DateLocale, Intl.DateTimeFormat>();

function formatter(cache: Map<DateLocale, Intl.DateTimeFormat>, locale: DateLocale, month: "long" | "short") {
  let format = cache.get(locale);
  if (!format) {
    const day = month === "long" ? { day: "numeric" as const } : {};
    format = new Intl.DateTimeFormat(INTL[locale], { ...day, month, year: "numeric", timeZone: "UTC" });
    cache.set(locale, format);
  }
  return format;
}

// "8 January 2016" / "2016年1月8日"
export function formatDay(day: string, locale: DateLocale = "en"): string {
  return formatter(LONG, locale, "long").format(dayToDate(day));
}

// "Jan 2016" / "2016年1月", for chart axes.
export function formatMonth(day: string, locale: DateLocale = "en"): string {
  return formatter(SHORT, locale, "short").format(dayToDate(day));
}

// 1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd".
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

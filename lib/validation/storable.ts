// PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate cannot be encoded as UTF-8:
// input carrying either is refused where it enters (URL, form, API body), before the
// database could fail on it.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function storableText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

export const UNSTORABLE_MESSAGE = "Contains characters that cannot be stored (NUL or broken Unicode)";

// The dotted paths of every string in `value` (a parsed form or JSON body) that cannot be stored.
export function unstorablePaths(value: unknown, path: string[] = [], depth = 0): string[] {
  if (typeof value === "string") return storableText(value) ? [] : [path.join(".") || "form"];
  if (depth > 20 || value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [
    ...(storableText(k) ? [] : [path.join(".") || "form"]),
    ...unstorablePaths(v, [...path, k], depth + 1),
  ]);
}

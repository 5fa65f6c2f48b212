// A readable before/after comparison of two audit snapshots (plain JSON objects), one row
// per changed field, for the audit page, the pledge history and "someone else saved first".

export type DiffRow = { field: string; before: string | null; after: string | null };

// Bookkeeping that changes on every save and tells a reader nothing.
const IGNORED = new Set(["version", "updatedAt"]);

function show(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value)) return value.length ? value.map((v) => show(v) ?? "—").join(", ") : null;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

// Nested objects become dotted fields ("update.status") so each change gets its own row.
function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (IGNORED.has(key)) continue;
      flatten(v, prefix ? `${prefix}.${key}` : key, out);
    }
  } else if (prefix) out.set(prefix, value);
  return out;
}

// "targetDate" -> "Target date", "update.paragraph" -> "Update: paragraph".
export function fieldLabel(path: string): string {
  return path
    .split(".")
    .map((part, i) => {
      const words = part.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
      return i === 0 ? words.charAt(0).toUpperCase() + words.slice(1) : words;
    })
    .join(": ");
}

export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  const a = flatten(before);
  const b = flatten(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  const rows: DiffRow[] = [];
  for (const field of fields) {
    const was = show(a.get(field));
    const now = show(b.get(field));
    if (was !== now) rows.push({ field: fieldLabel(field), before: was, after: now });
  }
  return rows;
}

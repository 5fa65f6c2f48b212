// Turns a submitted form into the plain object the zod schemas expect:
//   "tags[]" (repeated)   -> tags: ["a", "b"]
//   "entries.3.status"    -> entries: [ ..., { status } ] (rows in index order, no holes)
// Next's own "$ACTION_..." fields and file inputs are left out, and so are names that could
// reach an object's prototype or ask for an absurd array index ("entries.4294967294.status"
// would otherwise build an array of four billion holes for the schema to walk).

// Row indexes a form can really have (a meeting review lists at most a few thousand pledges).
const INDEX = /^(?:0|[1-9]\d{0,3})$/;
const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);

type Node = Map<string, Node | string | string[]>;

function insert(root: Node, path: string[], value: string) {
  let node = root;
  path.slice(0, -1).forEach((key) => {
    const child = node.get(key);
    if (child instanceof Map) node = child;
    else {
      const fresh: Node = new Map();
      node.set(key, fresh);
      node = fresh;
    }
  });
  node.set(path.at(-1)!, value);
}

// Maps whose keys are all row indexes become arrays in index order; others plain objects
// (built with Object.fromEntries, so a key is always an own property).
function toPlain(node: Node, top = false): Record<string, unknown> | unknown[] {
  const entries = [...node].map(([k, v]) => [k, v instanceof Map ? toPlain(v) : v] as const);
  if (!top && entries.every(([k]) => INDEX.test(k)))
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  return Object.fromEntries(entries);
}

export function formDataToObject(form: FormData): Record<string, unknown> {
  const root: Node = new Map();
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      if (UNSAFE.has(key)) continue;
      const list = root.get(key);
      root.set(key, Array.isArray(list) ? [...list, value] : [value]);
      continue;
    }
    const path = name.includes(".") ? name.split(".") : [name];
    if (path.some((p) => UNSAFE.has(p) || p === "")) continue;
    if (path.some((p, i) => i > 0 && /^\d+$/.test(p) && !INDEX.test(p))) continue;
    insert(root, path, value);
  }
  return toPlain(root, true) as Record<string, unknown>;
}

// The submitted values to send back with a refusal, without any password.
export function echoValues(input: unknown): Record<string, unknown> | undefined {
  if (!input || typeof input !== "object" || Array.isArray(input)) return undefined;
  return Object.fromEntries(Object.entries(input).filter(([key]) => !/password|current|confirm/i.test(key)));
}

// Turns a submitted form into the plain object the zod schemas expect:
//   "tags[]" (repeated)   -> tags: ["a", "b"]
//   "entries.3.status"    -> entries: [ , , , { status } ]
// Next's own "$ACTION_..." fields and file inputs are left out.

type Tree = Record<string, unknown> | unknown[];

function setPath(root: Record<string, unknown>, path: string[], value: unknown) {
  let node: Tree = root;
  path.forEach((key, i) => {
    const last = i === path.length - 1;
    const nextIsIndex = !last && /^\d+$/.test(path[i + 1]!);
    const container = node as Record<string, unknown>;
    if (last) container[key] = value;
    else {
      if (typeof container[key] !== "object" || container[key] === null) container[key] = nextIsIndex ? [] : {};
      node = container[key] as Tree;
    }
  });
}

export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    if (name.endsWith("[]")) {
      const key = name.slice(0, -2);
      const list = Array.isArray(out[key]) ? (out[key] as unknown[]) : [];
      list.push(value);
      out[key] = list;
    } else if (name.includes(".")) {
      const path = name.split(".");
      // Refuse prototype-polluting paths outright.
      if (path.some((p) => p === "__proto__" || p === "constructor" || p === "prototype")) continue;
      setPath(out, path, value);
    } else out[name] = value;
  }
  return out;
}

// The submitted values to send back with a refusal, without any password.
export function echoValues(input: unknown): Record<string, unknown> | undefined {
  if (!input || typeof input !== "object" || Array.isArray(input)) return undefined;
  return Object.fromEntries(Object.entries(input).filter(([key]) => !/password|current|confirm/i.test(key)));
}

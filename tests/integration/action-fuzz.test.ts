import { beforeAll, describe, expect, it } from "vitest";
import { actAs, createTestUser, type TestUser } from "./support/acting";
import { discoverActions, VALID_INPUT, type Action } from "./support/action-inputs";
import { databaseFingerprint } from "./support/fixtures";

// Every server action (discovered, as for the permission matrix), called by an admin, so
// every role check passes, with malformed bodies: valid input broken one field at a time,
// plus bodies of the wrong kind altogether. Each must be refused with a 4xx result (never a
// throw, never a 500) and leave the database exactly as it was.

type Fields = [string, unknown][];

// Values no field accepts. A form (FormData) carries only text, and the browser's encoding
// already turns a lone surrogate into U+FFFD, so it gets the text ones; a JSON-like body all.
const BROKEN_TEXT: [string, unknown][] = [
  ["NUL", "before\u0000after"],
  ["a 300,000-character string", "x".repeat(300_000)],
  ["a hostile markup paste", "<a ".repeat(70_000)],
];
const BROKEN_VALUES: [string, unknown][] = [
  ...BROKEN_TEXT,
  ["a lone surrogate", "broken \ud800 text"],
  ["an object", { nested: "x" }],
  ["a number", 12345],
];

// Values broken for some kinds of field only, chosen by the field's name.
function valuesFor(field: string, form: boolean): [string, unknown][] {
  const extra: [string, unknown][] = [];
  if (/version|position|ordinal/i.test(field)) {
    for (const n of ["99999999999999999999", "2147483648", "-1", "0", "1.5", "1e308", "NaN", "Infinity"])
      extra.push([`number ${n}`, n]);
  }
  if (/date|On$/.test(field))
    for (const d of ["0000-00-00", "9999-99-99", "0000-01-01", "2021-02-30"]) extra.push([`date ${d}`, d]);
  return [...(form ? BROKEN_TEXT : BROKEN_VALUES), ...extra];
}

const fieldsOf = (input: unknown): Fields =>
  input instanceof FormData ? [...input.entries()] : input && typeof input === "object" ? Object.entries(input) : [];

// The same kind of body as the valid one (a form or a plain object) with `fields`.
function rebuild(like: unknown, fields: Fields): unknown {
  if (!(like instanceof FormData)) return Object.fromEntries(fields);
  const fd = new FormData();
  for (const [k, v] of fields) {
    if (Array.isArray(v)) for (const item of v) fd.append(k, String(item));
    else fd.append(k, typeof v === "string" ? v : JSON.stringify(v));
  }
  return fd;
}

function malformedBodies(valid: unknown): [string, unknown][] {
  const fields = fieldsOf(valid);
  const bodies: [string, unknown][] = [
    ["no body", undefined],
    ["null", null],
    ["a number", 42],
    ["a string", "x"],
    ["an array", [valid]],
    ["an empty form", new FormData()],
  ];
  for (const [field, original] of fields) {
    // Lists (tags) take any text items; their items are checked like any other text.
    const values = valuesFor(field, valid instanceof FormData).filter(
      ([, v]) => !(Array.isArray(original) && typeof v === "object"),
    );
    for (const [label, value] of values) {
      bodies.push([
        `${field} = ${label}`,
        rebuild(
          valid,
          fields.map(([k, v]) => [k, k === field ? value : v]),
        ),
      ]);
    }
  }
  // Prototype names and absurd row indexes, alongside a field nothing accepts.
  const first = fields[0]?.[0];
  if (first) {
    const broken = fields.map(([k, v]): [string, unknown] => [k, k === first ? "\u0000" : v]);
    bodies.push([
      "prototype names as field names",
      rebuild(valid, [...broken, ["__proto__", "x"], ["constructor", "x"], ["toString", "x"]]),
    ]);
    bodies.push(["a huge row index", rebuild(valid, [...broken, ["entries.4294967294.status", "delivered"]])]);
  }
  return bodies;
}

let actions = new Map<string, Action>();
let admin: TestUser;

beforeAll(async () => {
  actions = await discoverActions();
  admin = await createTestUser("admin");
});

describe("every server action refuses malformed bodies", () => {
  it("has valid input to break for every action", () => {
    expect([...actions.keys()].filter((name) => !VALID_INPUT[name])).toEqual([]);
  });

  for (const name of Object.keys(VALID_INPUT)) {
    it(`${name}: 4xx for each malformed body, database unchanged`, async () => {
      const action = actions.get(name);
      if (!action) throw new Error(`No action ${name} in lib/actions`);
      await actAs(admin);
      const bodies = malformedBodies(await VALID_INPUT[name]!({ ...admin }));
      // Throttling counts attempts at one's own password, malformed or not: that log may grow.
      const data = async () =>
        Object.fromEntries(
          Object.entries(await databaseFingerprint()).filter(([table]) => table !== "sign_in_attempts"),
        );
      const before = await data();
      const wrong: string[] = [];
      for (const [label, body] of bodies) {
        try {
          const result = await action(null, body);
          if (result.ok) wrong.push(`${label}: accepted`);
          else if (result.status >= 500) wrong.push(`${label}: ${result.status} ${result.message}`);
        } catch (error) {
          wrong.push(`${label}: threw ${String(error).slice(0, 200)}`);
        }
      }
      expect(wrong).toEqual([]);
      expect(await data()).toEqual(before);
    }, 120_000);
  }
});

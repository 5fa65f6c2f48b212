import { z } from "zod";
import { ZIsoDate } from "./common";
import { storableText, UNSTORABLE_MESSAGE } from "./storable";

// One parser for every route's search parameters. A route declares its parameters once, as a
// shape of zod field schemas (see pledge-filters.ts, briefing.ts, ...), and its page, its
// downloads and its API all parse with that shape: a page drops a malformed value and says
// so, the API and downloads answer 400 naming every problem. Each field is parsed on its own,
// so one bad value never costs the others.

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

// Every field schema must accept `undefined` (the parameter is absent or dropped).
export type ParamShape = Record<string, z.ZodType>;
export type ParamValues<S extends ParamShape> = { [K in keyof S]: z.output<S[K]> };
export type ParamProblem = { param: string; message: string };

export type ParsedParams<S extends ParamShape> = {
  data: ParamValues<S>;
  // Values given but not understood: each was dropped (the field took its default).
  problems: ParamProblem[];
  // Parameter names the route does not read (the API refuses them, pages ignore them).
  unknown: string[];
};

// Longer values are refused before any schema (or regex) looks at them.
export const MAX_PARAM_LENGTH = 1_000;

function valuesByName(input: SearchParamsInput): Map<string, string[]> {
  const given = new Map<string, string[]>();
  const add = (name: string, value: string) => given.set(name, [...(given.get(name) ?? []), value]);
  if (input instanceof URLSearchParams) for (const [name, value] of input) add(name, value);
  else {
    for (const name of Object.keys(input)) {
      const value = input[name];
      for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) add(name, v);
    }
  }
  return given;
}

// The raw text of one parameter, or a problem; "" (an empty form field) means not chosen.
function rawValue(values: string[]): { value?: string; problem?: string } {
  if (values.length > 1) return { problem: "Give this parameter once" };
  const value = values[0]?.trim();
  if (!value) return {};
  if (value.length > MAX_PARAM_LENGTH) return { problem: `Too long (more than ${MAX_PARAM_LENGTH} characters)` };
  if (!storableText(value)) return { problem: UNSTORABLE_MESSAGE };
  return { value };
}

export function parseSearchParams<S extends ParamShape>(shape: S, input: SearchParamsInput): ParsedParams<S> {
  const given = valuesByName(input);
  const data: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  const unknown = [...given.keys()].filter((name) => !Object.hasOwn(shape, name));
  for (const [param, schema] of Object.entries(shape)) {
    const raw = rawValue(given.get(param) ?? []);
    const parsed = raw.problem ? null : schema.safeParse(raw.value);
    if (parsed?.success) {
      data[param] = parsed.data;
      continue;
    }
    if (raw.problem) problems.push({ param, message: raw.problem });
    else for (const issue of parsed?.error.issues ?? []) problems.push({ param, message: issue.message });
    data[param] = schema.parse(undefined);
  }
  return { data: data as ParamValues<S>, problems, unknown };
}

// Problems grouped by parameter, as the API's 400 lists them (unknown names included).
// Built from a Map: a parameter named __proto__ is then an own key like any other.
export function problemDetails(parsed: { problems: ParamProblem[]; unknown: string[] }): Record<string, string[]> {
  const details = new Map<string, string[]>();
  const add = (param: string, message: string) => details.set(param, [...(details.get(param) ?? []), message]);
  for (const { param, message } of parsed.problems) add(param, message);
  for (const name of parsed.unknown) add(name.slice(0, 100), "Unknown parameter");
  return Object.fromEntries(details);
}

// One line per problem, for a page's notice or a download's 400.
export function problemLines(problems: ParamProblem[]): string[] {
  return problems.map(({ param, message }) => `${param}: ${message}`);
}

// Field schemas the routes' shapes are made of.

export const ZParamId = z.string().max(100, "Too long for an id").optional();
export const ZParamSearch = z.string().max(200, "Keep the search under 200 characters").optional();
export const ZParamDay = ZIsoDate.optional();
export const ZParamFlag = z
  .enum(["1", "true", "0", "false"], { message: "Use 1 or 0 (true or false)" })
  .optional()
  .transform((v) => (v === "1" || v === "true" ? true : undefined));
export const ZParamPage = z
  .string()
  .regex(/^[1-9]\d{0,5}$/, "Use a whole page number from 1")
  .transform(Number)
  .optional()
  .transform((v) => v ?? 1);

// An enumerated parameter: only the listed values (a prototype name is just another value).
export function ZParamChoice<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.enum(values, { message }).optional();
}

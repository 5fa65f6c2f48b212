import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { loadDataSet } from "@/lib/seed/data-set";
import { E2E_USERS } from "@/tests/support/e2e-accounts";

// The hostile-user sweep: every route under app/ (pages, downloads, API, found on disk, so a
// route added tomorrow is swept too) gets malformed values in every search parameter it
// reads and in every path segment: NUL, invalid UTF-8 escapes, prototype names, impossible
// dates, huge and negative numbers, repeated and very long values. No answer may be a 5xx
// or a dropped connection; a page given NUL in a parameter it reads must say it ignored it.
// Routes that take bodies (POST, PUT, PATCH, DELETE) also get malformed bodies.

type Route = {
  file: string;
  // The path under the language ("/pledges" for app/[locale]/(public)/pledges); `prefix` is
  // the language it is swept in ("/en"), empty for routes outside app/[locale] (the API).
  pattern: string;
  prefix: string;
  kind: "page" | "route";
  methods: string[];
  params: string[];
  shapeParams: Set<string>;
};

const APP = path.join(process.cwd(), "app");
const seed = loadDataSet();

// Values as they appear in a URL (already percent-encoded where that is the point).
const CORPUS = {
  nul: ["%00", "a%00b"],
  utf8: ["%FF", "%C0%80", "%ED%A0%80", "%E0%A4%A", "%", "%zz"],
  prototype: ["toString", "__proto__", "constructor", "hasOwnProperty"],
  dates: ["0000-00-00", "9999-99-99", "2021-02-30", "0000-01-01"],
  numbers: ["99999999999999999999", "-1", "1e308", "NaN", "0x10", "1.5"],
  long: ["a".repeat(5_000)],
};
const VALUES = Object.values(CORPUS).flat();

// --- discovery -------------------------------------------------------------------------

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

// Keys of the zod parameter shapes a route file imports from lib/validation (objects whose
// values are all zod schemas), plus names it reads by hand (searchParams.get("x"), sp.x).
async function paramsOf(source: string): Promise<{ all: string[]; shape: Set<string> }> {
  const shape = new Set<string>();
  for (const m of source.matchAll(/import\s*\{([^}]+)\}\s*from\s*"@\/lib\/validation\/([\w-]+)"/g)) {
    const mod = (await import(
      pathToFileURL(path.join(process.cwd(), "lib", "validation", `${m[2]}.ts`)).href
    )) as Record<string, unknown>;
    for (const name of m[1]!.split(",").map((s) => s.replace(/^\s*type\s+/, "").trim())) {
      const value = mod[name];
      if (!value || typeof value !== "object" || Array.isArray(value)) continue;
      const fields = Object.entries(value);
      if (fields.length && fields.every(([, v]) => typeof (v as { safeParse?: unknown })?.safeParse === "function"))
        for (const [k] of fields) shape.add(k);
    }
  }
  const byHand = [...source.matchAll(/searchParams\.get\("(\w+)"\)|\b(?:sp|params|query)\.(\w+)\b/g)].map(
    (m) => m[1] ?? m[2]!,
  );
  const all = [...new Set([...shape, ...byHand.filter((n) => !["then", "id", "get"].includes(n))])];
  return { all, shape };
}

async function discoverRoutes(): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of walk(APP)) {
    const base = path.basename(file);
    if (base !== "page.tsx" && base !== "route.ts") continue;
    const under = path
      .relative(APP, path.dirname(file))
      .split(path.sep)
      .filter((s) => s && !/^\(.*\)$/.test(s));
    const localized = under[0] === "[locale]";
    const segments = localized ? under.slice(1) : under;
    const source = fs.readFileSync(file, "utf8");
    const methods = [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
    if (/export\s*\{[^}]*\b(GET|POST)\b/.test(source))
      methods.push(...["GET", "POST"].filter((m) => !methods.includes(m))); // next-auth's `export { handler as GET, handler as POST }`
    const { all, shape } = await paramsOf(source);
    routes.push({
      file: path.relative(process.cwd(), file),
      pattern: `/${segments.join("/")}`,
      prefix: localized ? "/en" : "",
      kind: base === "page.tsx" ? "page" : "route",
      methods: base === "page.tsx" ? ["GET"] : methods,
      params: all,
      shapeParams: shape,
    });
  }
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

// A real id for each kind of record a dynamic segment names (by the folder above it), so
// that the parameters of existing records are swept; unknown kinds get a plain "x".
async function sampleIds(api: APIRequestContext): Promise<Record<string, string>> {
  const pledge = seed.pledges[0]!;
  const record = (await (await api.get(`/api/v1/pledges/${pledge.id}`)).json()) as {
    data: { history: { id: string }[] };
  };
  return {
    pledges: pledge.id,
    meetings: seed.meetings[0]!.id,
    areas: seed.areas[0]!.id,
    documents: seed.documents[0]!.id,
    dialogues: seed.dialogues[0]!.id,
    updates: record.data.history[0]?.id ?? "x",
    // next-auth's catch-all: the credentials callback is the one that reads a body.
    nextauth: "callback/credentials",
  };
}

// The route's URL with sample ids, and one URL per (dynamic or last) segment replaced by `value`.
function concretePath(pattern: string, ids: Record<string, string>): string {
  const parts = pattern.split("/");
  return parts
    .map((p, i) => (/^\[\.{0,3}(\w+)\]$/.test(p) ? (ids[parts[i - 1] ?? ""] ?? ids[p.replace(/\W/g, "")] ?? "x") : p))
    .join("/");
}

function segmentVariants(pattern: string, ids: Record<string, string>, value: string): string[] {
  const parts = concretePath(pattern, ids).split("/");
  const dynamic = pattern.split("/").flatMap((p, i) => (p.startsWith("[") ? [i] : []));
  const targets = dynamic.length ? dynamic : [];
  const urls = targets.map((i) => parts.map((p, j) => (j === i ? value : p)).join("/"));
  urls.push(`${parts.join("/").replace(/\/$/, "")}/${value}`);
  return urls;
}

// --- requests ------------------------------------------------------------------------------

const failures = new Map<string, string[]>();

async function hit(
  api: APIRequestContext,
  label: string,
  send: () => Promise<APIResponse>,
): Promise<APIResponse | null> {
  try {
    const response = await send();
    if (response.status() >= 500)
      (failures.get(label) ?? failures.set(label, []).get(label)!).push(`${response.status()}`);
    return response;
  } catch (error) {
    (failures.get(label) ?? failures.set(label, []).get(label)!).push(`connection: ${String(error).split("\n")[0]}`);
    return null;
  }
}

let routes: Route[] = [];
let anonymous: APIRequestContext;
let admin: APIRequestContext;
let ids: Record<string, string> = {};

test.describe.configure({ mode: "serial" });

// Signs in over HTTP, as the sign-in form does (next-auth's credentials callback).
async function signedIn(baseURL: string | undefined): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const { email, password } = E2E_USERS.admin;
  await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password } });
  const session = (await (await api.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
  return api;
}

test.beforeAll(async ({ baseURL }) => {
  routes = await discoverRoutes();
  anonymous = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  admin = await signedIn(baseURL);
  ids = await sampleIds(anonymous);
});

test.afterAll(async () => {
  await anonymous?.dispose();
  await admin?.dispose();
});

test("finds the routes on disk: pages, downloads and the API", () => {
  const patterns = routes.map((r) => r.pattern);
  expect(patterns).toEqual(
    expect.arrayContaining([
      "/pledges",
      "/pledges/[id]",
      "/pledges/pledges.csv",
      "/api/v1/pledges",
      "/api/v1/pledges/[id]",
      "/briefing/briefing.pdf",
    ]),
  );
  expect(routes.find((r) => r.pattern === "/pledges")!.params).toEqual(
    expect.arrayContaining(["status", "overdue", "sort", "page", "q"]),
  );
});

test("every route answers malformed parameters, segments and bodies without a 5xx", async () => {
  test.setTimeout(15 * 60_000);
  const noticeMissing: string[] = [];
  for (const route of routes) {
    // Editor and account screens are swept signed in (anonymous is just a redirect).
    const api = /^\/(edit|account)\b/.test(route.pattern) ? admin : anonymous;
    const base = `${route.prefix}${concretePath(route.pattern, ids)}`.replace(/(.)\/$/, "$1");
    const url = (query: string) => `${base}?${query}`;
    if (route.methods.includes("GET")) {
      for (const [i, name] of route.params.entries()) {
        // Every class of malformed value for every parameter; the variants within a class rotate.
        const picks = Object.values(CORPUS).map((variants) => variants[i % variants.length]!);
        for (const value of new Set([...picks, CORPUS.nul[0]!])) {
          const response = await hit(api, `GET ${route.pattern} ?${name}=${value.slice(0, 20)}`, () =>
            api.get(url(`${name}=${value}`)),
          );
          // The sign-in page's parameters are not filters: it falls back silently (a bad
          // callbackUrl just returns home), so only the other pages must say what they dropped.
          if (
            value === "%00" &&
            route.kind === "page" &&
            route.pattern !== "/sign-in" &&
            route.shapeParams.has(name) &&
            response?.status() === 200
          ) {
            if (!(await response.text()).includes('data-testid="param-notice"'))
              noticeMissing.push(`${route.pattern}?${name}=%00`);
          }
        }
        await hit(api, `GET ${route.pattern} ?${name} repeated`, () => api.get(url(`${name}=1&${name}=2`)));
      }
      await hit(api, `GET ${route.pattern} with prototype names as parameter names`, () =>
        api.get(url("__proto__=1&constructor=x&toString=y&hasOwnProperty=z")),
      );
      await hit(api, `GET ${route.pattern} with a 20,000-character query`, () =>
        api.get(url(`q=${"b".repeat(20_000)}`)),
      );
      for (const value of VALUES) {
        for (const target of segmentVariants(route.pattern, ids, value).map((t) => `${route.prefix}${t}`))
          await hit(api, `GET ${target.slice(0, 80)}`, () => api.get(target));
      }
    }
    for (const method of route.methods.filter((m) => m !== "GET")) {
      const bodies: [string, string, string][] = [
        ["invalid JSON", "application/json", "{"],
        ["NUL in JSON", "application/json", JSON.stringify({ id: "\u0000", name: "a\u0000b", status: "toString" })],
        ["prototype keys", "application/json", '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'],
        [
          "huge numbers",
          "application/json",
          JSON.stringify({ version: 1e308, page: -1, entries: { "4294967294": {} } }),
        ],
        ["a long body", "application/json", JSON.stringify({ text: "<a ".repeat(70_000) })],
        ["form with NUL", "application/x-www-form-urlencoded", "name=a%00b&entries.4294967294.status=x&__proto__=1"],
        [
          "sign-in form with NUL",
          "application/x-www-form-urlencoded",
          "email=a%00b%40example.org&password=x%00y&csrfToken=%00&callbackUrl=%00",
        ],
      ];
      for (const [label, contentType, data] of bodies) {
        await hit(admin, `${method} ${route.pattern} ${label}`, () =>
          admin.fetch(base, { method, headers: { "content-type": contentType }, data }),
        );
      }
    }
  }
  expect([...failures].map(([label, problems]) => `${label}: ${problems.join(", ")}`)).toEqual([]);
  expect(noticeMissing).toEqual([]);
});

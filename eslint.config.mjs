import fs from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Next's recommended rules (React, hooks, a11y, core web vitals) plus typescript-eslint's,
// and the layering of the tree (README, "Architecture"): app -> components -> lib; in lib,
// pure domain logic imports no I/O; reads never call writes; pages read cached aggregates
// only through lib/data/cached.ts.

// The cached reads, taken from the facade itself so the rule cannot drift from it:
// `import * as m from "<module>"` and `export const name = cachedAggregate("name", m.name)`.
function cachedReads() {
  const source = fs.readFileSync(new URL("./lib/data/cached.ts", import.meta.url), "utf8");
  const modules = new Map(
    [...source.matchAll(/import \* as (\w+) from "([^"]+)";/g)].map(([, alias, from]) => [
      alias,
      from.startsWith("./") ? `@/lib/data/${from.slice(2)}` : from,
    ]),
  );
  const names = new Map();
  for (const [, alias, name] of source.matchAll(/cachedAggregate\("\w+", (\w+)\.(\w+)\)/g)) {
    const from = modules.get(alias);
    if (!from) throw new Error(`lib/data/cached.ts: no import for ${alias}`);
    names.set(from, [...(names.get(from) ?? []), name]);
  }
  return [...names].map(([name, importNames]) => ({
    name,
    importNames,
    message: "Import the cached read from @/lib/data/cached (this module's copy is uncached).",
  }));
}

const restrict = (patterns, paths = []) => ["error", { patterns, paths }];

// Links and client navigation keep the reader's language only through lib/i18n/navigation.
const languageKeeping = [
  { name: "next/link", message: "Use Link from @/lib/i18n/navigation: it keeps the reader's language." },
  {
    name: "next/navigation",
    importNames: ["useRouter", "usePathname", "redirect", "permanentRedirect"],
    message: "Use these from @/lib/i18n/navigation: they keep the reader's language.",
  },
];
const group = (group, message) => ({ group, message });

const noAppOrComponents = group(["@/app/*", "@/components/*"], "lib is below app and components.");
const noPrisma = group(
  ["@/lib/db/client", "@/lib/generated/*"],
  "Pages and components never touch the Prisma client: read through lib/data, write through lib/actions.",
);
const noUpward = group(["../*"], "Import across folders with the @/ alias, so the layer rules can see it.");

const config = [
  {
    // Generated, built or downloaded: not ours to lint.
    ignores: [
      "node_modules/**",
      ".next*/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // `any` hides exactly the mistakes the type checker is there to catch.
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrict([noPrisma, noUpward], [...cachedReads(), ...languageKeeping]) },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": restrict(
        [group(["@/app/*"], "components are below app."), noPrisma, noUpward],
        [...cachedReads(), ...languageKeeping],
      ),
    },
  },
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/data/**", "lib/briefing/data.ts"],
    rules: { "no-restricted-imports": restrict([noAppOrComponents, noUpward], cachedReads()) },
  },
  {
    files: ["lib/data/**/*.ts", "lib/briefing/data.ts"],
    rules: {
      "no-restricted-imports": restrict([
        noAppOrComponents,
        noUpward,
        group(["@/lib/actions/*"], "Reads never call writes."),
      ]),
    },
  },
  {
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        group(
          [
            "@/lib/*",
            "!@/lib/domain",
            "!@/lib/domain/*",
            "@/app/*",
            "@/components/*",
            "next",
            "next/*",
            "react",
            "react-dom",
            "server-only",
          ],
          "lib/domain is pure logic: it imports only lib/domain (no data, actions, db, validation, framework).",
        ),
        noUpward,
      ]),
    },
  },
  {
    files: ["lib/validation/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        group(
          ["@/lib/data/*", "@/lib/actions/*", "@/lib/db/*", "@/lib/generated/*", "@/app/*", "@/components/*"],
          "Schemas are shared by forms, actions, importers and the API: they import no I/O.",
        ),
        noUpward,
      ]),
    },
  },
];

export default config;

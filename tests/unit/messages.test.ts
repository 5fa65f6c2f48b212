import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { catalogues } from "@/lib/i18n/messages";

// Both languages carry the same keys, with the same {placeholders}; and no page or component
// writes reader-facing words of its own, outside the catalogues.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

// The argument names of an ICU message: {name}, {count, plural, ...}, <tag>.
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)) names.add(match[1] ?? "");
  for (const match of message.matchAll(/<([A-Za-z][\w]*)>/g)) names.add(`<${match[1] ?? ""}>`);
  return [...names].sort();
}

const en = flatten(catalogues.en as unknown as Tree);
const ja = flatten(catalogues.ja as unknown as Tree);

describe("catalogues", () => {
  it("have the same keys in English and Japanese", () => {
    expect([...ja.keys()].filter((k) => !en.has(k)).sort(), "keys only in Japanese").toEqual([]);
    expect([...en.keys()].filter((k) => !ja.has(k)).sort(), "keys missing in Japanese").toEqual([]);
  });

  it("give each message the same arguments in both languages", () => {
    const differing = [...en].filter(
      ([key, text]) => ja.has(key) && argumentsOf(text).join() !== argumentsOf(ja.get(key)!).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("leave no Japanese message empty or still in English", () => {
    const untranslated = [...ja].filter(
      ([key, text]) =>
        !text.trim() || (/[a-z]{4,}/.test(text) && text === en.get(key) && !/^[\w{}\s.,:/%+-]*$/.test(text)),
    );
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});

// Reader-facing text in a page or component: JSX text, and the attributes a reader sees or
// hears. Words come from the catalogues; marks, numbers and names of formats may stay.
const SHOWN_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label", "aria-description"]);
const WORDS = /[A-Za-z]{2,}|[\u3040-\u30ff\u4e00-\u9fff]/;
// Not words a reader needs translated: file formats, units, the language names in their own script.
const ALLOWED = new Set(["CSV", "JSON", "PDF", "Markdown", "API", "English", "日本語", "OpenAPI", "2+2", "ID"]);

function tsxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...tsxFiles(full));
    else if (full.endsWith(".tsx")) out.push(full);
  }
  return out;
}

function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const shown = (text: string) => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (trimmed && WORDS.test(trimmed) && !ALLOWED.has(trimmed)) found.push(trimmed);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) shown(node.text);
    else if (ts.isJsxAttribute(node) && SHOWN_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) shown(value.text);
      else if (ts.isJsxExpression(value) && value.expression && ts.isStringLiteralLike(value.expression))
        shown(value.expression.text);
    } else if (ts.isJsxExpression(node) && node.expression && ts.isStringLiteralLike(node.expression)) {
      if (!ts.isJsxAttribute(node.parent)) shown(node.expression.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("pages and components", () => {
  it("take every word a reader sees from the catalogues", () => {
    const root = path.resolve(__dirname, "../..");
    const found = [...tsxFiles(path.join(root, "app")), ...tsxFiles(path.join(root, "components"))].flatMap((file) =>
      literalTexts(file).map((text) => `${path.relative(root, file)}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});

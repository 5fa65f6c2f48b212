import { briefingWords, type BriefingDoc, type DocBlock, type DocItem, type DocSection } from "./document";
import type { Status } from "@/lib/domain/status";

// The briefing as a Markdown file: the same document model as the page and the PDF, in the
// document's language.

type Words = ReturnType<typeof briefingWords>;

// Characters that Markdown would read as formatting in running text.
const escape = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");

const link = (text: string, href: string | undefined, base: string) =>
  href ? `[${escape(text)}](${base}${href})` : escape(text);

const statusWord = (w: Words, s: Status) => w.s(`label.${s}`);

function item(w: Words, i: DocItem, base: string): string {
  const status = i.status ? ` — **${statusWord(w, i.status)}**` : "";
  // A trailing double space is a line break: each fact stays on its own line in the list item.
  const text = [`- ${link(i.title, i.href, base)}${status}`, ...i.lines.map((l) => `  ${escape(l)}`)].join("  \n");
  if (!i.quote) return text;
  return `${text}\n\n  > “${escape(i.quote.text)}”  \n  > — ${link(i.quote.source, i.quote.href, base)}`;
}

function block(w: Words, b: DocBlock, base: string): string {
  if (b.kind === "text") return escape(b.text);
  if (b.kind === "links") return [escape(b.text), ...b.links.map((l) => link(l.label, l.href, base))].join(" ");
  if (b.kind === "figures") {
    return [
      `| ${escape(w.t("markdown.figure"))} | ${escape(w.t("markdown.value"))} |`,
      "| --- | ---: |",
      ...b.items.map((f) => `| ${escape(f.label)} | ${escape(f.value)} |`),
    ].join("\n");
  }
  return b.items.map((i) => item(w, i, base)).join("\n\n");
}

function section(w: Words, s: DocSection, level: number, base: string): string {
  const parts = [`${"#".repeat(level)} ${escape(s.heading)}`, ...s.blocks.map((b) => block(w, b, base))];
  for (const sub of s.subsections) parts.push(section(w, sub, level + 1, base));
  return parts.join("\n\n");
}

// `base` is the site's origin, so links in the file work once it is saved elsewhere; they open
// the pages in the document's language (always prefixed: an address without one is sent to
// the language the recipient's browser asks for).
export function briefingToMarkdown(doc: BriefingDoc, base = ""): string {
  const w = briefingWords(doc.locale);
  const root = `${base}/${doc.locale}`;
  const title = w.t("heading", { title: escape(doc.title), subtitle: escape(doc.subtitle) });
  const head = [`# ${title}`, doc.meta.map((m) => `*${escape(m)}*`).join("  \n")];
  return [...head, ...doc.sections.map((s) => section(w, s, 2, root))].join("\n\n") + "\n";
}

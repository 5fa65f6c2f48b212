import type { BriefingDoc, DocBlock, DocItem, DocSection } from "./document";
import { STATUS_LABELS } from "@/lib/domain/status";

// The briefing as a Markdown file: the same document model as the page and the PDF.

// Characters that Markdown would read as formatting in running text.
const escape = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, "\\$1");

const link = (text: string, href: string | undefined, base: string) =>
  href ? `[${escape(text)}](${base}${href})` : escape(text);

function item(i: DocItem, base: string): string {
  const status = i.status ? ` — **${STATUS_LABELS[i.status]}**` : "";
  // A trailing double space is a line break: each fact stays on its own line in the list item.
  const text = [`- ${link(i.title, i.href, base)}${status}`, ...i.lines.map((l) => `  ${escape(l)}`)].join("  \n");
  if (!i.quote) return text;
  return `${text}\n\n  > “${escape(i.quote.text)}”  \n  > — ${link(i.quote.source, i.quote.href, base)}`;
}

function block(b: DocBlock, base: string): string {
  if (b.kind === "text") return escape(b.text);
  if (b.kind === "links") return [escape(b.text), ...b.links.map((l) => link(l.label, l.href, base))].join(" ");
  if (b.kind === "figures") {
    return [
      "| Figure | Value |",
      "| --- | ---: |",
      ...b.items.map((f) => `| ${escape(f.label)} | ${escape(f.value)} |`),
    ].join("\n");
  }
  return b.items.map((i) => item(i, base)).join("\n\n");
}

function section(s: DocSection, level: number, base: string): string {
  const parts = [`${"#".repeat(level)} ${escape(s.heading)}`, ...s.blocks.map((b) => block(b, base))];
  for (const sub of s.subsections) parts.push(section(sub, level + 1, base));
  return parts.join("\n\n");
}

// `base` is the site's origin, so links in the file work once it is saved elsewhere.
export function briefingToMarkdown(doc: BriefingDoc, base = ""): string {
  const head = [`# ${escape(doc.title)}: ${escape(doc.subtitle)}`, doc.meta.map((m) => `*${escape(m)}*`).join("  \n")];
  return [...head, ...doc.sections.map((s) => section(s, 2, base))].join("\n\n") + "\n";
}

import "server-only";
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import { briefingWords, type BriefingDoc, type DocBlock, type DocItem, type DocSection } from "@/lib/briefing/document";
import { STATUS_PALETTE, type Status } from "@/lib/domain/status";
import type { Locale } from "@/lib/i18n/routing";

// The briefing as a PDF, drawn with pdfkit from the same document model as the page and the
// Markdown file, in the document's language. English is set in pdfkit's built-in Helvetica;
// Japanese (and any Japanese text in an English briefing) in Noto Sans JP, whose subset pdfkit
// embeds. pdfkit breaks lines by the Unicode line breaking rules, so Japanese, which has no
// spaces, wraps between characters (and not before 、。） and the like).

// The standard PDF fonts only cover Windows-1252: map what the data set uses, drop the rest.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
const SUBSTITUTES: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "≥": ">=",
  "≤": "<=",
  "−": "-",
  "∅": "(none)",
  "\u00a0": " ",
};
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa1 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === "\n")
      out += ch;
    else out += SUBSTITUTES[ch] ?? "?";
  }
  return out;
}

// Noto Sans JP (SIL Open Font License 1.1), TrueType, from the @expo-google-fonts/noto-sans-jp
// dependency. Read from node_modules at run time: next.config.js has the build trace them
// (outputFileTracingIncludes), so `next start` and the standalone server both carry them.
export const JAPANESE_FONT_FILES = {
  regular: "node_modules/@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf",
  bold: "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf",
} as const;

// Each file is read once, when a PDF first needs it (5 MB each; an English PDF never does).
// The build is told of the files by next.config.js, not by tracing this call (whose path it
// cannot see, and would answer by tracing the whole project).
const fontBytes = new Map<keyof typeof JAPANESE_FONT_FILES, Buffer>();
function japaneseFont(weight: keyof typeof JAPANESE_FONT_FILES): Buffer {
  let bytes = fontBytes.get(weight);
  if (!bytes)
    fontBytes.set(
      weight,
      (bytes = fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), JAPANESE_FONT_FILES[weight]))),
    );
  return bytes;
}

type Face = "regular" | "bold" | "italic";
const LATIN: Record<Face, string> = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };
// Japanese has no italics: a quote in Japanese is set upright.
const JAPANESE: Record<Face, { name: string; weight: keyof typeof JAPANESE_FONT_FILES }> = {
  regular: { name: "NotoSansJP", weight: "regular" },
  bold: { name: "NotoSansJP-Bold", weight: "bold" },
  italic: { name: "NotoSansJP", weight: "regular" },
};
// Kana, CJK punctuation and ideographs, full-width forms: text Helvetica cannot show.
const JAPANESE_TEXT = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

const MARGIN = 56;
const MUTED = "#5c6b7a";
const TEXT = "#1f2933";
const ACCENT = "#1d4ed8";

type Doc = InstanceType<typeof PDFDocument>;

// Sets the font for a text in a face and returns the text as that font can draw it. Text in
// Japanese (the document's language, or `lang`, or Japanese characters in it) takes the
// Japanese font, registered with the document when it is first used; other text Helvetica.
type Setter = (face: Face, text: string, lang?: string) => string;
function fontSetter(doc: Doc, locale: Locale): Setter {
  const registered = new Set<string>();
  return (face, text, lang = locale) => {
    if (lang === "ja" || JAPANESE_TEXT.test(text)) {
      const { name, weight } = JAPANESE[face];
      if (!registered.has(name)) {
        doc.registerFont(name, japaneseFont(weight));
        registered.add(name);
      }
      doc.font(name);
      return text;
    }
    doc.font(LATIN[face]);
    return toWinAnsi(text);
  };
}

type Words = ReturnType<typeof briefingWords>;
// What drawing needs besides the document: its fonts and its words.
type Pen = { doc: Doc; set: Setter; words: Words; bar: SideBar };

type Outline = ReturnType<Doc["outline"]["addItem"]>;

// A section's heading; `anchor` names it as a destination, for the contents' links.
function heading({ doc, set }: Pen, text: string, level: number, parent: Outline | null, anchor?: string) {
  const size = level === 1 ? 20 : level === 2 ? 15 : 12.5;
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(level === 1 ? 0 : 0.8);
  if (anchor) doc.addNamedDestination(anchor, "XYZ", null, doc.y, null);
  const shown = set("bold", text);
  doc.fontSize(size).fillColor(TEXT).text(shown);
  doc.moveDown(0.3);
  // Bookmarks let a reader jump to an area, as the page's headings do.
  return (parent ?? doc.outline).addItem(shown);
}

// The bar beside a quote, drawn a segment per page: a quote that runs onto the next page has
// its bar closed where the old page's text ends and begun again at the new page's top margin,
// ending where the quote ends. pdfkit breaks the page inside text() and writes the old page
// out as it adds the new one, so the old page's segment is drawn just before (addPage, which
// the line wrapper calls, is wrapped once per document).
type SideBar = { begin: (x: number, top: number) => void; end: () => void };
function sideBar(doc: Doc): SideBar {
  let open: { x: number; top: number } | null = null;
  const segment = (bottom: number) => {
    if (!open || bottom <= open.top) return;
    doc.save().moveTo(open.x, open.top).lineTo(open.x, bottom).lineWidth(2).strokeColor(ACCENT).stroke().restore();
  };
  const addPage = doc.addPage.bind(doc);
  doc.addPage = (options?: Parameters<Doc["addPage"]>[0]) => {
    // The line wrapper breaks the page when the next line would pass the bottom margin: the
    // text on this page ends at doc.y.
    if (open) segment(Math.min(doc.y, doc.page.maxY()));
    addPage(options);
    if (open) open.top = doc.page.margins.top;
    return doc;
  };
  return {
    begin: (x, top) => {
      open = { x, top };
    },
    end: () => {
      segment(doc.y);
      open = null;
    },
  };
}

// The current font's ascender, in thousandths of the font size (pdfkit keeps it on its font).
const ascender = (doc: Doc) => (doc as unknown as { _font: { ascender: number } })._font.ascender;
const HELVETICA_ASCENDER = 718;

// The status as the page shows it: its word on its palette colour. Returns the badge's width.
function statusBadge({ doc, set, words }: Pen, status: Status, x: number, y: number): number {
  const label = set("bold", words.s(`label.${status}`));
  doc.fontSize(8.5);
  const w = doc.widthOfString(label) + 10;
  doc
    .save()
    .roundedRect(x, y - 1.5, w, 13, 6.5)
    .fill(STATUS_PALETTE[status].fill)
    .restore();
  // pdfkit sets a line below the font's ascender, which Noto Sans JP has taller than Helvetica:
  // its word is raised onto Helvetica's baseline, to sit in the badge as Helvetica's does.
  const raise = ((ascender(doc) - HELVETICA_ASCENDER) * 8.5) / 1000;
  doc.fillColor(STATUS_PALETTE[status].text).text(label, x + 5, y + 1.1 - raise, { lineBreak: false });
  doc.y = y;
  return w;
}

function item(pen: Pen, i: DocItem, base: string) {
  const { doc, set } = pen;
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  const width = doc.page.width - 2 * MARGIN;
  const indent = i.status ? statusBadge(pen, i.status, MARGIN, doc.y) + 6 : 0;
  const title = set("bold", i.title, i.lang);
  doc.fontSize(10.5).fillColor(ACCENT);
  doc.text(title, MARGIN + indent, doc.y, {
    width: width - indent,
    link: i.href ? `${base}${i.href}` : undefined,
  });
  doc.fontSize(9.5).fillColor(MUTED);
  for (const line of i.lines) doc.text(set("regular", line), MARGIN, doc.y, { width });
  if (i.quote) {
    doc.moveDown(0.2);
    const x = MARGIN + 12;
    const top = doc.y;
    pen.bar.begin(MARGIN + 4, top);
    // Verbatim, in its own language: an English quote in an English face.
    const quote = set("italic", `“${i.quote.text}”`, i.quote.lang);
    doc
      .fontSize(9.5)
      .fillColor(TEXT)
      .text(quote, x, top, { width: width - 12 });
    const source = set("regular", `— ${i.quote.source}`);
    doc
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(source, x, doc.y, { width: width - 12 });
    pen.bar.end();
  }
  doc.moveDown(0.6);
  doc.x = MARGIN;
}

function block(pen: Pen, b: DocBlock, base: string) {
  const { doc, set } = pen;
  const width = doc.page.width - 2 * MARGIN;
  if (b.kind === "text") {
    const text = set("regular", b.text);
    doc.fontSize(10.5).fillColor(TEXT).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.5);
  } else if (b.kind === "links") {
    const text = set("regular", b.text);
    doc.fontSize(10).fillColor(TEXT).text(text, MARGIN, doc.y, { width });
    for (const l of b.links) {
      const label = set("regular", `- ${l.label}`);
      doc.fillColor(ACCENT).text(label, MARGIN + 12, doc.y, { width: width - 12, link: `${base}${l.href}` });
    }
    doc.fillColor(TEXT).moveDown(0.5);
    doc.x = MARGIN;
  } else if (b.kind === "figures") {
    const colWidth = width / 3;
    for (let row = 0; row < b.items.length; row += 3) {
      if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
      const top = doc.y;
      b.items.slice(row, row + 3).forEach((f, col) => {
        const x = MARGIN + col * colWidth;
        const value = set("bold", f.value);
        doc
          .fontSize(16)
          .fillColor(TEXT)
          .text(value, x, top, { width: colWidth - 8 });
        const label = set("regular", f.label);
        doc
          .fontSize(8.5)
          .fillColor(MUTED)
          .text(label, x, top + 19, { width: colWidth - 8 });
      });
      doc.y = top + 38;
    }
    doc.x = MARGIN;
    doc.moveDown(0.4);
  } else {
    for (const i of b.items) item(pen, i, base);
  }
}

// Drawing is synchronous; between items the renderer yields, so a long listing neither holds
// the event loop for long nor keeps its pages: they go out as they are finished.
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const ITEMS_BETWEEN_BREATHS = 20;

async function blockAsync(pen: Pen, b: DocBlock, base: string) {
  if (b.kind !== "items") return block(pen, b, base);
  for (let n = 0; n < b.items.length; n++) {
    item(pen, b.items[n]!, base);
    if ((n + 1) % ITEMS_BETWEEN_BREATHS === 0) await breathe();
  }
}

async function section(
  pen: Pen,
  s: DocSection,
  level: number,
  base: string,
  parent: Outline | null,
  first: boolean,
): Promise<void> {
  if (s.pageBreak && !first) pen.doc.addPage();
  const outline = heading(pen, s.heading, level, parent, anchorOf(s));
  for (const b of s.blocks) await blockAsync(pen, b, base);
  for (const [n, sub] of s.subsections.entries())
    await section(pen, sub, level + 1, base, outline, n === 0 && s.blocks.length === 0);
}

const anchorOf = (s: DocSection) => `b-${s.id}`;

// The contents, below the title: a line per section, its subsections (the areas) indented,
// each a link to the section's heading, as the bookmarks are.
function contents(pen: Pen, sections: DocSection[]) {
  const { doc, set, words } = pen;
  const width = doc.page.width - 2 * MARGIN;
  const title = set("bold", words.t("contents"));
  doc.moveDown(0.3);
  doc.fontSize(12.5).fillColor(TEXT).text(title, MARGIN, doc.y, { width });
  doc.moveDown(0.2);
  const line = (s: DocSection, depth: number) => {
    const text = set("regular", s.heading);
    doc
      .fontSize(10)
      .fillColor(ACCENT)
      .text(text, MARGIN + 12 * depth, doc.y, { width: width - 12 * depth, goTo: anchorOf(s) });
    for (const sub of s.subsections) line(sub, depth + 1);
  };
  for (const s of sections) line(s, 0);
  doc.fillColor(TEXT).moveDown(0.5);
  doc.x = MARGIN;
}

// The footer of the page just begun: drawn when the page is added, so no page is held back.
// A page may begin in the middle of a wrapping paragraph, so the text state is put back after
// (pdfkit keeps the current font in fields of its own; the colour is restored by save/restore).
type FontState = { _font: unknown; _fontSize: number };
function footer({ doc, set, words }: Pen, briefing: BriefingDoc, n: number) {
  const { x, y } = doc;
  const state = doc as unknown as FontState;
  const { _font: font, _fontSize: fontSize } = state;
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.save();
  const text = set("regular", words.t("pdf.footer", { subtitle: briefing.subtitle, asOf: briefing.meta[0] ?? "", n }));
  doc
    .fontSize(8)
    .fillColor(MUTED)
    .text(text, MARGIN, doc.page.height - MARGIN / 2 - 6, {
      width: doc.page.width - 2 * MARGIN,
      align: "center",
      lineBreak: false,
    });
  doc.restore();
  doc.page.margins.bottom = bottom;
  state._font = font;
  state._fontSize = fontSize;
  doc.x = x;
  doc.y = y;
}

const PDF_LANG: Record<Locale, string> = { en: "en-GB", ja: "ja-JP" };

// The briefing as a PDF byte stream, written page by page as pdfkit finishes them; `base` is
// the site's origin, for the links in it (which open the pages in the document's language).
export function briefingPdfStream(briefing: BriefingDoc, base = ""): ReadableStream<Uint8Array> {
  const words = briefingWords(briefing.locale);
  const plain = (text: string) => (briefing.locale === "en" ? toWinAnsi(text) : text);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: {
      Title: plain(words.t("heading", { title: briefing.title, subtitle: briefing.subtitle })),
      Author: plain(words.t("pdf.author")),
      Subject: plain(briefing.meta.join(words.t("pledge.separator"))),
    },
    displayTitle: true,
    lang: PDF_LANG[briefing.locale],
  });
  const pen: Pen = { doc, set: fontSetter(doc, briefing.locale), words, bar: sideBar(doc) };
  // Links keep the briefing's language (an address without one follows the reader's browser).
  const root = `${base}/${briefing.locale}`;
  let pages = 1;
  footer(pen, briefing, pages);
  doc.on("pageAdded", () => footer(pen, briefing, ++pages));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      doc.on("data", (c: Buffer) => controller.enqueue(new Uint8Array(c)));
      doc.on("end", () => controller.close());
      doc.on("error", (e: unknown) => controller.error(e));
      const draw = async () => {
        heading(pen, briefing.title, 1, null);
        const subtitle = pen.set("bold", briefing.subtitle);
        doc.fontSize(13).fillColor(TEXT).text(subtitle);
        doc.fontSize(10).fillColor(MUTED);
        for (const m of briefing.meta) doc.text(pen.set("regular", m));
        doc.moveDown(0.5);
        contents(pen, briefing.sections);
        for (const s of briefing.sections) await section(pen, s, 2, root, null, false);
        doc.end();
      };
      draw().catch((e: unknown) => controller.error(e));
    },
  });
}

// The whole PDF in memory (tests, scripts).
export async function briefingToPdf(briefing: BriefingDoc, base = ""): Promise<Buffer> {
  return Buffer.from(await new Response(briefingPdfStream(briefing, base)).arrayBuffer());
}

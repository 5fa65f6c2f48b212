import "server-only";
import PDFDocument from "pdfkit";
import type { BriefingDoc, DocBlock, DocItem, DocSection } from "@/lib/briefing/document";
import { STATUS_LABELS, STATUS_PALETTE, type Status } from "@/lib/domain/status";

// The briefing as a PDF, drawn with pdfkit from the same document model as the page and the
// Markdown file. pdfkit's built-in Helvetica needs no font files from the network.

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

const MARGIN = 56;
const MUTED = "#5c6b7a";
const TEXT = "#1f2933";
const ACCENT = "#1d4ed8";

type Doc = InstanceType<typeof PDFDocument>;

function heading(doc: Doc, text: string, level: number, parent: ReturnType<Doc["outline"]["addItem"]> | null) {
  const size = level === 1 ? 20 : level === 2 ? 15 : 12.5;
  if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
  doc.moveDown(level === 1 ? 0 : 0.8);
  doc.font("Helvetica-Bold").fontSize(size).fillColor(TEXT).text(toWinAnsi(text));
  doc.moveDown(0.3);
  // Bookmarks let a reader jump to an area, as the page's headings do.
  return (parent ?? doc.outline).addItem(toWinAnsi(text));
}

// The status as the page shows it: its word on its palette colour. Returns the badge's width.
function statusBadge(doc: Doc, status: Status, x: number, y: number): number {
  const label = STATUS_LABELS[status];
  doc.font("Helvetica-Bold").fontSize(8.5);
  const w = doc.widthOfString(label) + 10;
  doc
    .save()
    .roundedRect(x, y - 1.5, w, 13, 6.5)
    .fill(STATUS_PALETTE[status].fill)
    .restore();
  doc.fillColor(STATUS_PALETTE[status].text).text(label, x + 5, y + 1.1, { lineBreak: false });
  doc.y = y;
  return w;
}

function item(doc: Doc, i: DocItem, base: string) {
  if (doc.y > doc.page.height - MARGIN - 60) doc.addPage();
  const width = doc.page.width - 2 * MARGIN;
  const indent = i.status ? statusBadge(doc, i.status, MARGIN, doc.y) + 6 : 0;
  doc.font("Helvetica-Bold").fontSize(10.5).fillColor(ACCENT);
  doc.text(toWinAnsi(i.title), MARGIN + indent, doc.y, {
    width: width - indent,
    link: i.href ? `${base}${i.href}` : undefined,
  });
  doc.font("Helvetica").fontSize(9.5).fillColor(MUTED);
  for (const line of i.lines) doc.text(toWinAnsi(line), MARGIN, doc.y, { width });
  if (i.quote) {
    doc.moveDown(0.2);
    const x = MARGIN + 12;
    const top = doc.y;
    doc
      .font("Helvetica-Oblique")
      .fontSize(9.5)
      .fillColor(TEXT)
      .text(toWinAnsi(`“${i.quote.text}”`), x, top, { width: width - 12 });
    doc
      .font("Helvetica")
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(toWinAnsi(`— ${i.quote.source}`), x, doc.y, { width: width - 12 });
    doc
      .save()
      .moveTo(MARGIN + 4, top)
      .lineTo(MARGIN + 4, doc.y)
      .lineWidth(2)
      .strokeColor(ACCENT)
      .stroke()
      .restore();
  }
  doc.moveDown(0.6);
  doc.x = MARGIN;
}

function block(doc: Doc, b: DocBlock, base: string) {
  const width = doc.page.width - 2 * MARGIN;
  if (b.kind === "text") {
    doc.font("Helvetica").fontSize(10.5).fillColor(TEXT).text(toWinAnsi(b.text), MARGIN, doc.y, { width });
    doc.moveDown(0.5);
  } else if (b.kind === "links") {
    doc.font("Helvetica").fontSize(10).fillColor(TEXT).text(toWinAnsi(b.text), MARGIN, doc.y, { width });
    for (const l of b.links)
      doc
        .fillColor(ACCENT)
        .text(toWinAnsi(`- ${l.label}`), MARGIN + 12, doc.y, { width: width - 12, link: `${base}${l.href}` });
    doc.fillColor(TEXT).moveDown(0.5);
    doc.x = MARGIN;
  } else if (b.kind === "figures") {
    const colWidth = width / 3;
    for (let row = 0; row < b.items.length; row += 3) {
      if (doc.y > doc.page.height - MARGIN - 40) doc.addPage();
      const top = doc.y;
      b.items.slice(row, row + 3).forEach((f, col) => {
        const x = MARGIN + col * colWidth;
        doc
          .font("Helvetica-Bold")
          .fontSize(16)
          .fillColor(TEXT)
          .text(toWinAnsi(f.value), x, top, { width: colWidth - 8 });
        doc
          .font("Helvetica")
          .fontSize(8.5)
          .fillColor(MUTED)
          .text(toWinAnsi(f.label), x, top + 19, { width: colWidth - 8 });
      });
      doc.y = top + 38;
    }
    doc.x = MARGIN;
    doc.moveDown(0.4);
  } else {
    for (const i of b.items) item(doc, i, base);
  }
}

// Drawing is synchronous; between items the renderer yields, so a long listing neither holds
// the event loop for long nor keeps its pages: they go out as they are finished.
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const ITEMS_BETWEEN_BREATHS = 20;

async function blockAsync(doc: Doc, b: DocBlock, base: string) {
  if (b.kind !== "items") return block(doc, b, base);
  for (let n = 0; n < b.items.length; n++) {
    item(doc, b.items[n]!, base);
    if ((n + 1) % ITEMS_BETWEEN_BREATHS === 0) await breathe();
  }
}

async function section(
  doc: Doc,
  s: DocSection,
  level: number,
  base: string,
  parent: ReturnType<Doc["outline"]["addItem"]> | null,
  first: boolean,
): Promise<void> {
  if (s.pageBreak && !first) doc.addPage();
  const outline = heading(doc, s.heading, level, parent);
  for (const b of s.blocks) await blockAsync(doc, b, base);
  for (const [n, sub] of s.subsections.entries())
    await section(doc, sub, level + 1, base, outline, n === 0 && s.blocks.length === 0);
}

// The footer of the page just begun: drawn when the page is added, so no page is held back.
// A page may begin in the middle of a wrapping paragraph, so the text state is put back after
// (pdfkit keeps the current font in fields of its own; the colour is restored by save/restore).
type FontState = { _font: unknown; _fontSize: number };
function footer(doc: Doc, briefing: BriefingDoc, n: number) {
  const { x, y } = doc;
  const state = doc as unknown as FontState;
  const { _font: font, _fontSize: fontSize } = state;
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.save();
  doc
    .font("Helvetica")
    .fontSize(8)
    .fillColor(MUTED)
    .text(
      toWinAnsi(`${briefing.subtitle} · ${briefing.meta[0] ?? ""} · page ${n}`),
      MARGIN,
      doc.page.height - MARGIN / 2 - 6,
      { width: doc.page.width - 2 * MARGIN, align: "center", lineBreak: false },
    );
  doc.restore();
  doc.page.margins.bottom = bottom;
  state._font = font;
  state._fontSize = fontSize;
  doc.x = x;
  doc.y = y;
}

// The briefing as a PDF byte stream, written page by page as pdfkit finishes them; `base` is
// the site's origin, for the links in it.
export function briefingPdfStream(briefing: BriefingDoc, base = ""): ReadableStream<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: {
      Title: toWinAnsi(`${briefing.title}: ${briefing.subtitle}`),
      Author: "Pledge tracker",
      Subject: toWinAnsi(briefing.meta.join("; ")),
    },
    displayTitle: true,
    lang: "en-GB",
  });
  let pages = 1;
  footer(doc, briefing, pages);
  doc.on("pageAdded", () => footer(doc, briefing, ++pages));
  return new ReadableStream<Uint8Array>({
    start(controller) {
      doc.on("data", (c: Buffer) => controller.enqueue(new Uint8Array(c)));
      doc.on("end", () => controller.close());
      doc.on("error", (e: unknown) => controller.error(e));
      const draw = async () => {
        heading(doc, briefing.title, 1, null);
        doc.font("Helvetica-Bold").fontSize(13).fillColor(TEXT).text(toWinAnsi(briefing.subtitle));
        doc.font("Helvetica").fontSize(10).fillColor(MUTED);
        for (const m of briefing.meta) doc.text(toWinAnsi(m));
        doc.moveDown(0.5);
        for (const s of briefing.sections) await section(doc, s, 2, base, null, false);
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

import path from "node:path";
import PDFDocument from "pdfkit";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BriefingDoc, DocSection } from "@/lib/briefing/document";
import { briefingToPdf } from "@/lib/briefing/pdf";
import en from "@/messages/en/briefing.json";
import ja from "@/messages/ja/briefing.json";
import { pdfText } from "@/tests/support/pdf-text";

// The briefing PDF's drawing: the bar beside a quote stops at the page's text bottom and starts
// again on the next page, ending with the quote; the contents below the title link to the
// sections, and the bookmarks nest as the sections do.

const SENTENCE = "The Ministers welcomed the progress of the joint work and resolved to deepen it further. ";
const LONG_QUOTE = SENTENCE.repeat(110).trim();
const SHORT_QUOTE = "The Ministers welcomed the signing of the Agreement.";

const area = (id: string, heading: string, quote: string): DocSection => ({
  id: `area-${id}`,
  heading,
  pageBreak: true,
  blocks: [
    { kind: "text", text: "Open pledges in the area." },
    {
      kind: "items",
      items: [
        { title: "A pledge", href: "/pledges/p", status: "in_progress", lines: ["made at the 4th meeting"] },
        {
          title: "A quoted pledge",
          href: "/pledges/q",
          status: "in_progress",
          lines: ["made at the 4th meeting"],
          quote: { text: quote, source: `Joint Statement, para 2 (${id})` },
        },
      ],
    },
  ],
  subsections: [],
});

const briefing = (locale: "en" | "ja", quote = LONG_QUOTE): BriefingDoc => ({
  locale,
  title: locale === "en" ? en.doc.title : ja.doc.title,
  subtitle: "Japan-UK 2+2",
  meta: ["As of 22 November 2026"],
  sections: [
    {
      id: "figures",
      heading: locale === "en" ? en.doc.headings.figures : ja.doc.headings.figures,
      blocks: [{ kind: "figures", items: [{ label: "Pledges made", value: "3" }] }],
      subsections: [],
    },
    {
      id: "open",
      heading: locale === "en" ? en.doc.headings.open : ja.doc.headings.open,
      blocks: [],
      subsections: [
        area("maritime", "Maritime security (1 open)", quote),
        area("cyber", "Cyber (1 open)", SHORT_QUOTE),
      ],
    },
  ],
});

type Page = { maxY: () => number; margins: { top: number }; height: number };
type Segment = { page: Page; x: number; top: number; bottom: number };
// A text call: the page and y it starts at, the page and y it ends at.
type TextCall = { page: Page; text: string; before: number; endPage: Page; after: number };

// Records, while a PDF is drawn, every vertical line begun by a moveTo (the quote bars: the
// status badges' outlines start with a horizontal line) and every text drawn, with its page.
function recordDrawing() {
  const proto = PDFDocument.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const segments: Segment[] = [];
  const texts: TextCall[] = [];
  let last: { page: Page; x: number; y: number } | null = null;
  const moveTo = proto.moveTo!;
  const lineTo = proto.lineTo!;
  const text = proto.text!;
  type Self = { page: Page; y: number };
  vi.spyOn(proto, "moveTo").mockImplementation(function (this: Self, ...args: unknown[]) {
    last = { page: this.page, x: args[0] as number, y: args[1] as number };
    return moveTo.apply(this, args);
  });
  vi.spyOn(proto, "lineTo").mockImplementation(function (this: Self, ...args: unknown[]) {
    const [x, y] = args as [number, number];
    if (last && last.page === this.page && last.x === x) segments.push({ page: this.page, x, top: last.y, bottom: y });
    last = null;
    return lineTo.apply(this, args);
  });
  vi.spyOn(proto, "text").mockImplementation(function (this: Self, ...args: unknown[]) {
    const before = typeof args[2] === "number" ? (args[2] as number) : this.y;
    const page = this.page;
    const result = text.apply(this, args);
    if (typeof args[0] === "string") texts.push({ page, text: args[0], before, endPage: this.page, after: this.y });
    return result;
  });
  return { segments, texts };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the quote bars in the briefing PDF", () => {
  it("draws a quote's bar a segment per page, within the page's text, ending where the quote ends", async () => {
    const { segments, texts } = recordDrawing();
    const bytes = await briefingToPdf(briefing("en"));
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const quoteText = texts.find((t) => t.text.startsWith("“The Ministers welcomed the progress"))!;
    const source = texts.find((t) => t.text.includes("(maritime)"))!;
    expect(quoteText).toBeDefined();
    expect(source).toBeDefined();
    // The long quote runs over more than one page.
    expect(source.endPage).not.toBe(quoteText.page);

    const bars = segments.filter((s) => s.x === 60);
    const long = bars.slice(0, bars.findIndex((s) => s.page === source.endPage) + 1);
    expect(long.length).toBeGreaterThanOrEqual(2);
    // One segment a page, on consecutive pages.
    expect(new Set(long.map((s) => s.page)).size).toBe(long.length);
    for (const s of bars) {
      expect(s.bottom).toBeGreaterThan(s.top);
      // Never past the page's text bottom (the bottom margin), never above its top margin.
      expect(s.bottom).toBeLessThanOrEqual(s.page.maxY() + 0.01);
      expect(s.top).toBeGreaterThanOrEqual(s.page.margins.top - 0.01);
    }
    // The first begins where the quote begins, on its page.
    expect(long[0]!.page).toBe(quoteText.page);
    expect(long[0]!.top).toBeCloseTo(quoteText.before, 3);
    // Each one but the last runs to where the page's text stops: within a line of the margin.
    for (const s of long.slice(0, -1)) expect(s.bottom).toBeGreaterThan(s.page.maxY() - 14);
    // Each one after the first starts at the new page's top margin.
    for (const s of long.slice(1)) expect(s.top).toBeCloseTo(s.page.margins.top, 3);
    // The last ends where the quote (its source line) ends, on the page it ends on.
    const end = long.at(-1)!;
    expect(end.page).toBe(source.endPage);
    expect(end.bottom).toBeCloseTo(source.after, 3);
    expect(end.bottom).toBeLessThan(end.page.maxY() - 14);

    // A quote that fits on its page has one bar, from its start to its end.
    const shortText = texts.find((t) => t.text.startsWith(`“${SHORT_QUOTE}`))!;
    const shortSource = texts.find((t) => t.text.includes("(cyber)"))!;
    const short = bars.filter((s) => s.page === shortText.page && s.top >= shortText.before - 0.01);
    expect(short).toHaveLength(1);
    expect(short[0]!.top).toBeCloseTo(shortText.before, 3);
    expect(short[0]!.bottom).toBeCloseTo(shortSource.after, 3);
  });

  it("still reads back whole: the quote's text, every page's footer", async () => {
    const read = await pdfText(await briefingToPdf(briefing("en")));
    expect(read.pages).toBeGreaterThanOrEqual(3);
    expect(read.text.replace(/\s+/g, " ")).toContain(SENTENCE.repeat(3).trim());
    for (let n = 1; n <= read.pages; n++) expect(read.text).toContain(`page ${n}`);
  });
});

const standardFontDataUrl = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;
type OutlineNode = { title: string; dest: unknown; items: OutlineNode[] };

// The bookmarks (titles, nested) and the link destinations of page 1's contents.
async function navigation(bytes: Uint8Array) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, standardFontDataUrl }).promise;
  const outline = ((await pdf.getOutline()) ?? []) as OutlineNode[];
  const tree = (nodes: OutlineNode[]): unknown[] =>
    nodes.map((n) => (n.items.length ? { [n.title]: tree(n.items) } : n.title));
  const annotations = (await (await pdf.getPage(1)).getAnnotations()) as { subtype: string; dest?: unknown }[];
  const links = annotations.filter((a) => a.subtype === "Link" && typeof a.dest === "string").map((a) => a.dest);
  const destinations = Object.keys((await pdf.getDestinations()) as Record<string, unknown>);
  // The page each named destination points to (0-based).
  const pageOf: Record<string, number> = {};
  for (const name of destinations) {
    const dest = (await pdf.getDestination(name)) as [{ num: number; gen: number }, ...unknown[]];
    pageOf[name] = await pdf.getPageIndex(dest[0]);
  }
  await pdf.destroy();
  return { outline: tree(outline), links, pageOf };
}

describe("the briefing PDF's contents and bookmarks", () => {
  it("bookmarks the sections, the areas nested under theirs, and lists them in a contents linking to them", async () => {
    const bytes = await briefingToPdf(briefing("en", SHORT_QUOTE));
    const { outline, links, pageOf } = await navigation(bytes);
    expect(outline).toEqual([
      en.doc.title,
      en.doc.headings.figures,
      { [en.doc.headings.open]: ["Maritime security (1 open)", "Cyber (1 open)"] },
    ]);
    expect(links).toEqual(["b-figures", "b-open", "b-area-maritime", "b-area-cyber"]);
    // The destinations are on the pages the headings are: an area begins a page, but for the
    // first, straight below its section's heading.
    expect(pageOf).toEqual({ "b-figures": 0, "b-open": 0, "b-area-maritime": 0, "b-area-cyber": 1 });
    const text = (await pdfText(bytes)).text;
    // Below the title and the meta, above the first section, listing the headings in order.
    const lines = text.split("\n").map((l) => l.trim());
    const at = lines.indexOf(en.doc.contents);
    expect(at).toBeGreaterThan(lines.indexOf("As of 22 November 2026"));
    expect(lines.slice(at + 1, at + 5)).toEqual([
      en.doc.headings.figures,
      en.doc.headings.open,
      "Maritime security (1 open)",
      "Cyber (1 open)",
    ]);
    expect(lines.indexOf(en.doc.headings.figures, at + 5)).toBeGreaterThan(at + 4);
  });

  it("says them in Japanese in a Japanese briefing", async () => {
    const bytes = await briefingToPdf(briefing("ja", SHORT_QUOTE));
    const { outline } = await navigation(bytes);
    expect(outline[0]).toBe(ja.doc.title);
    expect(outline[1]).toBe(ja.doc.headings.figures);
    expect(Object.keys(outline[2] as object)).toEqual([ja.doc.headings.open]);
    expect((await pdfText(bytes)).text).toContain(ja.doc.contents);
  });
});

import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// pdf.js reads the metrics of the 14 standard PDF fonts (those pdfkit uses) from its own folder.
const standardFontDataUrl = `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`;

// Reads a PDF the way a viewer does (Mozilla's pdf.js), so a test checks a real, parseable
// document and its visible text, not just a file that starts with %PDF.
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string; title: string | null }> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : "") : "")).join(""));
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string };
  await doc.destroy();
  return { pages: doc.numPages, text: pages.join("\n"), title: info.Title ?? null };
}

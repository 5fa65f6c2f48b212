import { paragraphRef } from "./statement-parser";

// A citation's quote must be word for word in the paragraph it cites. Only runs of white
// space are evened out (a selection across a line break comes back with a newline).

export function normaliseQuote(quote: string): string {
  return quote.trim().replace(/\s+/g, " ");
}

export function quoteIsVerbatim(paragraphText: string, quote: string): boolean {
  const q = normaliseQuote(quote);
  return q.length > 0 && paragraphText.replace(/\s+/g, " ").includes(q);
}

export function quoteProblem(paragraph: { label: string; text: string }, quote: string): string | null {
  if (quoteIsVerbatim(paragraph.text, quote)) return null;
  return `These words are not word for word in ${paragraphRef(paragraph.label)}: select them from the paragraph's text`;
}

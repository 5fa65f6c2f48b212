import type { MatchedWord } from "./types";

// Sentences and clauses of a paragraph, as verbatim slices (a quote must be word for word),
// and the choice of the slice that says the most about a pledge.

export type Span = { text: string; start: number };

// "Mr.", "U.S.", "No.", "H.E." and initials end no sentence.
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Rt|Hon|St|No|Nos|Vol|e\.g|i\.e|etc|vs|Gen|Adm|Lt|Col|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$/;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  // English ends a sentence at a full stop before a capital; Japanese at 。 (or ！？), whatever follows.
  const boundary = /[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9（])|[。！？][」』）)]?\s*/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(start, m.index + 1))) continue;
    push(out, text, start, end);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Span[], text: string, start: number, end: number) {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t) out.push({ text: t, start: start + lead });
}

// A sentence that lists several things the Ministers did ("welcomed X, emphasised Y and
// welcomed Z") splits before each new past-tense verb; the joining words are left out.
const CLAUSE_BREAK =
  /(?:,\s*(?:and\s+|as well as\s+)?|;\s*|\s+and\s+|\s+as well as\s+)(?=(?:also\s+)?[a-z]+(?:ed|ised|ized)\b)/g;
const AS_WELL_AS = /,?\s+as well as\s+(?=the\b)/g;

export function splitClauses(sentence: Span): Span[] {
  const cuts: { at: number; next: number }[] = [];
  for (const re of [CLAUSE_BREAK, AS_WELL_AS]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text))
      cuts.push({ at: m.index, next: m.index + m[0].length });
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: Span[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c.at <= from) continue;
    push(out, sentence.text, from, c.at);
    from = c.next;
  }
  push(out, sentence.text, from, sentence.text.length);
  return out.map((c) => ({ text: c.text.replace(/[,;]$/, ""), start: sentence.start + c.start }));
}

export type Evidence = { words: MatchedWord[]; aliases: string[] };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// How much of the evidence a slice of text holds: key words (title, aliases, tags) count
// double, an alias named outright triple.
function evidenceWeight(text: string, evidence: Evidence): number {
  let total = 0;
  for (const w of evidence.words) {
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w.word)}($|[^\\p{L}\\p{N}])`, "iu").test(text))
      total += (w.weight === "text" ? 1 : 2) * w.idf;
  }
  for (const a of evidence.aliases) if (text.toLowerCase().includes(a.toLowerCase())) total += 3;
  return total;
}

// The sentence to quote: the one holding the most evidence; narrowed to one of its clauses
// when that clause holds nearly all of it (so a sentence welcoming three projects quotes the
// words about this one).
export function chooseQuote(paragraph: string, evidence: Evidence): { quote: string; sentence: string } {
  const sentences = splitSentences(paragraph);
  let best = { span: sentences[0] ?? { text: paragraph, start: 0 }, weight: -1 };
  for (const s of sentences) {
    const weight = evidenceWeight(s.text, evidence);
    if (weight > best.weight) best = { span: s, weight };
  }
  const clauses = splitClauses(best.span);
  if (clauses.length > 1 && best.weight > 0) {
    const ranked = clauses.map((c) => ({ c, w: evidenceWeight(c.text, evidence) })).sort((a, b) => b.w - a.w);
    const top = ranked[0]!;
    if (top.w >= 0.7 * best.weight && top.c.text.split(/\s+/).length >= 5)
      return { quote: top.c.text, sentence: best.span.text };
  }
  return { quote: best.span.text, sentence: best.span.text };
}

// Splits a statement's text into numbered paragraphs the way the statements number them:
// "15." top-level numbers, "(1)" sub-points under the last top-level number, explicit
// "2(1)", bullets ("●", "•", "・", "-", "*") under the last numbered paragraph, and "¶N"
// (N = position) for paragraphs the document leaves unnumbered.
//
// Web pages copied as text number a nested bullet list as if it were the next item: "3. ...
// as below:" then "4. ●first bullet", and the real item 4 comes out as "5.". Bullets introduced
// by a paragraph ending in a colon belong to it ("3-1", "3-2"), an indented unmarked paragraph
// after them still belongs to the item ("3-4"), and the later items get their numbers back.

export type ParsedParagraph = { position: number; label: string; text: string };

const TOP = /^(\d{1,3})\.\s+(.*)$/;
const EXPLICIT_SUB = /^(\d{1,3})\((\d{1,3})\)\s*(.*)$/;
const SUB = /^\((\d{1,3})\)\s*(.*)$/;
const BULLET = /^[●•・*\-–]\s*(.*)$/;

function isMarkerLine(line: string): boolean {
  const t = line.trim();
  return TOP.test(t) || EXPLICIT_SUB.test(t) || SUB.test(t) || BULLET.test(t);
}

// Hard-wrapped text (as pasted from a PDF or e-mail) has short lines that continue each other;
// the collected statements have one paragraph per line, however long.
function looksHardWrapped(lines: string[]): boolean {
  const lengths = lines.filter((l) => l.trim()).map((l) => l.trim().length);
  return lengths.length >= 2 && Math.max(...lengths) <= 120;
}

const ENDS_SENTENCE = /[.!?;:"”’)]$/;
const STARTS_LOWER = /^\p{Ll}/u;

// In wrapped text a line continues the paragraph above unless a blank line or a numbering
// marker intervenes, or the line above ended a sentence. A short line above ("January 8,
// 2016") only continues into a line that starts in lower case; a near-full-width one was
// broken by the wrap and continues into whatever follows.
function continues(previous: string, line: string, width: number): boolean {
  if (ENDS_SENTENCE.test(previous)) return false;
  // Real wraps happen at 60-100 characters; in a handful of short lines width says nothing.
  return STARTS_LOWER.test(line) || (width >= 50 && previous.length >= width * 0.6);
}

type Block = { text: string; indented: boolean };
const isIndented = (raw: string) => /^[ \t]/.test(raw);

function blocks(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (!looksHardWrapped(lines)) {
    return lines.filter((l) => l.trim()).map((l) => ({ text: l.trim(), indented: isIndented(l) }));
  }
  const width = Math.max(...lines.map((l) => l.trim().length));
  const out: Block[] = [];
  let current: string[] = [];
  let indented = false;
  const flush = () => {
    if (current.length) out.push({ text: current.join(" "), indented });
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const previous = current.at(-1);
    if (isMarkerLine(line) || !previous || !continues(previous, line, width)) flush();
    if (!current.length) indented = isIndented(raw);
    current.push(line);
  }
  flush();
  return out;
}

export function parseStatement(text: string): ParsedParagraph[] {
  const result: ParsedParagraph[] = [];
  const used = new Set<string>();
  let top: string | null = null;
  let lastNumbered: string | null = null;
  let bullets = 0;
  // How many item numbers a nested list has taken from the items after it.
  let shift = 0;
  let introducesList = false;

  blocks(text).forEach(({ text: block, indented }, index) => {
    const position = index + 1;
    let label: string;
    let body = block;
    let m: RegExpMatchArray | null;
    const bulletAfterTop = (m = block.match(TOP)) ? m[2]!.match(BULLET) : null;
    if (m && bulletAfterTop && introducesList && lastNumbered && Number(m[1]) - shift === Number(top) + 1) {
      shift += 1;
      bullets += 1;
      label = `${lastNumbered}-${bullets}`;
      body = bulletAfterTop[1]!;
    } else if (m) {
      top = String(Number(m[1]) - shift);
      label = top;
      body = m[2]!;
      lastNumbered = label;
      bullets = 0;
      if (bulletAfterTop) {
        body = bulletAfterTop[1]!;
        bullets = 1;
      }
    } else if ((m = block.match(EXPLICIT_SUB))) {
      top = m[1]!;
      label = `${m[1]}(${m[2]})`;
      body = m[3]!;
      lastNumbered = label;
      bullets = 0;
    } else if ((m = block.match(SUB))) {
      label = top ? `${top}(${m[1]})` : `(${m[1]})`;
      body = m[2]!;
      lastNumbered = label;
      bullets = 0;
    } else if ((m = block.match(BULLET)) && lastNumbered) {
      bullets += 1;
      label = `${lastNumbered}-${bullets}`;
      body = m[1]!;
    } else if (indented && bullets > 0 && lastNumbered) {
      bullets += 1;
      label = `${lastNumbered}-${bullets}`;
    } else {
      label = `¶${position}`;
    }
    introducesList = body.trimEnd().endsWith(":") && label === lastNumbered;
    if (used.has(label)) label = `${label}@${position}`;
    used.add(label);
    result.push({ position, label, text: body.trim() });
  });
  return result;
}

// How a citation reads: "para 15", "para 2(1)", "¶7".
export function paragraphRef(label: string): string {
  return label.startsWith("¶") ? label : `para ${label}`;
}

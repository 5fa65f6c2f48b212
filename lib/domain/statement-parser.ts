// Splits a statement's text into numbered paragraphs the way the statements number them:
// "15." top-level numbers ("1.General" without a space too), numbered headings ("1 General",
// as MOFA overviews write them), "(1)" sub-points under the last top-level number or heading
// (also when written as a bullet, "- (1)"), explicit "2(1)", bullets ("●", "•", "・", "-",
// "*") under the last numbered paragraph, and "¶N" (N = position) for paragraphs the
// document leaves unnumbered. Hard-wrapped text is joined back into paragraphs first.
//
// Web pages copied as text number a nested bullet list as if it were the next item: "3. ...
// as below:" then "4. ●first bullet", and the real item 4 comes out as "5.". Bullets introduced
// by a paragraph ending in a colon belong to it ("3-1", "3-2"), an indented unmarked paragraph
// after them still belongs to the item ("3-4"), and the later items get their numbers back.

export type ParsedParagraph = { position: number; label: string; text: string };

// A character of Japanese script: text that starts with one may follow a number directly.
const JA = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
// "1. Text", and "1.Text" when a capital or Japanese follows the point (so "1.5 million" stays text).
const TOP = new RegExp(`^(\\d{1,3})[.．、](?:\\s+|(?=[\\p{Lu}${JA}「（]))(.*)$`, "u");
// "1 General", "1 総論": a short numbered heading with no point and no full stop at its end.
const HEADING = new RegExp(`^(\\d{1,2})[ \\u3000]+([\\p{Lu}${JA}][^.。]{0,60})$`, "u");
// "1　冒頭、両大臣は…。": a Japanese paragraph that opens with its number and a space.
const JA_NUMBERED = new RegExp(`^(\\d{1,2})[ \\u3000]+([${JA}「（].*[。」）)])$`, "u");
const EXPLICIT_SUB = /^(\d{1,3})[(（](\d{1,3})[)）]\s*(.*)$/;
const SUB = /^[(（](\d{1,3})[)）]\s*(.*)$/;
const BULLET = /^[●•・*\-–—○〇◯◎■□◆◇]\s*(.*)$/;

// Japanese statements number in full-width digits ("１．", "（２）") and articles ("第1項"): the
// marker is read as its ASCII form; the text after it is left as written.
const WIDE_MARKER =
  /^(?:第([0-9０-９]{1,3})[項条][ \u3000]*|[(（][0-9０-９]{1,3}[)）]|[0-9０-９]{1,3}[.．、](?![0-9０-９])|[0-9０-９]{1,2}(?=[ \u3000]))/;
function asciiMarker(line: string): string {
  const m = line.match(WIDE_MARKER);
  if (!m || !/[０-９（）．第]/.test(m[0])) return line;
  const rest = line.slice(m[0].length);
  return m[1] !== undefined ? `${m[1].normalize("NFKC")}. ${rest}` : m[0].normalize("NFKC") + rest;
}

function isMarkerLine(line: string): boolean {
  const t = line.trim();
  return TOP.test(t) || HEADING.test(t) || JA_NUMBERED.test(t) || EXPLICIT_SUB.test(t) || SUB.test(t) || BULLET.test(t);
}

// Hard-wrapped text (as pasted from a PDF or e-mail) has short lines that continue each other;
// the collected statements have one paragraph per line, however long. A stray long line (a
// title, an address) does not make a wrapped text unwrapped.
const LONG_LINE = 130;
// Columns, not characters: a Japanese or full-width character takes two, as in the text's wrap.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const columns = (s: string) => s.length + (s.match(WIDE)?.length ?? 0);
function looksHardWrapped(lines: string[]): boolean {
  const lengths = lines.filter((l) => l.trim()).map((l) => columns(l.trim()));
  if (lengths.length < 2) return false;
  const long = lengths.filter((n) => n > LONG_LINE).length;
  return long <= Math.floor(lengths.length * 0.05);
}

// The wrap width: the length most full lines reach (the 90th percentile of the lines that are
// not over-long), so one long line does not make every other line look short.
function wrapWidth(lines: string[]): number {
  const lengths = lines
    .map((l) => columns(l.trim()))
    .filter((n) => n > 0 && n <= LONG_LINE)
    .sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0;
}

const ENDS_SENTENCE = /[.!?;:"”’)。！？」）]$/;
const JA_END = new RegExp(`[${JA}、，「」（）ー]$`, "u");
const JA_START = new RegExp(`^[${JA}、，「」（）ー]`, "u");
const STARTS_LOWER = /^\p{Ll}/u;

// In wrapped text a line continues the paragraph above unless a blank line or a numbering
// marker intervenes, or the line above ended a sentence. A short line above ("January 8,
// 2016") only continues into a line that starts in lower case; a near-full-width one was
// broken by the wrap and continues into whatever follows.
// Where blank lines separate the paragraphs, a sentence that happens to end at the wrap
// (a near-full line) does not end the paragraph either.
function continues(previous: string, line: string, width: number, blankSeparated: boolean): boolean {
  if (ENDS_SENTENCE.test(previous))
    return blankSeparated && width >= 50 && columns(previous) >= width * 0.85 && !/[:;]$/.test(previous);
  // Real wraps happen at 60-100 columns; in a handful of short lines width says nothing.
  return STARTS_LOWER.test(line) || (width >= 50 && columns(previous) >= width * 0.6);
}

type Block = { text: string; indented: boolean };

// Paragraphs set apart by blank lines: most runs of lines between blank lines are several
// lines long (a wrapped paragraph), not one.
function blankLinesSeparateParagraphs(lines: string[]): boolean {
  const runs: number[] = [];
  let run = 0;
  for (const l of [...lines, ""]) {
    if (l.trim()) run += 1;
    else if (run) {
      runs.push(run);
      run = 0;
    }
  }
  return runs.length >= 3 && runs.filter((r) => r >= 2).length >= runs.length / 2;
}
const isIndented = (raw: string) => /^[ \t\u3000]/.test(raw);

function blocks(text: string): Block[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => {
      const lead = l.match(/^[ \t\u3000]*/)![0];
      return lead + asciiMarker(l.slice(lead.length));
    });
  if (!looksHardWrapped(lines)) {
    return lines.filter((l) => l.trim()).map((l) => ({ text: l.trim(), indented: isIndented(l) }));
  }
  const width = wrapWidth(lines);
  const blankSeparated = blankLinesSeparateParagraphs(lines);
  const out: Block[] = [];
  let current: string[] = [];
  let indented = false;
  // Japanese is written without spaces: a line broken inside it is joined back without one.
  const join = (parts: string[]) =>
    parts.reduce((all, part) => (JA_END.test(all) && JA_START.test(part) ? all + part : `${all} ${part}`));
  const flush = () => {
    if (current.length) out.push({ text: join(current), indented });
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const previous = current.at(-1);
    if (isMarkerLine(line) || !previous || !continues(previous, line, width, blankSeparated)) flush();
    if (!current.length) indented = isIndented(raw);
    current.push(line);
  }
  flush();
  return out;
}

const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

// "1 General", "2 Security cooperation": only in sequence (1 first, then the next number), and
// never a date ("3 February 2021").
function isNextHeading(n: number, top: string | null, rest: string): boolean {
  if (MONTH.test(rest)) return false;
  return top === null ? n === 1 : n === Number(top) + 1;
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
  // After a heading ("1 総論"), "1.", "2." ... are its sub-points: a web page's ordered list under
  // the heading, copied as text. null when no heading opened the current section.
  let subsUnderHeading: number | null = null;

  blocks(text).forEach(({ text: whole, indented }, index) => {
    let block = whole;
    const position = index + 1;
    let label: string;
    let body = block;
    let m: RegExpMatchArray | null;
    // "- (1) text" is the sub-point (1), written as a bullet
    const bulleted = block.match(BULLET);
    if (bulleted && SUB.test(bulleted[1]!) && top) block = bulleted[1]!;
    body = block;
    const bulletAfterTop = (m = block.match(TOP)) ? m[2]!.match(BULLET) : null;
    if (m && subsUnderHeading !== null && Number(m[1]) === subsUnderHeading + 1) {
      subsUnderHeading += 1;
      label = `${top}(${m[1]})`;
      body = m[2]!;
      lastNumbered = label;
      bullets = 0;
    } else if (m && bulletAfterTop && introducesList && lastNumbered && Number(m[1]) - shift === Number(top) + 1) {
      shift += 1;
      bullets += 1;
      label = `${lastNumbered}-${bullets}`;
      body = bulletAfterTop[1]!;
    } else if (m) {
      subsUnderHeading = null;
      top = String(Number(m[1]) - shift);
      label = top;
      body = m[2]!;
      lastNumbered = label;
      bullets = 0;
      if (bulletAfterTop) {
        body = bulletAfterTop[1]!;
        bullets = 1;
      }
    } else if ((m = block.match(HEADING)) && isNextHeading(Number(m[1]), top, m[2]!)) {
      subsUnderHeading = 0;
      top = m[1]!;
      label = top;
      body = m[2]!;
      lastNumbered = label;
      bullets = 0;
    } else if ((m = block.match(JA_NUMBERED)) && isNextHeading(Number(m[1]), top, m[2]!)) {
      top = m[1]!;
      label = top;
      body = m[2]!;
      lastNumbered = label;
      bullets = 0;
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

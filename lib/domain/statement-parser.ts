// Splits a statement's text into numbered paragraphs the way the statements number them:
// "15." top-level numbers, "(1)" sub-points under the last top-level number, explicit
// "2(1)", bullets ("●", "•", "・", "-", "*") under the last numbered paragraph, and "¶N"
// (N = position) for paragraphs the document leaves unnumbered.

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
  const lengths = lines.filter((l) => l.trim()).map((l) => l.length);
  if (lengths.length < 4) return false;
  const max = Math.max(...lengths);
  return max <= 120 && lines.some((l) => l.trim() === "");
}

function blocks(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (!looksHardWrapped(lines)) return lines.map((l) => l.trim()).filter(Boolean);
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) out.push(current.join(" "));
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) flush();
    else {
      if (isMarkerLine(line)) flush();
      current.push(line);
    }
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

  blocks(text).forEach((block, index) => {
    const position = index + 1;
    let label: string;
    let body = block;
    let m: RegExpMatchArray | null;
    if ((m = block.match(TOP))) {
      top = m[1]!;
      label = top;
      body = m[2]!;
      lastNumbered = label;
      bullets = 0;
      const bullet = body.match(BULLET);
      if (bullet) {
        body = bullet[1]!;
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
    } else {
      label = `¶${position}`;
    }
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

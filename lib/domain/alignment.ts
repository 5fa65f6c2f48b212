// Two accounts of one text side by side, paragraphs aligned by their numbers: "2(1)" in the
// English beside "2(1)" in the Japanese. A paragraph the text leaves unnumbered ("¶3", its
// position) has no counterpart by number and takes a row of its own, in its document's order.

type Paragraph = { label: string };
export type AlignedRow<P extends Paragraph> = { key: string; left: P | null; right: P | null };

const numbered = (label: string) => !label.startsWith("¶") && !label.includes("@");

export function alignParagraphs<P extends Paragraph>(left: P[], right: P[]): AlignedRow<P>[] {
  const rightByLabel = new Map(right.filter((p) => numbered(p.label)).map((p) => [p.label, p]));
  const used = new Set<P>();
  const rows: AlignedRow<P>[] = [];
  let r = 0;
  // The right side's paragraphs up to (not including) `stop`, not yet placed, each on its own row.
  const flushRight = (stop: P | null) => {
    while (r < right.length && right[r] !== stop) {
      const p = right[r]!;
      if (!used.has(p)) {
        rows.push({ key: `r:${p.label}`, left: null, right: p });
        used.add(p);
      }
      r += 1;
    }
  };
  for (const p of left) {
    const match = numbered(p.label) ? rightByLabel.get(p.label) : undefined;
    if (match && !used.has(match)) {
      flushRight(match);
      rows.push({ key: `=${p.label}`, left: p, right: match });
      used.add(match);
      r += 1;
    } else rows.push({ key: `l:${p.label}`, left: p, right: null });
  }
  flushRight(null);
  return rows;
}

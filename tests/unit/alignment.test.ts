import { describe, expect, it } from "vitest";
import { alignParagraphs } from "@/lib/domain/alignment";

const p = (label: string) => ({ label });
const shape = (rows: ReturnType<typeof alignParagraphs<{ label: string }>>) =>
  rows.map((r) => `${r.left?.label ?? "-"}|${r.right?.label ?? "-"}`);

describe("alignParagraphs", () => {
  it("puts paragraphs with the same number side by side", () => {
    expect(
      shape(alignParagraphs([p("1"), p("1(1)"), p("1(2)"), p("2")], [p("1"), p("1(1)"), p("1(2)"), p("2")])),
    ).toEqual(["1|1", "1(1)|1(1)", "1(2)|1(2)", "2|2"]);
  });

  it("gives unnumbered paragraphs rows of their own, in each document's order", () => {
    const english = [p("¶1"), p("¶2"), p("1"), p("1(1)"), p("2(1)"), p("2(2)")];
    const japanese = [p("¶1"), p("¶2"), p("¶3"), p("1"), p("1(1)"), p("2"), p("2(1)")];
    expect(shape(alignParagraphs(english, japanese))).toEqual([
      "¶1|-",
      "¶2|-",
      "-|¶1",
      "-|¶2",
      "-|¶3",
      "1|1",
      "1(1)|1(1)",
      "-|2",
      "2(1)|2(1)",
      "2(2)|-",
    ]);
  });

  it("keeps every paragraph of both sides exactly once", () => {
    const left = [p("1"), p("¶2"), p("3"), p("3@4")];
    const right = [p("3"), p("1"), p("¶9")];
    const rows = alignParagraphs(left, right);
    expect(rows.flatMap((r) => (r.left ? [r.left] : []))).toEqual(left);
    expect(rows.flatMap((r) => (r.right ? [r.right] : [])).sort((a, b) => a.label.localeCompare(b.label))).toEqual(
      [...right].sort((a, b) => a.label.localeCompare(b.label)),
    );
  });
});

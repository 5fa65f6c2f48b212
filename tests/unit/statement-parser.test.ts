import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { paragraphRef, parseStatement } from "@/lib/domain/statement-parser";

// Paragraph labels are what every citation in the data set points at ("para 15", "2(1)"),
// so the parser must number paragraphs the way the statements themselves do.

const labels = (text: string) => parseStatement(text).map((p) => p.label);
const texts = (text: string) => parseStatement(text).map((p) => p.text);

describe("parseStatement", () => {
  it('labels "1." numbered paragraphs by their number and strips the number from the text', () => {
    expect(parseStatement("1. The Ministers met.\n2. They agreed.\n10. They parted.")).toEqual([
      { position: 1, label: "1", text: "The Ministers met." },
      { position: 2, label: "2", text: "They agreed." },
      { position: 3, label: "10", text: "They parted." },
    ]);
  });

  it('labels "(1)" sub-points under the last top-level number', () => {
    const text = "1. Opening.\n2. The Ministers decided:\n(1) to hold exercises;\n(2) to exchange staff.\n3. Closing.";
    expect(labels(text)).toEqual(["1", "2", "2(1)", "2(2)", "3"]);
    expect(texts(text)[2]).toBe("to hold exercises;");
  });

  it('keeps "(1)" as is before any top-level number', () => {
    expect(labels("(1) first\n(2) second\n3. third\n(1) under three")).toEqual(["(1)", "(2)", "3", "3(1)"]);
  });

  it('reads an explicit "2(1)", and numbers following "(2)" under it', () => {
    const text = "1. Opening.\n2(1) The first point.\n(2) The second point.";
    expect(labels(text)).toEqual(["1", "2(1)", "2(2)"]);
    expect(texts(text)[1]).toBe("The first point.");
  });

  it('numbers bullets after the paragraph that opens with one: "4", then "4-2", "4-3"', () => {
    const text =
      "3. Before.\n4. ●sharing lessons learned\n●finding new opportunities\n• sharing information\n5. After.";
    expect(parseStatement(text)).toEqual([
      { position: 1, label: "3", text: "Before." },
      { position: 2, label: "4", text: "sharing lessons learned" },
      { position: 3, label: "4-2", text: "finding new opportunities" },
      { position: 4, label: "4-3", text: "sharing information" },
      { position: 5, label: "5", text: "After." },
    ]);
  });

  it('numbers bullets under an introducing paragraph from "-1", with any bullet character', () => {
    expect(labels("4. They agreed on:\n- exercises\n* exchanges\n・ visits\n– studies")).toEqual([
      "4",
      "4-1",
      "4-2",
      "4-3",
      "4-4",
    ]);
    expect(labels("2. Intro:\n(1) point\n● bullet under the sub-point")).toEqual(["2", "2(1)", "2(1)-1"]);
  });

  it('labels unnumbered paragraphs "¶N" by position, before, between and after numbered ones', () => {
    const text =
      "Joint Statement\nJanuary 8, 2016\n1. The Ministers met.\nThey also said this.\n2. Closing.\nBack to the index";
    expect(labels(text)).toEqual(["¶1", "¶2", "1", "¶4", "2", "¶6"]);
    expect(texts(text)[0]).toBe("Joint Statement");
  });

  it("keeps labels unique when a document repeats a number, by adding the position", () => {
    const text = "1. First section.\n2. More.\n1. The second section restarts.\n● a bullet";
    expect(labels(text)).toEqual(["1", "2", "1@3", "1-1"]);
    expect(new Set(labels("1. A\n● x\n1. B\n● y")).size).toBe(4);
  });

  it("joins hard-wrapped pasted text into paragraphs, breaking at blank lines and at markers", () => {
    const text = [
      "Joint Statement by the Ministers",
      "",
      "1. The Ministers welcomed progress in defence and security",
      "co-operation over the year and reaffirmed the dynamic",
      "strategic partnership between Japan and the UK.",
      "2. The Ministers decided:",
      "(1) to hold a joint exercise",
      "in the coming year;",
      "",
      "They also noted the importance of",
      "maritime security.",
    ].join("\n");
    expect(parseStatement(text)).toEqual([
      { position: 1, label: "¶1", text: "Joint Statement by the Ministers" },
      {
        position: 2,
        label: "1",
        text: "The Ministers welcomed progress in defence and security co-operation over the year and reaffirmed the dynamic strategic partnership between Japan and the UK.",
      },
      { position: 3, label: "2", text: "The Ministers decided:" },
      { position: 4, label: "2(1)", text: "to hold a joint exercise in the coming year;" },
      { position: 5, label: "¶5", text: "They also noted the importance of maritime security." },
    ]);
  });

  it("keeps one paragraph per line when lines are long (the collected statements)", () => {
    const long = (n: number) => `${n}. ${"The Ministers reaffirmed their commitment to cooperation. ".repeat(4)}`;
    const text = `Title\n\n${long(1)}\n${long(2)}\nUnnumbered closing line.`;
    expect(labels(text)).toEqual(["¶1", "1", "2", "¶4"]);
  });

  it("reads CRLF text exactly as LF text, wrapped or not", () => {
    const lf = "Title\n\n1. The Ministers welcomed\nprogress in defence.\n\n2. They agreed\nto meet again.\n(1) soon\n";
    expect(parseStatement(lf.replace(/\n/g, "\r\n"))).toEqual(parseStatement(lf));
    expect(labels(lf.replace(/\n/g, "\r\n"))).toEqual(["¶1", "1", "2", "2(1)"]);
    const unwrapped = "1. One.\n2. Two.\n";
    expect(parseStatement(unwrapped.replace(/\n/g, "\r\n"))).toEqual(parseStatement(unwrapped));
    expect(texts("1. One.\r\n2. Two.\r\n").every((t) => !t.includes("\r"))).toBe(true);
  });

  it("ignores indentation and blank lines, numbering positions 1..n", () => {
    const parsed = parseStatement("\n\n  1. Indented.\n\n\t2. Tabbed.\n   \n");
    expect(parsed.map((p) => [p.position, p.label, p.text])).toEqual([
      [1, "1", "Indented."],
      [2, "2", "Tabbed."],
    ]);
    expect(parseStatement("")).toEqual([]);
  });

  it("does not mistake numbers inside sentences for paragraph numbers", () => {
    expect(labels("2016. was a year\n1.5 million yen was spent\n(2016) saw talks")).toEqual(["¶1", "¶2", "¶3"]);
  });

  // Text pasted from a PDF usually has no blank line between numbered paragraphs.
  it("joins hard-wrapped numbered paragraphs that have no blank line between them", () => {
    const text = [
      "1. The Ministers welcomed progress in defence and security co-operation over the",
      "year and reaffirmed the dynamic strategic partnership between Japan and the UK.",
      "2. The Ministers recognised our shared values of democracy, the rule of law,",
      "human rights, and open and transparent markets.",
    ].join("\n");
    expect(labels(text)).toEqual(["1", "2"]);
  });

  it("keeps short one-per-line paragraphs apart, header lines included", () => {
    const text = "Joint Statement\nJanuary 8, 2016\n\n1. The Ministers met.\n2. They agreed to meet again.";
    expect(labels(text)).toEqual(["¶1", "¶2", "1", "2"]);
    expect(texts(text)[1]).toBe("January 8, 2016");
  });
});

describe("parseStatement: a nested list copied from a web page", () => {
  // The MOD's page shows items 1-4 with three bullets under 3; copied as text, the bullets come
  // out as item "4." and the real item 4 as "5." (prisma/seed/documents/2021-01-14_...).
  const copied = [
    "  1. Minister Wallace congratulated Minister Kishi.",
    "  2. The two Ministers exchanged views on the regional issues.",
    "  3. The Ministers discussed the cooperation as below:",
    "  4. ●sharing lessons learned in HA/DR operations.",
    "    ●Finding new opportunities for cooperation in third countries.",
    "     Minister Wallace consented to the proposal.",
    "  5. In addition, Minister Kishi welcomed the carrier strike group.",
    "  6. The Ministers agreed to meet again.",
  ].join("\n");

  it("puts the bullets and the indented paragraph after them under the item that introduced them", () => {
    expect(labels(copied)).toEqual(["1", "2", "3", "3-1", "3-2", "3-3", "4", "5"]);
    expect(texts(copied)[3]).toBe("sharing lessons learned in HA/DR operations.");
    expect(texts(copied)[5]).toBe("Minister Wallace consented to the proposal.");
  });

  it("keeps a numbered bullet as its own item when nothing introduced a list", () => {
    const text =
      "3. The Ministers discussed the cooperation.\n4. ●sharing lessons learned.\n   ●finding opportunities.";
    expect(labels(text)).toEqual(["3", "4", "4-2"]);
  });

  it("leaves an unindented paragraph after a list unnumbered", () => {
    const text = "3. The Ministers agreed as below:\n4. ●sharing lessons.\nThe meeting ended.";
    expect(labels(text)).toEqual(["3", "3-1", "¶3"]);
  });
});

describe("paragraphRef", () => {
  it('reads "para N" for numbered paragraphs and "¶N" for unnumbered ones', () => {
    expect(paragraphRef("15")).toBe("para 15");
    expect(paragraphRef("2(1)")).toBe("para 2(1)");
    expect(paragraphRef("4-2")).toBe("para 4-2");
    expect(paragraphRef("¶7")).toBe("¶7");
  });
});

// Statements in the shapes both governments publish (tests/unit/fixtures/statements, written
// for these tests), and the data set's own documents, which must number exactly as before.
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures/statements", name), "utf8");

describe("parseStatement: the shapes statements come in", () => {
  it('numbers "(1) (2) (3)" under a heading "1 General" as 1(1), 1(2), 1(3)', () => {
    const parsed = parseStatement(fixture("nested-headings.txt"));
    expect(parsed.map((p) => p.label)).toEqual(["¶1", "¶2", "1", "1(1)", "1(2)", "1(3)", "2", "2(1)", "2(2)", "¶10"]);
    expect(parsed[2]!.text).toBe("General");
    expect(parsed[4]!.text).toMatch(/^The two Ministers agreed to hold a joint table-top exercise/);
  });

  it("never reads a date line as a numbered heading, nor a heading out of sequence", () => {
    expect(labels("3 February 2021\n1 General\n(1) point")).toEqual(["¶1", "1", "1(1)"]);
    expect(labels("1 General\n(1) point\n5 Things happened")).toEqual(["1", "1(1)", "¶3"]);
  });

  it('reads a bulleted "- (1)" as the sub-point 1(1) under the current heading', () => {
    const parsed = parseStatement(fixture("bulleted-subpoints.txt"));
    expect(parsed.map((p) => p.label)).toEqual(["¶1", "1", "1(1)", "1(2)", "2", "2(1)", "2(1)-1"]);
    expect(parsed[2]!.text).toBe("The two sides agreed to send observers to each other's winter exercises.");
  });

  it('joins a hard-wrapped text back into its paragraphs and reads "1.General" without a space', () => {
    const parsed = parseStatement(fixture("hard-wrapped.txt"));
    expect(parsed.map((p) => p.label)).toEqual(["¶1", "1", "¶3", "¶4", "2", "¶6", "3", "¶8"]);
    expect(parsed[1]!.text).toBe("General");
    expect(parsed[2]!.text).toBe(
      "The Ministers welcomed the deepening of the strategic partnership between Japan and Poland since their last dialogue, held in Tokyo two years ago. They noted that the security environment has become more severe and reaffirmed the importance of the rule of law.",
    );
    expect(parsed[5]!.text).toMatch(
      /agreement\. Both sides will dispatch officers to each other's staff colleges from next year\.$/,
    );
  });

  it('keeps "1.5 million" and "2016.Text"-like numbers inside text as text', () => {
    expect(labels("1.5 million yen was spent\n2016.was a year")).toEqual(["¶1", "¶2"]);
  });

  it('numbers a Japanese overview: "1 総論" headings, "（1）" and "（２）" under them, "○" bullets', () => {
    const parsed = parseStatement(fixture("japanese-overview.txt"));
    expect(parsed.map((p) => p.label)).toEqual([
      "¶1",
      "¶2",
      "1",
      "1(1)",
      "1(2)",
      "2",
      "2(1)",
      "2(2)",
      "3",
      "3-1",
      "3-2",
    ]);
    expect(parsed[2]!.text).toBe("総論");
    expect(parsed[7]!.text).toMatch(/^両閣僚は、防衛装備品・技術協力に関する協議を継続することで一致しました。また、/);
    expect(parsed[9]!.text).toBe("北朝鮮の核・ミサイル開発について意見交換を行いました。");
  });

  it('reads full-width "１．" numbers and a "・" bullet under them, and "第1項"', () => {
    expect(labels(fixture("japanese-fullwidth.txt"))).toEqual(["¶1", "1", "2", "2-1", "3"]);
    expect(texts(fixture("japanese-fullwidth.txt"))[1]).toBe(
      "日英両国は、サイバー分野での協力を強化することで一致した。",
    );
    expect(labels(fixture("japanese-articles.txt"))).toEqual(["¶1", "1", "2", "3"]);
    expect(texts(fixture("japanese-articles.txt"))[1]).toBe(
      "両国は、物品役務相互提供協定の早期締結を目指すことで一致した。",
    );
  });

  it("numbers a Japanese paragraph that opens with its number and a space, never a date", () => {
    expect(labels("概要\n1　冒頭、両大臣は会談の開催を歓迎した。\n2 両大臣は協力の強化で一致した。")).toEqual([
      "¶1",
      "1",
      "2",
    ]);
    expect(labels("2 月3日、会談が行われた。")).toEqual(["¶1"]);
  });

  it("numbers '1.' items under a heading '1 総論' as its sub-points (a web page's list of '(1)', copied)", () => {
    const text =
      "1 総論\n1. 両大臣は協力の強化で一致しました。\n2. 両大臣は対話の継続を確認しました。\n2 防衛協力\n1. 両大臣は共同訓練の実施を歓迎しました。";
    expect(labels(text)).toEqual(["1", "1(1)", "1(2)", "2", "2(1)"]);
    expect(labels("1 General\n1. The Ministers agreed.\n2. They noted.\n2 Defence\n(1) Point")).toEqual([
      "1",
      "1(1)",
      "1(2)",
      "2",
      "2(1)",
    ]);
    expect(labels("1. First\n2. Second\n3. Third")).toEqual(["1", "2", "3"]);
  });

  it("joins a hard-wrapped Japanese paragraph without inserting spaces, and ends one at 。", () => {
    const wrapped =
      "1 総論\n（1）両大臣は、インド太平洋地域の平和と安定のため、日英間の安全保障協力を一層強化\nしていくことで一致しました。\n（2）両大臣は、次回の会合を本年中に東京で開催することを確認しました。";
    const parsed = parseStatement(wrapped);
    expect(parsed.map((p) => p.label)).toEqual(["1", "1(1)", "1(2)"]);
    expect(parsed[1]!.text).toBe(
      "両大臣は、インド太平洋地域の平和と安定のため、日英間の安全保障協力を一層強化していくことで一致しました。",
    );
  });

  it("numbers the data set's documents exactly as before (every citation keeps its place)", () => {
    const expected = JSON.parse(
      fs.readFileSync(path.join(__dirname, "fixtures/seed-document-labels.json"), "utf8"),
    ) as Record<string, string>;
    const dir = path.join(__dirname, "../../prisma/seed/documents");
    expect(Object.keys(expected).sort()).toEqual(fs.readdirSync(dir).sort());
    for (const [file, want] of Object.entries(expected))
      expect(labels(fs.readFileSync(path.join(dir, file), "utf8")).join(" "), file).toBe(want);
  });
});

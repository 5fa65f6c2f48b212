import { describe, expect, it } from "vitest";
import { parseStatement, type ParsedParagraph } from "@/lib/domain/statement-parser";
import {
  isPageFurniture,
  pageFurnitureRule,
  splitPageFurniture,
  withoutPageFurniture,
  type DocumentMeta,
} from "@/lib/domain/page-furniture";
import { ZStatement } from "@/lib/validation/meetings";

// The rule that drops page furniture from a parsed statement, on lines written for the test
// (the real data set is tested in seed-page-furniture.test.ts).

// One paragraph a line, blank lines between them, so the parser keeps each line as written.
const doc = (...lines: string[]) => lines.join("\n\n");
const dropped = (text: string, meta: DocumentMeta = {}) =>
  splitPageFurniture(parseStatement(text), meta).dropped.map((p) => p.text);
const kept = (text: string, meta: DocumentMeta = {}) =>
  withoutPageFurniture(parseStatement(text), meta).map((p) => p.text);
// A line on its own, as the only paragraph of a document.
const alone = (line: string, meta: DocumentMeta = {}) => dropped(doc(line), meta).length === 1;

const SENTENCE = "The Ministers agreed to hold the next meeting in Tokyo.";

describe("withoutPageFurniture: the rules", () => {
  it("drops a site's title bar and breadcrumbs", () => {
    expect(alone("None SPECIAL FEATURE | Defence Digest (No.7) | Ministry of Defence")).toBe(true);
    expect(alone("None NEWS | Ministry of Foreign Affairs")).toBe(true);
    expect(alone("Home | Foreign Policy | Europe | United Kingdom")).toBe(true);
    expect(alone("Home > Foreign Policy > Japan-UK Relations")).toBe(true);
    expect(alone("トップ » 外交政策 » 日英関係")).toBe(true);
    // One pipe in a heading, or pipes inside a sentence, are not a title bar.
    expect(alone("Japan | UK")).toBe(false);
    expect(alone("The Ministers discussed options A | B | C and agreed on A.")).toBe(false);
  });

  it("drops the section a title bar names, where the page repeats it as a line", () => {
    expect(
      dropped(doc("None TOPICS | Defence Digest | Ministry of Defence", "Digest No.7", "TOPICS", SENTENCE)),
    ).toEqual(["None TOPICS | Defence Digest | Ministry of Defence", "TOPICS"]);
  });

  it("drops flags, images and photos given as their alt text", () => {
    for (const line of ["Flag:englandFlag:japan", "Flag:india", "Image: the four Ministers", "Photo：日英防衛相会談"])
      expect(alone(line), line).toBe(true);
    expect(alone("写真：会談の様子")).toBe(true);
    expect(alone("Flags of both countries flew at the venue.")).toBe(false);
  });

  it("drops a line repeating the document's title or its publisher", () => {
    const meta = { title: "Japan-UK Defence Ministers' Call", publisher: "Ministry of Defence" };
    expect(
      dropped(doc("Japan-UK Defence Ministers’ Call", "January 14, 2021", "Ministry of Defence", SENTENCE), meta),
    ).toEqual(["Japan-UK Defence Ministers’ Call", "Ministry of Defence"]);
    // A ministry named alone on its line is a byline, whoever published the page.
    expect(alone("Japan Ministry of Defense")).toBe(true);
    expect(alone("Ministry of Foreign Affairs of Japan")).toBe(true);
    expect(alone("防衛省")).toBe(true);
    expect(alone("The Ministry of Defence will host the next meeting.")).toBe(false);
  });

  it("drops a heading repeated later in the page, keeping its first appearance", () => {
    const text = doc(
      "Recent Teleconferences",
      "Flag:franceFlag:japan",
      "Recent Teleconferences",
      "On January 15, the Minister held a teleconference.",
      "Recent TeleconferencesRecent Teleconferences",
      "Recent Teleconferences Recent Teleconferences",
      "The Ministers affirmed their cooperation.",
      "Recent Teleconferences",
    );
    expect(kept(text)).toEqual([
      "Recent Teleconferences",
      "On January 15, the Minister held a teleconference.",
      "The Ministers affirmed their cooperation.",
    ]);
  });

  it("keeps a repeated sentence and a repeated lead-in: repeats drop headings only", () => {
    expect(kept(doc(SENTENCE, SENTENCE))).toEqual([SENTENCE, SENTENCE]);
    expect(kept(doc("He said:", "“We agreed.”", "He said:", "“We will meet again.”"))).toHaveLength(4);
    expect(kept(doc("両国は協力を確認しました。", "両国は協力を確認しました。"))).toHaveLength(2);
  });

  it("drops a photo gallery's captions, the same words numbered from 1", () => {
    const text = doc(
      "January 8, 2016",
      "Second Ministerial Meeting 1",
      "Second Ministerial Meeting 2",
      "Second Ministerial Meeting 3",
      SENTENCE,
    );
    expect(dropped(text)).toEqual([
      "Second Ministerial Meeting 1",
      "Second Ministerial Meeting 2",
      "Second Ministerial Meeting 3",
    ]);
    // A lone numbered heading, or numbers that do not count from 1, are no gallery.
    expect(dropped(doc("Phase 1", SENTENCE, "Phase 2", SENTENCE))).toEqual([]);
    expect(dropped(doc("Annex 2", "Annex 3", SENTENCE))).toEqual([]);
  });

  it("drops share, print and back-to-top links, in English and Japanese", () => {
    for (const line of [
      "Share",
      "Print",
      "Tweet",
      "Back to top",
      "PAGE TOP",
      "▲ Page top",
      "↑ Back to top",
      "このページの先頭へ",
      "印刷",
      "英国へ戻る",
      "Back to Japan-Australia Relations",
      "Return to the news index",
    ])
      expect(alone(line), line).toBe(true);
    expect(alone("The Ministers agreed to print a joint brochure.")).toBe(false);
    expect(alone("Back to the early 2000s, Japan and the UK signed a memorandum.")).toBe(false);
  });

  it("drops the breadcrumb a back link names", () => {
    const text = doc("Japan-Australia Relations", "March 3, 2024", SENTENCE, "Back to Japan-Australia Relations");
    expect(kept(text)).toEqual(["March 3, 2024", SENTENCE]);
  });

  it("drops a language switch, a cookie notice, related links and a bare address", () => {
    for (const line of [
      "in Japanese",
      "English",
      "英語版",
      "英語版/English",
      "This website uses cookies to improve your experience.",
      "Accept cookies",
      "Related links",
      "関連リンク",
      "See also: the 2015 joint statement",
      "Also see our story on the carrier visit:",
      "https://www.example.org/news/2021/02/03/statement.html",
      "www.example.org",
    ])
      expect(alone(line), line).toBe(true);
    expect(alone("The Ministers welcomed the English-language training programme.")).toBe(false);
    expect(alone("The Ministers discussed the related issues of cyber security.")).toBe(false);
  });
});

describe("withoutPageFurniture: what it never does", () => {
  it("never drops a numbered paragraph, however it reads", () => {
    const meta = { title: "General", publisher: "Ministry of Defence" };
    const text = doc(
      "1. General",
      "(1) Print",
      "2. Share",
      "3 General",
      "4. Flag:japan",
      "5. None A | B | C",
      "6. Back to top",
      "7. General",
    );
    const parsed = parseStatement(text);
    expect(parsed.every((p) => !p.label.startsWith("¶"))).toBe(true);
    expect(withoutPageFurniture(parsed, meta)).toEqual(parsed);
  });

  it("never drops a sentence of a real statement", () => {
    const sentences = [
      "The four Ministers affirmed that the two countries would further enhance cooperation towards the realization of a Free and Open Indo-Pacific.",
      "The Ministers welcomed the signing of a Maritime Security Arrangement.",
      "Minister Wallace consented to the proposal and suggested to work together with the Japanese side.",
      "Recognising Japan as its closest security partner in Asia, the UK welcomed Japan’s recent Legislation for Peace and Security.",
      "According to a story on the UK government website about the meeting:",
      "“It will be vital to build on the progress we’ve made today.”",
      "両国は,安全保障及び防衛分野の協力を強化していくことで一致しました。",
      "四大臣は、「自由で開かれたインド太平洋」の実現に向けて協力を更に進展させていくことを確認しました。",
    ];
    const meta = { title: sentences[0], publisher: "Ministry of Foreign Affairs of Japan" };
    const text = doc(...sentences, ...sentences);
    expect(kept(text, meta)).toEqual([...sentences, ...sentences]);
  });

  it("keeps every other paragraph's position and label exactly as parsed", () => {
    const text = doc(
      "None NEWS | Defence Digest | Ministry of Defence",
      "Flag:japan",
      "On February 3, the Ministers met by video.",
      "Share",
      "1. The Ministers met.",
      "(1) They agreed.",
      "The Ministers parted.",
      "PAGE TOP",
    );
    const parsed = parseStatement(text);
    const cleaned = withoutPageFurniture(parsed);
    expect(cleaned).toEqual([
      { position: 3, label: "¶3", text: "On February 3, the Ministers met by video." },
      { position: 5, label: "1", text: "The Ministers met." },
      { position: 6, label: "1(1)", text: "They agreed." },
      { position: 7, label: "¶7", text: "The Ministers parted." },
    ]);
    // The very objects the parser made: nothing renumbered, nothing rewritten.
    for (const p of cleaned) expect(parsed).toContain(p);
  });

  it("leaves a text without furniture as parsed, and an empty one empty", () => {
    const text = doc("January 8, 2016", "1. The Ministers met.", "2. They agreed to meet again.");
    expect(withoutPageFurniture(parseStatement(text))).toEqual(parseStatement(text));
    expect(withoutPageFurniture([])).toEqual([]);
  });
});

describe("isPageFurniture", () => {
  const paragraphs: ParsedParagraph[] = [
    { position: 1, label: "¶1", text: "Joint Statement" },
    { position: 2, label: "¶2", text: "Photo: the Ministers" },
    { position: 3, label: "1", text: "Joint Statement" },
    { position: 4, label: "¶4", text: "Joint Statement" },
  ];
  const at = (index: number, meta: DocumentMeta = {}) =>
    isPageFurniture(paragraphs[index]!, { ...meta, paragraphs, index });

  it("judges one paragraph in its document", () => {
    expect(at(0)).toBe(false);
    expect(at(0, { title: "Joint Statement" })).toBe(true);
    expect(at(1)).toBe(true);
    expect(at(2, { title: "Joint Statement" })).toBe(false); // numbered
    expect(at(3)).toBe(true); // repeats ¶1
    expect(pageFurnitureRule(paragraphs[3]!, { paragraphs, index: 3 })).toBe("repeated heading");
  });
});

describe("a pasted statement", () => {
  it("is refused when nothing but page furniture is in it", () => {
    const result = ZStatement.safeParse("Print\n\nPAGE TOP\n\nFlag:japan");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("No paragraphs found in the text");
    expect(ZStatement.safeParse("Print\n\n1. The Ministers met.").success).toBe(true);
  });
});

import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { buildBriefing, type BriefingData, type BriefingPledge, type DocSection } from "@/lib/briefing/document";
import { briefingToMarkdown } from "@/lib/briefing/markdown";
import { JAPANESE_FONT_FILES, briefingToPdf } from "@/lib/briefing/pdf";
import { pdfText } from "@/tests/support/pdf-text";

// The briefing for a Japanese reader: the page's document, the Markdown file and the PDF say
// everything in Japanese (Japanese names where the data has them, dates as 2021年2月3日),
// except the verbatim quotes and the English names standing in for missing Japanese ones,
// which are marked as English. The PDF embeds Noto Sans JP and wraps Japanese lines, which have
// no spaces, within its margins.

const LONG_TITLE_JA =
  "日英物品役務相互提供協定（ACSA）の早期署名と発効に向けた交渉を加速し、共同訓練や災害救援活動における相互運用性を一層高めるとともに、防衛装備品・技術協力の具体的な案件を着実に進める";
const QUOTE = "The Ministers welcomed the signing of the Agreement.";

const evidence = {
  quote: QUOTE,
  paragraph: "2(2)",
  documentId: "jdf-134",
  documentTitle: "Japan Defense Focus No. 134",
  date: "2021-02-03",
  meeting: "4th Japan-UK 2+2",
  meetingJa: "第4回日英2+2",
  documentLanguage: "en",
};
const pledge = (over: Partial<BriefingPledge>): BriefingPledge => ({
  id: "p",
  title: "A pledge",
  titleJa: "約束",
  side: "both",
  area: { id: "maritime-security", name: "Maritime security", nameJa: "海洋安全保障" },
  status: "in_progress",
  since: "2021-02-03",
  madeOn: "2016-01-08",
  madeAt: "2nd Japan-UK 2+2",
  madeAtJa: "第2回日英2+2",
  targetDate: null,
  overdue: false,
  unconfirmed: false,
  inCollectionGap: false,
  silent: 0,
  evidence,
  supersededBy: null,
  ...over,
});

const data: BriefingData = {
  dialogue: { id: "japan-uk", name: "Japan-UK 2+2", nameJa: "日英2+2", partnerCountry: "UK", partnerCountryJa: "英国" },
  area: null,
  asOf: "2026-11-22",
  lastMeeting: { id: "m4", title: "4th Japan-UK 2+2", titleJa: "第4回日英2+2", date: "2021-02-03" },
  evidenceUpTo: "2021-02-03",
  figures: {
    total: 3,
    superseded: 1,
    byStatus: { pledged: 1, in_progress: 1, partly_delivered: 0, delivered: 1, stalled: 0, dropped: 0 },
    open: 2,
    overdue: 1,
    unconfirmed: 1,
    unconfirmedInGap: 1,
    stale: 1,
    shareDelivered: 1 / 3,
  },
  changes: [
    {
      updateId: "u1",
      pledge: { id: "msa", title: "Maritime Security Arrangement", titleJa: "海洋安全保障取決め" },
      area: "Maritime security",
      areaJa: "海洋安全保障",
      from: "pledged",
      to: "delivered",
      reportedOn: "2021-02-03",
      evidence,
    },
  ],
  pledges: [
    pledge({
      id: "jnaam",
      title: "JNAAM research",
      titleJa: LONG_TITLE_JA,
      area: { id: "defence-equipment", name: "Defence equipment", nameJa: "防衛装備・技術" },
      targetDate: "2017-01-01",
      overdue: true,
    }),
    // No Japanese title in the data: the English one stands in, marked as English.
    pledge({ id: "acsa", title: "ACSA negotiations", titleJa: undefined, status: "pledged", silent: 3 }),
    pledge({
      id: "msa",
      title: "Maritime Security Arrangement",
      titleJa: "海洋安全保障取決め",
      status: "delivered",
      supersededBy: { id: "jnaam", title: "JNAAM research", titleJa: "JNAAMの共同研究" },
    }),
  ],
};

const walk = (s: DocSection): DocSection[] => [s, ...s.subsections.flatMap(walk)];
// Three or more English words in a row (the e2e test's rule for a Japanese page).
const ENGLISH_RUN = /[A-Za-z]{2,}[\s,'’-]+[A-Za-z]{2,}[\s,'’-]+[A-Za-z]{2,}/;

describe("the briefing in Japanese", () => {
  const doc = buildBriefing(data, undefined, "ja");

  it("takes its title, headings, meta and lines from the Japanese catalogue, with Japanese names and dates", () => {
    expect(doc.locale).toBe("ja");
    expect(doc.title).toBe("次回会合に向けたブリーフィング");
    expect(doc.subtitle).toBe("日英2+2");
    expect(doc.meta).toEqual([
      "2026年11月22日時点",
      "前回の会合：第4回日英2+2（2021年2月3日）",
      "根拠は2021年2月3日まで",
    ]);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "主要な数値",
      "前回の会合とその後の変化",
      "分野別の未完了の約束",
      "実現・取り下げ・置き換えられた約束",
    ]);
    const open = doc.sections[2]!;
    expect(open.subsections.map((s) => s.heading)).toEqual([
      "防衛装備・技術（未完了1件）",
      "海洋安全保障（未完了1件）",
    ]);
    const jnaam = open.subsections[0]!.blocks[1]!;
    expect(jnaam.kind === "items" && jnaam.items[0]).toMatchObject({
      title: LONG_TITLE_JA,
      lines: [
        "2021年2月3日から進行中／第2回日英2+2（2016年1月8日）で表明／実施主体：日本と英国",
        "直近の会合で表明または報告あり／期限超過：目標期日は2017年1月1日",
      ],
      quote: {
        text: QUOTE,
        lang: "en",
        source: "Japan Defense Focus No. 134、第2(2)段落、2021年2月3日（第4回日英2+2）",
        document: { title: "Japan Defense Focus No. 134", lang: "en" },
      },
    });
    expect(jnaam.kind === "items" && jnaam.items[0]!.lang).toBeUndefined();
    const changes = doc.sections[1]!;
    expect(changes.subsections[0]!.blocks[0]).toMatchObject({
      kind: "items",
      items: [{ title: "海洋安全保障取決め", lines: ["表明から実現へ（2021年2月3日報告）／海洋安全保障"] }],
    });
    expect(doc.sections[3]!.blocks[0]).toMatchObject({
      kind: "items",
      items: [
        { title: "海洋安全保障取決め", lines: ["2021年2月3日から実現／海洋安全保障／後継：「JNAAMの共同研究」"] },
      ],
    });
    const figures = doc.sections[0]!.blocks;
    expect(figures[0]).toMatchObject({
      kind: "figures",
      items: expect.arrayContaining([{ label: "期限超過", value: "1" }]),
    });
    expect(figures[1]).toMatchObject({
      kind: "text",
      text: expect.stringMatching(/^2026年11月22日までに表明された約束3件のうち、1件が実現（33%）、2件が未完了です。/),
    });
  });

  it("marks an English name standing in for a missing Japanese one, and says nothing else in English", () => {
    const items = doc.sections
      .flatMap(walk)
      .flatMap((s) => s.blocks.flatMap((b) => (b.kind === "items" ? b.items : [])));
    const acsa = items.find((i) => i.href === "/pledges/acsa")!;
    expect(acsa).toMatchObject({ title: "ACSA negotiations", lang: "en" });
    const texts = [
      doc.title,
      doc.subtitle,
      ...doc.meta,
      ...doc.sections.flatMap(walk).flatMap((s) => [
        s.heading,
        ...s.blocks.flatMap((b) =>
          b.kind === "text"
            ? [b.text]
            : b.kind === "links"
              ? [b.text, ...b.links.map((l) => l.label)]
              : b.kind === "figures"
                ? b.items.map((f) => f.label)
                : b.items.flatMap((i) => [
                    ...(i.lang ? [] : [i.title]),
                    ...i.lines,
                    // The source's document title is marked; the rest of the line is the reader's.
                    ...(i.quote ? [i.quote.source.slice(i.quote.document?.title.length ?? 0)] : []),
                  ]),
        ),
      ]),
    ];
    expect(texts.filter((t) => ENGLISH_RUN.test(t))).toEqual([]);
  });

  it("leaves the English briefing as it was, quotes unmarked", () => {
    const en = buildBriefing(data);
    expect(en.locale).toBe("en");
    expect(en.title).toBe("Briefing for the next meeting");
    expect(en.subtitle).toBe("Japan-UK 2+2");
    const block = en.sections[2]!.subsections[0]!.blocks[1]!;
    expect(block.kind === "items" && block.items[0]).toMatchObject({
      title: "JNAAM research",
      lines: [
        "In progress since 3 February 2021; made at 2nd Japan-UK 2+2, 8 January 2016; undertaken by Japan and UK",
        "made or reported on at the latest meeting; OVERDUE: target date 1 January 2017",
      ],
      quote: { text: QUOTE, source: "Japan Defense Focus No. 134, para 2(2), 3 February 2021 (4th Japan-UK 2+2)" },
    });
    expect(block.kind === "items" && block.items[0]!.quote).not.toHaveProperty("lang");
  });

  it("writes the Markdown file in Japanese, its links to the Japanese pages", () => {
    const md = briefingToMarkdown(doc, "https://tracker.example");
    expect(md.startsWith("# 次回会合に向けたブリーフィング：日英2+2\n\n*2026年11月22日時点*  \n")).toBe(true);
    expect(md).toContain("## 主要な数値\n\n| 項目 | 値 |\n| --- | ---: |\n| 表明された約束 | 3 |");
    expect(md).toContain(`- [${LONG_TITLE_JA}](https://tracker.example/ja/pledges/jnaam) — **進行中**`);
    expect(md).toContain(
      `  > “${QUOTE}”  \n  > — [Japan Defense Focus No. 134、第2(2)段落、2021年2月3日（第4回日英2+2）](https://tracker.example/ja/documents/jdf-134)`,
    );
  });
});

// Every text run of a PDF with its position, as a viewer (pdf.js) lays it out.
async function textRuns(bytes: Buffer) {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl: `${path.resolve("node_modules/pdfjs-dist/standard_fonts")}/`,
  }).promise;
  const runs: { page: number; x: number; width: number; pageWidth: number; text: string }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , pageWidth] = page.view as [number, number, number, number];
    for (const i of (await page.getTextContent()).items)
      if ("str" in i && i.str.trim()) runs.push({ page: n, x: i.transform[4], width: i.width, pageWidth, text: i.str });
  }
  await pdf.destroy();
  return runs;
}

describe("the Japanese PDF", () => {
  it("embeds a subset of Noto Sans JP and renders Japanese glyphs: its text reads back as the document's", async () => {
    const bytes = await briefingToPdf(buildBriefing(data, undefined, "ja"), "https://tracker.example");
    expect(bytes.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
    expect(bytes.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Bold/);
    const read = await pdfText(bytes);
    expect(read.title).toBe("次回会合に向けたブリーフィング：日英2+2");
    // pdf.js breaks the text into runs and lines: compare without the line breaks.
    const text = read.text.replace(/\s+/g, "");
    for (const expected of [
      "次回会合に向けたブリーフィング",
      "主要な数値",
      "分野別の未完了の約束",
      "防衛装備・技術（未完了1件）",
      "2026年11月22日時点",
      LONG_TITLE_JA,
      "海洋安全保障取決め",
      "進行中",
      "日英2+2·2026年11月22日時点·1ページ",
    ])
      expect(text).toContain(expected.replace(/\s+/g, ""));
    // The quote stays English, verbatim.
    expect(read.text).toContain(QUOTE);
  });

  it("wraps Japanese lines, which have no spaces, within the margins", async () => {
    const runs = await textRuns(await briefingToPdf(buildBriefing(data, undefined, "ja")));
    const MARGIN = 56;
    const outside = runs.filter((r) => r.x < MARGIN - 0.5 || r.x + r.width > r.pageWidth - MARGIN + 0.5);
    expect(outside.map((r) => r.text)).toEqual([]);
    // The long title is broken over lines of the text's width, each a part of it.
    const parts = runs.filter((r) => r.text.length > 4 && LONG_TITLE_JA.includes(r.text));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(parts.map((r) => r.text).join("")).toBe(LONG_TITLE_JA);
    // No line starts with a closing mark (、。）」), as Japanese typesetting keeps them at a line's end.
    expect(runs.filter((r) => /^[、。）」]/.test(r.text)).map((r) => r.text)).toEqual([]);
  });

  it("sets Japanese text in an English briefing in the Japanese font, not as question marks", async () => {
    const quoted = { ...evidence, quote: "日英間の協力を歓迎した。", documentLanguage: "ja" };
    const en = buildBriefing({ ...data, pledges: [pledge({ id: "q", evidence: quoted })], changes: [] });
    const bytes = await briefingToPdf(en);
    expect(bytes.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansJP-Regular/);
    expect((await pdfText(bytes)).text).toContain("日英間の協力を歓迎した。");
  });

  it("is built from font files that the dependency installs and the build traces", () => {
    const require = createRequire(import.meta.url);
    const installed = {
      regular: require.resolve("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf"),
      bold: require.resolve("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"),
    };
    const config = fs.readFileSync("next.config.js", "utf8");
    for (const [weight, file] of Object.entries(JAPANESE_FONT_FILES)) {
      expect(installed[weight as keyof typeof installed]).toBe(path.resolve(file));
      // outputFileTracingIncludes: `next start` and the standalone server carry the file.
      expect(config).toContain(`"./${file}"`);
    }
  });
});

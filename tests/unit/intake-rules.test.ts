import { describe, expect, it } from "vitest";
import { draftTitle, findCommitments, partnerNames, sideOf } from "@/lib/intake/commitments";
import { meetingSection } from "@/lib/intake/sections";
import { chooseQuote, splitClauses, splitSentences } from "@/lib/intake/sentences";
import { judgeStatus } from "@/lib/intake/status-cues";
import { loadDataSet } from "@/lib/seed/data-set";

// The intake's pure rules on real sentences of the collected statements.

const data = loadDataSet();
const paragraph = (document: string, label: string) =>
  data.paragraphs.get(document)!.find((p) => p.label === label)!.text;
const jdf134 = (label: string) => paragraph("jdf-134", label);

describe("status cues (the data set's rules)", () => {
  const judge = (quote: string, title = "A one-off deliverable", before = "pledged" as const) =>
    judgeStatus(quote, quote, { title, before });

  it("reads progress from “welcomed progress made on”", () => {
    const r = judge(
      "welcomed progress made on the Project for Cooperative Research on the Feasibility of a Japan and Great Britain Universal Advanced RF system",
    );
    expect(r).toMatchObject({ status: "in_progress", cues: ["welcomed progress"] });
  });

  it("reads progress from “confirmed discussions would move to the second stage” (2016, para 15)", () => {
    const quote =
      "Following the success of the first feasibility study on a Joint New Air-to-Air Missile (JNAAM), the Ministers confirmed discussions would move to the second stage";
    expect(paragraph("jpuk-2016-statement", "15")).toContain(quote);
    expect(judge(quote).status).toBe("in_progress");
  });

  it("reads delivery from a signing, but not for an undertaking no single event completes", () => {
    const quote =
      "The four Ministers welcomed the signing of a Maritime Security Arrangement to further security cooperation between the Japan Maritime Self-Defense Force and the British Royal Navy";
    expect(jdf134("2(2)")).toContain(quote);
    expect(judge(quote, "Maritime Security Arrangement between the JMSDF and the Royal Navy")).toMatchObject({
      status: "delivered",
      cues: ["signing of"],
    });
    expect(
      judge(quote, "Vigorously promote bilateral defence cooperation and exchanges for a Free and Open Indo-Pacific")
        .status,
    ).toBe("in_progress");
  });

  it("reads delivery from a meeting held (the 4th 2+2 fulfils “hold a 2+2 in the near future”)", () => {
    expect(
      judge(
        "held the fourth Japan-UK Foreign and Defence Ministers’ Meeting (“2+2”)",
        'Hold a Japan-UK "2+2" meeting in the near future',
      ).status,
    ).toBe("delivered");
  });

  it("a reaffirmation alone is not progress: the status stays what it was", () => {
    const quote =
      "The four Ministers also reaffirmed that the full implementation of the UN Security Council resolutions is essential";
    expect(judge(quote)).toMatchObject({ status: "pledged", cues: ["reaffirmed"] });
    expect(judgeStatus(quote, quote, { title: "x", before: "in_progress" }).status).toBe("in_progress");
  });

  it("a restatement of the undertaking is not progress either, nor is a sentence with no word of news", () => {
    // 4th 2+2, 2(4): "also reaffirmed that they would further promote ..." once read as in progress.
    const quote = "The four Ministers also reaffirmed that they would further promote cooperation";
    for (const q of [
      quote,
      "The Ministers shared the view to continue cooperation in capacity building",
      "Japan and the UK will continue to work together",
    ]) {
      expect(judge(q).status, q).toBe("pledged");
    }
    expect(
      judgeStatus("The Ministers discussed the carrier strike group.", "", { title: "x", before: "in_progress" }),
    ).toMatchObject({ status: "in_progress", cues: [] });
    // Words of news still count when they come with a restatement.
    expect(judge("The Ministers reaffirmed their commitment and welcomed progress made on the project").status).toBe(
      "in_progress",
    );
  });

  it("reads planning of the pledged act as progress (the rules' “planning and coordination”)", () => {
    const quote =
      "The Japanese side welcomed the UK’s announcement of the planned visit by HMS QUEEN ELIZABETH and her Carrier Strike Group to the region including East Asia this year";
    expect(jdf134("2(1)")).toContain(quote);
    expect(judge(quote)).toMatchObject({ status: "in_progress", cues: ["the planned"] });
    // Planning as a field of cooperation is not the planning of a pledged act.
    expect(judge("The Ministers discussed defence planning cooperation").status).toBe("pledged");
  });

  it("reads a delay as stalled before anything else", () => {
    expect(judge("The Ministers welcomed progress but noted that the exercise was postponed to next year").status).toBe(
      "stalled",
    );
  });
});

describe("sentence choice", () => {
  it("splits sentences without breaking at “Mr.” or “U.S.”", () => {
    const text =
      "On January 24, Minister Kishi and Defense Secretary Austin held a telephone conference. The summary is as follows.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      "On January 24, Minister Kishi and Defense Secretary Austin held a telephone conference.",
      "The summary is as follows.",
    ]);
    expect(splitSentences("Mr. MOTEGI met the U.S. Secretary. They agreed.")).toHaveLength(2);
  });

  it("quotes the clause about JNAAM from the sentence welcoming three projects (4th 2+2, 2(5))", () => {
    const text = jdf134("2(5)");
    const words = [
      { word: "missile", weight: "key" as const, idf: 3 },
      { word: "air-to-air", weight: "key" as const, idf: 3 },
      { word: "joint", weight: "key" as const, idf: 1 },
    ];
    const { quote } = chooseQuote(text, { words, aliases: [] });
    expect(quote).toBe(
      "emphasised the importance of the research programme for the demonstration of a joint new air-to-air missile",
    );
    expect(text).toContain(quote);
  });

  it("quotes the sentence welcoming the carrier strike group's planned visit (4th 2+2, 2(1))", () => {
    const text = jdf134("2(1)");
    const { quote } = chooseQuote(text, {
      words: [
        { word: "Carrier", weight: "key", idf: 3 },
        { word: "visit", weight: "key", idf: 1 },
      ],
      aliases: ["HMS Queen Elizabeth"],
    });
    expect(quote).toMatch(
      /^The Japanese side welcomed the UK’s announcement of the planned visit by HMS QUEEN ELIZABETH/,
    );
    expect(text).toContain(quote);
  });

  it("every clause is a verbatim slice of its sentence", () => {
    for (const s of splitSentences(jdf134("2(5)")))
      for (const c of splitClauses(s)) expect(jdf134("2(5)").slice(c.start, c.start + c.text.length)).toBe(c.text);
  });
});

describe("commitments, side and title", () => {
  it("finds “agreed to meet in person” and its subject (Japan-US, 24 January 2021)", () => {
    const text = paragraph(
      "jdf-133",
      data.paragraphs.get("jdf-133")!.find((p) => p.text.startsWith("The Ministers agreed to meet in person"))!.label,
    );
    const [c] = findCommitments(text);
    expect(c).toMatchObject({ cue: "agreed to" });
    expect(draftTitle(c!)).toMatch(/^Meet in person at the earliest timing possible/);
    expect(sideOf(c!.subject, partnerNames("US"))).toBe("both");
  });

  it("tells the sides apart", () => {
    expect(sideOf("Minister Kishi stated his intention ", partnerNames("UK"))).toBe("japan");
    expect(sideOf("The UK ", partnerNames("UK"))).toBe("partner");
    expect(sideOf("The four Ministers ", partnerNames("UK"))).toBe("both");
  });

  it("finds no commitment in a statement of fact", () => {
    expect(findCommitments("The summary is as follows.")).toEqual([]);
  });
});

describe("sections of a digest reporting several meetings", () => {
  it("reads only the January 14 teleconference's part of Japan Defense Focus 133", () => {
    const doc = data.documents.find((d) => d.id === "jdf-133")!;
    const dates = doc.meetings.map((m) => data.meetings.find((x) => x.id === m)!.date);
    const ps = data.paragraphs.get("jdf-133")!;
    const section = meetingSection(ps, "2021-01-14", dates).map((i) => ps[i]!.text);
    expect(section[0]).toMatch(/^On January 14, Minister Kishi held a teleconference/);
    expect(section.join(" ")).not.toMatch(/Parly|Austin|Rajnath/);
  });

  it("reads a document of one meeting whole", () => {
    expect(meetingSection([{ text: "a" }, { text: "b" }], "2021-02-03", ["2021-02-03"])).toEqual([0, 1]);
  });
});

describe("commitments in a list", () => {
  it("drafts each item of “would continue this programme, including: a; b; and c” (2016, para 16)", () => {
    const text = data.paragraphs.get("jpuk-2016-statement")!.find((p) => p.label === "16")!.text;
    const quotes = findCommitments(text).map((c) => c.quote);
    expect(quotes).toEqual(
      expect.arrayContaining([
        "continuing joint exercises on mine sweeping in the Gulf",
        "considering cooperating to improve amphibious capability",
        "improving counter-IED (Improvised Explosive Device) capability",
      ]),
    );
    for (const q of quotes) expect(text).toContain(q);
  });
});

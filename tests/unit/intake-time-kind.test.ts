import { describe, expect, it } from "vitest";
import { laterInstance, meetingHeldFor, pledgeYears, proceduralCue, yearsIn } from "@/lib/intake/time-kind";
import { judgeStatus } from "@/lib/intake/status-cues";
import { draftTitle, findCommitments, leadIn } from "@/lib/intake/commitments";
import { paraphrasesOf } from "@/lib/intake/paraphrase";
import { fitLinkModel, predict } from "@/lib/intake/model";
import type { LinkFeatures } from "@/lib/intake/types";

// Sentences written for these tests (a Japan-Netherlands and a Japan-Poland dialogue that the
// data set does not hold), in the shapes later statements take.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("procedural sentences", () => {
  it.each([
    "On 12 May, Minister A and Minister B held the third Japan-Netherlands Foreign and Defence Ministers' Meeting in The Hague.",
    "The overview of the meeting is as follows.",
    "At the outset of the meeting, Minister A made opening remarks.",
    "The talks were attended by senior officials of both ministries.",
    "The meeting, which was held via video conference, lasted ninety minutes.",
  ])("%s is about the meeting, not a pledge", (s) => {
    expect(proceduralCue(s)).not.toBeNull();
  });

  it.each([
    "The Ministers agreed that a seminar on disaster relief would be held in Manila in March.",
    "The Ministers welcomed the joint exercise held off Kyushu in October.",
    "Both sides will dispatch officers to each other's staff colleges.",
  ])("%s is not procedural", (s) => {
    expect(proceduralCue(s)).toBeNull();
  });

  const holdNext = {
    title: "Hold the next Japan-Netherlands 2+2 in Tokyo",
    text: "The Ministers agreed to hold the next 2+2 in Tokyo.",
  };
  const followUp = {
    title: "Follow up this meeting and report to the next 2+2",
    text: "The Ministers instructed officials to follow up and report to the next Foreign and Defence Ministers' Meeting.",
  };
  const umbrella = {
    title: "Promote defence exchanges",
    text: "They would promote defence exchanges, including the 2+2 meeting next year and staff talks.",
  };
  const inPerson = {
    title: "Defence ministers to meet in person",
    text: "The Ministers agreed to meet in person soon.",
  };
  const held = "On 9 June, the four Ministers held the fourth Japan-Netherlands “2+2” in Tokyo.";

  it("a meeting of the kind a pledge undertakes, held, delivers it; reporting to a meeting is no such pledge", () => {
    expect(meetingHeldFor(holdNext, held)).toMatch(/2\+2 meeting was held/);
    expect(meetingHeldFor(umbrella, held)).toMatch(/2\+2/);
    expect(meetingHeldFor(followUp, held)).toBeNull();
  });

  it("a meeting of another kind, or by video for an in-person meeting, delivers nothing", () => {
    expect(meetingHeldFor(holdNext, "Minister A held a Defence Ministers' teleconference with Minister B.")).toBeNull();
    expect(
      meetingHeldFor(inPerson, "Minister A held a Defence Ministers' Meeting with Minister B via video conference."),
    ).toBeNull();
    expect(
      meetingHeldFor(inPerson, "Minister A held a Defence Ministers' Meeting with Minister B in Tokyo."),
    ).not.toBeNull();
  });
});

describe("a pledge's own time", () => {
  const visit2016 = {
    title: "Dutch frigate visit to Japan in 2016",
    targetDate: day("2016-12-31"),
    made: day("2016-01-08"),
  };
  const nextYear = { title: "Joint staff talks next year", targetDate: null, made: day("2019-03-01") };
  const undated = { title: "Continue joint exercises", targetDate: null, made: day("2016-01-08") };

  it("reads the years of the title, the target and 'next year' from when it was made", () => {
    expect(pledgeYears(visit2016)).toEqual([2016]);
    expect(pledgeYears(nextYear)).toEqual([2020]);
    expect(yearsIn("after last year's visit and before the 2019 exercise", 2018)).toEqual([2017, 2019]);
  });

  it("a later instance of the same kind of event reports on, not fulfils, an old dated pledge", () => {
    const s = "The Netherlands will send a frigate to train with the JMSDF in 2018.";
    expect(laterInstance(visit2016, s, day("2018-02-01"))).toMatch(/later instance/);
    const forward = "The Netherlands will send another frigate to Japan.";
    expect(laterInstance(visit2016, forward, day("2018-02-01"))).toMatch(/new instance/);
  });

  it("a sentence naming the pledge's own year, 'last year' included, can deliver it", () => {
    const s = "They will continue to work closely after the successful visit of the Dutch frigate to Japan last year.";
    expect(laterInstance(visit2016, s, day("2017-01-20"))).toBeNull();
    expect(laterInstance(undated, "They will continue joint exercises in 2025.", day("2024-01-01"))).toBeNull();
  });
});

describe("status from the words", () => {
  const visit = { title: "Dutch frigate visit to Japan in 2016", before: "pledged" as const };

  it("counts past completion inside a forward-looking sentence", () => {
    const s = "They will continue to work closely after the successful deployment of the frigate to Japan last year.";
    expect(judgeStatus(s, s, visit).status).toBe("delivered");
    const done = "The joint study on mine countermeasures has been completed.";
    expect(
      judgeStatus(done, done, { title: "Joint study on mine countermeasures", before: "in_progress" }).status,
    ).toBe("delivered");
  });

  it("reads an aim as no news: 'the early conclusion of negotiations' concludes nothing", () => {
    const s = "They supported the early conclusion of negotiations on a code of conduct.";
    expect(judgeStatus(s, s, { title: "Code of conduct negotiations", before: "pledged" }).status).toBe("pledged");
  });

  it("a dialogue pledge is in progress when the views were exchanged", () => {
    const paragraph = "The Ministers shared concerns about the region. They exchanged views on the Baltic Sea.";
    const quote = "The Ministers shared concerns about the region.";
    const pledge = { title: "Continue exchanging views on the Baltic Sea", before: "pledged" as const };
    expect(judgeStatus(quote, quote, pledge, paragraph).status).toBe("in_progress");
  });
});

describe("drafts", () => {
  const date = day("2025-06-01");

  it("keeps the subject and the year in the title", () => {
    const [c] = findCommitments("The Ministers welcomed that HNLMS Tromp would visit Japan next year.");
    expect(draftTitle(c!, { date })).toBe("HNLMS Tromp to visit Japan in 2026");
  });

  it("never cuts a title inside a word or on a dangling word", () => {
    const [c] = findCommitments(
      "The Ministers agreed to establish a permanent working group on the joint development and production of unmanned maritime systems and their sensors.",
    );
    const title = draftTitle(c!, { date });
    expect(title.split(" ").length).toBeLessThanOrEqual(16);
    expect(title).not.toMatch(/\s(?:and|the|of|on)$/);
    expect(title).toMatch(/^Establish a permanent working group/);
  });

  it("folds a lead-in into the items under it and drafts no lead-in on its own", () => {
    const lead = leadIn("In 2026, the Netherlands will:");
    expect(lead).not.toBeNull();
    expect(findCommitments("In 2026, the Netherlands will:")).toEqual([]);
    const [item] = findCommitments("-- deploy a frigate to the Indo-Pacific for joint exercises.", { lead: lead! });
    expect(item!.quote).toBe("deploy a frigate to the Indo-Pacific for joint exercises.");
    expect(draftTitle(item!, { date })).toMatch(/^The Netherlands to deploy a frigate to the Indo-Pacific/);
  });

  it("drops list markers from quotes", () => {
    const [c] = findCommitments("(2) The two sides agreed to exchange liaison officers.");
    expect(c!.quote).toBe("The two sides agreed to exchange liaison officers.");
  });

  it("drafts no position and no hope", () => {
    expect(findCommitments("The Ministers would never accept any change to the status quo by force.")).toEqual([]);
    expect(
      findCommitments("The Ministers looked forward to the UK's presidency, which would bring new energy."),
    ).toEqual([]);
  });

  it("recognises 'agreed a/the ...', 'concurred on' and a restated intention", () => {
    expect(findCommitments("The Ministers agreed a three-year plan of joint exercises.")).toHaveLength(1);
    expect(findCommitments("Both concurred on promoting cooperation on space situational awareness.")).toHaveLength(1);
    expect(findCommitments("The Ministers reaffirmed their intention to combat piracy together.")).toHaveLength(1);
  });

  it("drafts each undertaking of 'committed to A, and to B' on its own", () => {
    const quotes = findCommitments(
      "The Ministers committed to cooperate on port security in the region, and to coordinate closely on approaches to piracy off Somalia.",
    ).map((c) => c.quote);
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatch(/^to coordinate closely on approaches to piracy/);
  });
  it("leaves the predicate out of the actor: 'expressed their commitment to' drafts the act", () => {
    const [first, second] = findCommitments(
      "The Ministers expressed their commitment to deepen maritime domain awareness, and to share satellite imagery.",
    );
    expect(draftTitle(first!, { date })).toBe("Deepen maritime domain awareness");
    expect(draftTitle(second!, { date })).toBe("Share satellite imagery");
  });

  it("never cuts a word's first letters as if they were 'in' or 'to'", () => {
    const [c] = findCommitments("They planned to intensify exchanges between their coast guards.");
    expect(draftTitle(c!, { date })).toBe("Intensify exchanges between their coast guards");
    const [d] = findCommitments("The two sides agreed to tonnage limits for the shared depot.");
    expect(draftTitle(d!, { date })).toBe("Tonnage limits for the shared depot");
  });

  it("reads no commitment into a relative clause ('those who would ...')", () => {
    expect(
      findCommitments("Japanese and British citizens alike face groups who would undermine open societies."),
    ).toEqual([]);
    expect(findCommitments("The UK condemned the militias, which will target shipping.")).toEqual([]);
  });
  it("titles an event by the event, not by where or when it happens", () => {
    const [c] = findCommitments(
      "The Ministers noted the preparations for a workshop on maritime law for Pacific states to be held in Fiji in May 2026.",
    );
    expect(draftTitle(c!, { date })).toMatch(/^A workshop on maritime law for Pacific states to be held in Fiji/);
    const [d] = findCommitments("Japan welcomed the Netherlands' planned participation in exercise Pitch Black 2026.");
    expect(draftTitle(d!, { date })).toBe("The Netherlands' planned participation in exercise Pitch Black 2026");
  });

  it("reads no commitment into what other countries intend", () => {
    expect(
      findCommitments(
        "Rivalry among states that intend to reshape the regional order is growing, the Ministers noted.",
      ),
    ).toEqual([]);
  });

  it("drafts 'urged X to conclude' as X to conclude, and drops a linking phrase from the actor", () => {
    const [c] = findCommitments(
      "To this end, the Ministers urged the working group to conclude its review by the summer.",
    );
    expect(draftTitle(c!, { date })).toBe("The working group to conclude its review by the summer");
    const [d] = findCommitments("In this context, both Ministers affirmed they would expand joint patrols.");
    expect(draftTitle(d!, { date })).toBe("Expand joint patrols");
  });

  it("keeps an item that starts with a verb in -ing readable after its actor", () => {
    const lead = leadIn("The Netherlands and Japan will:");
    const [item] = findCommitments("- continuing joint mine-countermeasure drills in the Gulf.", { lead: lead! });
    expect(draftTitle(item!, { date })).toBe(
      "The Netherlands and Japan: continuing joint mine-countermeasure drills in the Gulf",
    );
  });
});

describe("paraphrase and the link model", () => {
  it("a title about exercises also matches training, soldiers' training, drills", () => {
    expect(paraphrasesOf("Continue joint exercises")).toEqual(expect.arrayContaining(["train", "training", "drill"]));
    expect(paraphrasesOf("Strengthen cyber cooperation")).toContain("cybersecurity");
  });

  it("fits weights that rank a covered, aliased candidate above a stray one, and shows each part", () => {
    const f = (k: number, share: number, alias = 0): LinkFeatures => ({
      keyCoverage: k,
      textScore: k / 2,
      alias,
      rankCd: k / 3,
      titleSimilarity: k / 2,
      share,
    });
    const samples = [
      ...Array.from({ length: 12 }, (_, i) => ({ features: f(0.6 + (i % 4) * 0.1, 1, i % 2), label: true })),
      ...Array.from({ length: 60 }, (_, i) => ({ features: f((i % 10) * 0.04, 0.3 + (i % 5) * 0.1), label: false })),
    ];
    const model = fitLinkModel(samples);
    const strong = predict(model, f(0.8, 1, 1));
    const weak = predict(model, f(0.1, 0.4));
    expect(strong.probability).toBeGreaterThan(0.5);
    expect(weak.probability).toBeLessThan(0.5);
    expect(Object.keys(strong.contributions)).toEqual(expect.arrayContaining(["bias", "keyCoverage", "alias"]));
  });
});

import { describe, expect, it } from "vitest";
import { findDataSetProblems, loadDataSet, type LoadedDataSet } from "@/lib/seed/data-set";
import type { TSeedPledge } from "@/lib/validation/seed";

// The real data set (prisma/seed/) must be internally consistent, and every pledge and status
// update must quote its source verbatim: that is what makes the tracker trustworthy.

const data = loadDataSet();

// A pledge quoting the first 40 characters of a real paragraph, so these tests do not depend
// on how far prisma/seed/pledges.json has been written.
function citingPledge(dataSet: LoadedDataSet): TSeedPledge {
  const document = dataSet.documents[0]!;
  const paragraph = dataSet.paragraphs.get(document.id)!.find((p) => p.text.length > 40)!;
  const meeting = dataSet.meetings.find((m) => m.id === document.meetings[0])!;
  const cite = { document: document.id, paragraph: paragraph.label, quote: paragraph.text.slice(0, 40).trim() };
  return {
    id: "test-pledge",
    dialogue: meeting.dialogue,
    meeting: meeting.id,
    area: dataSet.areas[0]!.id,
    side: "both",
    title: "A pledge made up for the test",
    text: paragraph.text,
    cite,
    tags: [],
    updates: [{ status: "in_progress", meeting: meeting.id, cite }],
  };
}

const withPledges = (pledges: TSeedPledge[]): LoadedDataSet => ({ ...data, pledges });

describe("the seed data set", () => {
  it("loads, with every document split into paragraphs", () => {
    expect(data.documents.length).toBeGreaterThan(0);
    for (const doc of data.documents) expect(data.paragraphs.get(doc.id)?.length, doc.id).toBeGreaterThan(0);
  });

  it("has no problems: every reference resolves and every quote is verbatim in its paragraph", () => {
    expect(findDataSetProblems(data)).toEqual([]);
  });
});

describe("findDataSetProblems can fail", () => {
  it("accepts a pledge whose quotes are verbatim", () => {
    expect(findDataSetProblems(withPledges([...data.pledges, citingPledge(data)]))).toEqual([]);
  });

  it("reports a tampered pledge quote", () => {
    const pledge = citingPledge(data);
    pledge.cite = { ...pledge.cite, quote: `${pledge.cite.quote} (and more)` };
    expect(findDataSetProblems(withPledges([pledge]))).toEqual([
      expect.stringMatching(/^pledge test-pledge: quote is not verbatim in /),
    ]);
  });

  it("reports a tampered status-update quote and a paragraph that does not exist", () => {
    const pledge = citingPledge(data);
    const cite = pledge.updates[0]!.cite;
    pledge.updates = [
      { status: "delivered", meeting: pledge.meeting, cite: { ...cite, quote: cite.quote.replace(/\w/, "#") } },
      { status: "delivered", meeting: pledge.meeting, cite: { ...cite, paragraph: "999" } },
    ];
    expect(findDataSetProblems(withPledges([pledge]))).toEqual([
      expect.stringMatching(/^pledge test-pledge update 1: quote is not verbatim/),
      expect.stringMatching(/^pledge test-pledge update 2: document .* has no paragraph 999$/),
    ]);
  });

  it("reports a tampered quote among the real pledges, when there are any", () => {
    const [first, ...rest] = data.pledges;
    if (!first) return; // prisma/seed/pledges.json is still empty
    const tampered = { ...first, cite: { ...first.cite, quote: `${first.cite.quote}!?` } };
    expect(findDataSetProblems(withPledges([tampered, ...rest]))).toContainEqual(
      expect.stringMatching(new RegExp(`^pledge ${first.id}: quote is not verbatim`)),
    );
  });
});

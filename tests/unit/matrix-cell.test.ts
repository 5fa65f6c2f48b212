import { describe, expect, it } from "vitest";
import { valueTicks } from "@/lib/domain/chart-scale";
import { describeCell, presentCell, shortMeetingName } from "@/lib/domain/matrix-cell";

describe("matrix cells read aloud", () => {
  it("says the pledge, the meeting, the status and what the meeting said", () => {
    const meeting = shortMeetingName({ ordinal: 4, kind: "two_plus_two" });
    expect(describeCell("JNAAM research", meeting, { kind: "no-report", status: "in_progress" })).toBe(
      "JNAAM research, 4th 2+2: in progress, no report at this meeting",
    );
    expect(describeCell("ACSA", meeting, { kind: "reported", status: "delivered", updateId: "u1" })).toBe(
      "ACSA, 4th 2+2: delivered, reported at this meeting",
    );
    expect(describeCell("ACSA", "2+2", { kind: "made", status: "pledged" })).toBe(
      "ACSA, 2+2: made at this meeting, pledged",
    );
    expect(describeCell("ACSA", "2+2", { kind: "not-yet" })).toBe("ACSA, 2+2: not yet pledged");
  });

  it("always shows the status word beside the colour", () => {
    expect(presentCell({ kind: "reported", status: "partly_delivered", updateId: "u" })).toMatchObject({
      text: "Partly delivered",
      status: "partly_delivered",
      look: "filled",
    });
    expect(presentCell({ kind: "no-report", status: "stalled" })).toMatchObject({ text: "Stalled ∅", look: "hatched" });
  });

  it("says why a silent meeting is not silence: not expected, not reviewed, not collected", () => {
    expect(presentCell({ kind: "not-expected", status: "pledged" })).toMatchObject({
      text: "Pledged",
      look: "empty",
      status: null,
    });
    expect(describeCell("EPA", "Defence ministers", { kind: "not-expected", status: "pledged" })).toBe(
      "EPA, Defence ministers: pledged, not expected to report on this area",
    );
    expect(describeCell("ACSA", "3rd 2+2", { kind: "not-collected", status: "pledged" })).toBe(
      "ACSA, 3rd 2+2: pledged, statement not collected",
    );
    expect(presentCell({ kind: "not-reviewed", status: "in_progress" })).toMatchObject({
      text: "Not reviewed",
      look: "empty",
    });
  });
});

describe("chart value axis", () => {
  it("ends on a round number at or above the largest value", () => {
    expect(valueTicks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(valueTicks(64)).toEqual([0, 20, 40, 60, 80]);
    expect(valueTicks(3)).toEqual([0, 1, 2, 3]);
    expect(valueTicks(0)).toEqual([0, 1]);
  });
});

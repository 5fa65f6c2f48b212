import { describe, expect, it } from "vitest";
import { closesPredecessor, predecessorProblem } from "@/lib/domain/lineage";

describe("predecessorProblem", () => {
  const pledge = { dialogueId: "japan-uk", madeOn: "2016-01-08" };
  it("accepts an earlier pledge of the same dialogue made before or on the same day", () => {
    expect(predecessorProblem({ dialogueId: "japan-uk", madeOn: "2015-01-21" }, pledge)).toBeNull();
    expect(predecessorProblem({ dialogueId: "japan-uk", madeOn: "2016-01-08" }, pledge)).toBeNull();
  });
  it("refuses another dialogue's pledge and a later one", () => {
    expect(predecessorProblem({ dialogueId: "japan-us", madeOn: "2015-01-21" }, pledge)).toMatch(/same dialogue/);
    expect(predecessorProblem({ dialogueId: "japan-uk", madeOn: "2021-02-03" }, pledge)).toMatch(/at or before/);
  });
});

describe("closesPredecessor", () => {
  const supersedes = { id: "epa-2015", link: "supersedes" as const };
  const open = { status: "pledged" as const, since: "2015-01-21" };
  it("closes an open earlier pledge when the link is new", () => {
    expect(closesPredecessor(null, supersedes, open, "2016-01-08")).toBe(true);
    expect(closesPredecessor({ id: "epa-2015", link: "continues" }, supersedes, open, "2016-01-08")).toBe(true);
    expect(closesPredecessor({ id: "other", link: "supersedes" }, supersedes, open, "2016-01-08")).toBe(true);
  });
  it("does not close again on a later save, nor for 'continues', nor a closed pledge", () => {
    expect(closesPredecessor(supersedes, supersedes, open, "2016-01-08")).toBe(false);
    expect(closesPredecessor(null, { id: "epa-2015", link: "continues" }, open, "2016-01-08")).toBe(false);
    expect(closesPredecessor(null, supersedes, { status: "delivered", since: "2015-06-01" }, "2016-01-08")).toBe(false);
  });
  it("leaves an earlier pledge whose reports go on after the restatement", () => {
    expect(closesPredecessor(null, supersedes, { status: "in_progress", since: "2021-02-03" }, "2016-01-08")).toBe(
      false,
    );
  });
});

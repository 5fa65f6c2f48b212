import { describe, expect, it } from "vitest";
import { dataSetBefore } from "@/lib/intake/replay";
import { loadAliases } from "@/lib/seed/aliases";
import { loadDataSet } from "@/lib/seed/data-set";

// What the intake may know when a meeting is replayed: nothing first written at or after it.

const data = loadDataSet();
const aliases = loadAliases();
const names = (meeting: string, pledge: string) =>
  (dataSetBefore(data, aliases, meeting).aliases[pledge] ?? []).map((a) => a.alias);

describe("dataSetBefore", () => {
  it("keeps the names written before the meeting and drops those of its own statement or of later pages", () => {
    const known = names("jpuk-2plus2-2021", "jpuk-carrier-strike-group");
    expect(known).toContain("HMS Queen Elizabeth");
    expect(known).not.toContain("CSG21");
    expect(known).not.toContain("空母打撃群");
    expect(names("jpuk-2plus2-2016", "jpuk-2015-scs-coc")).toEqual(["COC"]);
  });

  it("removes the pledges made at or after the meeting, and the later updates", () => {
    const before = dataSetBefore(data, aliases, "jpuk-2plus2-2016").data;
    expect(before.pledges.every((p) => p.meeting === "jpuk-2plus2-2015")).toBe(true);
    expect(before.pledges.flatMap((p) => p.updates).every((u) => u.meeting === "jpuk-2plus2-2015")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { attentionByArea } from "@/lib/data/charts";
import { getBriefingData } from "@/lib/briefing/data";
import { listPledges } from "@/lib/data/pledges";
import { evidenceUpTo, headlineFigures } from "@/lib/data/progress";
import { today } from "@/lib/domain/dates";
import { data, expectedDeadline, pledgesOf, updateDate } from "./expected-from-seed";

// Overdue (a report after the target found the pledge unfinished) versus past target,
// unconfirmed (no later report), computed from the seed files and compared with every place
// that shows them.

const now = today();
const standing = (p: (typeof data.pledges)[number]) => expectedDeadline(p, now);
const ids = (dialogue: string | undefined, s: "overdue" | "unconfirmed") =>
  pledgesOf(dialogue)
    .filter((p) => standing(p) === s)
    .map((p) => p.id)
    .sort();

describe("overdue versus past target, unconfirmed on the real data set", () => {
  it("has pledges of both kinds, so the checks below can fail", () => {
    expect(ids(undefined, "unconfirmed").length).toBeGreaterThan(0);
    expect(ids("japan-uk", "unconfirmed")).toContain("jpuk-raf-typhoon-visit-2016");
  });

  it.each([undefined, "japan-uk"])("lists and counts them the same way in dialogue %s", async (dialogue) => {
    const overdue = await listPledges({ dialogue, overdue: true });
    const unconfirmed = await listPledges({ dialogue, unconfirmed: true });
    expect(overdue.rows.map((r) => r.id).sort()).toEqual(ids(dialogue, "overdue"));
    expect(unconfirmed.rows.map((r) => r.id).sort()).toEqual(ids(dialogue, "unconfirmed"));
    for (const r of unconfirmed.rows) expect([r.overdue, r.unconfirmed], r.id).toEqual([false, true]);
    const figures = await headlineFigures({ dialogue });
    expect([figures.overdue, figures.unconfirmed]).toEqual([
      ids(dialogue, "overdue").length,
      ids(dialogue, "unconfirmed").length,
    ]);
    const areas = await attentionByArea({ dialogue });
    expect(areas.reduce((n, a) => n + a.overdue, 0)).toBe(figures.overdue);
    expect(areas.reduce((n, a) => n + a.unconfirmed, 0)).toBe(figures.unconfirmed);
  });

  it("tells the briefing the same, and how far the evidence runs", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-uk", asOf: now }))!;
    expect(
      b.pledges
        .filter((p) => p.unconfirmed)
        .map((p) => p.id)
        .sort(),
    ).toEqual(ids("japan-uk", "unconfirmed"));
    expect(
      b.pledges
        .filter((p) => p.overdue)
        .map((p) => p.id)
        .sort(),
    ).toEqual(ids("japan-uk", "overdue"));
    expect(b.evidenceUpTo).toBe("2021-02-03");
    expect(await evidenceUpTo("japan-uk")).toBe("2021-02-03");
    const latest = data.pledges
      .flatMap((p) => p.updates.map(updateDate))
      .concat(data.meetings.filter((m) => m.statementCollected).map((m) => m.date));
    expect(await evidenceUpTo()).toBe(latest.sort().at(-1));
  });
});

describe("a superseded pledge", () => {
  it("closes as dropped, linked from its successor, and is neither overdue nor unconfirmed", async () => {
    const { db } = await import("@/lib/db/client");
    const [old, successor] = await Promise.all([
      db.pledge.findUniqueOrThrow({ where: { id: "jpuk-2015-eu-japan-epa" }, select: { currentStatus: true } }),
      db.pledge.findUniqueOrThrow({
        where: { id: "jpuk-eu-japan-epa-2016" },
        select: { predecessorId: true, predecessorLink: true },
      }),
    ]);
    expect(old.currentStatus).toBe("dropped");
    expect(successor).toEqual({ predecessorId: "jpuk-2015-eu-japan-epa", predecessorLink: "supersedes" });
    const overdue = await listPledges({ dialogue: "japan-uk", overdue: true });
    const unconfirmed = await listPledges({ dialogue: "japan-uk", unconfirmed: true });
    expect([...overdue.rows, ...unconfirmed.rows].map((r) => r.id)).not.toContain("jpuk-2015-eu-japan-epa");
    expect(unconfirmed.rows.map((r) => r.id)).toContain("jpuk-eu-japan-epa-2016");
  });
});

import { describe, expect, it } from "vitest";
import { pledgesNeedingAttention } from "@/lib/data/charts";
import { getBriefingData } from "@/lib/briefing/data";
import { statusMatrix } from "@/lib/data/matrix";
import { db } from "@/lib/db/client";
import { expectsReport, POLICY_FIELDS } from "@/lib/domain/coverage";
import { today } from "@/lib/domain/dates";
import { MEETING_KINDS } from "@/lib/domain/status";
import { expectedSilence } from "./expected-silence";
import { data, pledgesOf } from "./expected-from-seed";

// The coverage rule (lib/domain/coverage.ts) and its SQL twin must agree, and the real data set
// must show what an analyst expects of it.

describe("meeting_expects_report in SQL", () => {
  it("agrees with expectsReport on every kind of meeting and field", async () => {
    const rows = await db.$queryRaw<{ kind: string; field: string; expected: boolean }[]>`
      SELECT k.kind::text AS kind, f.field::text AS field, meeting_expects_report(k.kind, f.field) AS expected
        FROM unnest(enum_range(NULL::"MeetingKind")) AS k(kind), unnest(enum_range(NULL::"PolicyField")) AS f(field)`;
    expect(rows).toHaveLength(MEETING_KINDS.length * POLICY_FIELDS.length);
    for (const r of rows) {
      expect(r.expected, `${r.kind} ${r.field}`).toBe(
        expectsReport(r.kind as (typeof MEETING_KINDS)[number], r.field as (typeof POLICY_FIELDS)[number]),
      );
    }
  });
});

describe("the coverage rule on the real data set", () => {
  const now = today();

  it("does not count the defence teleconference as silence on the EU-Japan EPA", async () => {
    const { rows } = await pledgesNeedingAttention({ dialogue: "japan-uk" }, 500);
    const epa = pledgesOf("japan-uk").find((p) => p.id === "jpuk-eu-japan-epa-2016")!;
    const row = rows.find((r) => r.id === epa.id);
    // Only the 4th 2+2 was expected to report on it: the 3rd has no statement, the teleconference is defence-only.
    expect(expectedSilence(epa, now)).toBe(1);
    if (row) expect(row.silent).toBe(1);
    const matrix = await statusMatrix("japan-uk", {}, 1);
    const cells = matrix.rows.find((r) => r.id === epa.id)!.cells;
    const at = (id: string) => cells[matrix.meetings.findIndex((m) => m.id === id)]!.kind;
    expect([at("jpuk-2plus2-2017"), at("jpuk-defence-2021-01"), at("jpuk-2plus2-2021")]).toEqual([
      "not-collected",
      "not-expected",
      "no-report",
    ]);
  });

  it("shows the 3rd 2+2 as a column whose cells say the statement was not collected", async () => {
    const matrix = await statusMatrix("japan-uk", {}, 1);
    const i = matrix.meetings.findIndex((m) => m.id === "jpuk-2plus2-2017");
    expect(matrix.meetings.map((m) => m.date)).toEqual(
      data.meetings
        .filter((m) => m.dialogue === "japan-uk")
        .map((m) => m.date)
        .sort(),
    );
    const made = matrix.rows.filter((r) => r.cells[i]!.kind !== "not-yet");
    expect(made.length).toBeGreaterThan(0);
    for (const r of made) expect(r.cells[i]!.kind, r.id).toBe("not-collected");
  });

  it("never makes a Japan-US pledge stale for the service chiefs' calls that did not repeat it", async () => {
    const b = (await getBriefingData({ dialogueId: "japan-us", asOf: now }))!;
    expect(b.pledges.length).toBe(pledgesOf("japan-us").length);
    for (const p of b.pledges) expect(p.silent, p.id).toBe(0);
    expect(b.figures.stale).toBe(0);
  });
});

describe("not reviewed is not silence", () => {
  it("leaves an unreviewed meeting out of the count until it is reviewed", async () => {
    const meeting = await db.meeting.create({
      data: {
        id: "jpuk-2plus2-future",
        dialogueId: "japan-uk",
        title: "5th Japan-UK 2+2",
        date: new Date("2021-06-01T00:00:00Z"),
        format: "video",
        kind: "two_plus_two",
      },
      select: { id: true },
    });
    const asOf = "2021-06-02";
    const before = (await getBriefingData({ dialogueId: "japan-uk", asOf }))!;
    await db.meeting.update({ where: { id: meeting.id }, data: { reviewedAt: new Date() } });
    const after = (await getBriefingData({ dialogueId: "japan-uk", asOf }))!;
    const open = before.pledges.filter(
      (p) => p.status !== "delivered" && p.status !== "dropped" && p.madeOn < "2021-06-01",
    );
    expect(open.length).toBeGreaterThan(0);
    for (const p of open) expect(after.pledges.find((x) => x.id === p.id)!.silent, p.id).toBe(p.silent + 1);
    const matrix = await statusMatrix("japan-uk", {}, 1);
    expect(matrix.meetings.at(-1)).toMatchObject({ id: meeting.id, reviewed: true });
    await db.meeting.delete({ where: { id: meeting.id } });
  });
});

import { describe, expect, it } from "vitest";
import { getPledge, listPledges, PAGE_SIZE } from "@/lib/data/pledges";
import { statusMatrix } from "@/lib/data/matrix";
import { countBy, data, expectedStatus, pledgesOf } from "./expected-from-seed";
import { PLEDGE_SORT_KEYS, type PledgeSort } from "@/lib/domain/pledge-sort";
import { STATUSES } from "@/lib/domain/status";

type ListRow = Awaited<ReturnType<typeof listPledges>>["rows"][number];

describe("listPledges", () => {
  it("paginates every pledge", async () => {
    const first = await listPledges({}, { page: 1 });
    expect(first.total).toBe(data.pledges.length);
    expect(first.rows).toHaveLength(Math.min(PAGE_SIZE, data.pledges.length));
    const pages = await Promise.all(Array.from({ length: first.pages }, (_, i) => listPledges({}, { page: i + 1 })));
    const ids = pages.flatMap((p) => p.rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(data.pledges.length);
  });

  it("filters by area and status together", async () => {
    const expected = pledgesOf("japan-uk").filter(
      (p) => p.area === "defence-equipment" && expectedStatus(p) === "in_progress",
    );
    const result = await listPledges({ dialogue: "japan-uk", area: "defence-equipment", status: "in_progress" });
    expect(result.rows.map((r) => r.id).sort()).toEqual(expected.map((p) => p.id).sort());
    expect(result.rows.every((r) => r.status === "in_progress" && r.area.id === "defence-equipment")).toBe(true);
  });

  it("filters by meeting, side and tag, and searches title and text case-insensitively", async () => {
    const made2016 = await listPledges({ meeting: "jpuk-2plus2-2016" });
    expect(made2016.total).toBe(data.pledges.filter((p) => p.meeting === "jpuk-2plus2-2016").length);
    const partner = await listPledges({ dialogue: "japan-uk", side: "partner" });
    expect(partner.total).toBe(countBy(pledgesOf("japan-uk"), (p) => p.side).partner ?? 0);
    const jnaam = await listPledges({ tag: "jnaam" });
    expect(jnaam.rows.map((r) => r.id)).toContain("jpuk-jnaam");
    const search = await listPledges({ q: "AIR-TO-AIR" });
    expect(search.rows.map((r) => r.id)).toContain("jpuk-jnaam");
    // Literal % and _ in searches: tests/integration/filters-agree.test.ts.
  });

  it("sorts by title in both directions and flags overdue pledges", async () => {
    const asc = await listPledges({ dialogue: "japan-uk" }, { sort: "title", dir: "asc" });
    const titles = asc.rows.map((r) => r.title);
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })).slice(0, titles.length),
    );
    const desc = await listPledges({ dialogue: "japan-uk" }, { sort: "title", dir: "desc" });
    expect(desc.rows[0]!.title >= desc.rows.at(-1)!.title).toBe(true);
    const overdue = await listPledges({ overdue: true });
    expect(overdue.rows.every((r) => r.overdue)).toBe(true);
  });

  // Every order, both ways, across all pages: each page continues the one before on the sort key
  // (checked here from the seed, independently of the SQL), and no pledge is skipped or repeated.
  const areaPosition = new Map(data.areas.map((a, i) => [a.id, i + 1]));
  const sortKey: Record<PledgeSort, ((r: ListRow) => string | number | null) | null> = {
    made: (r) => r.meeting.date,
    title: null, // collation-dependent; the title sort test above covers it
    status: (r) => STATUSES.indexOf(r.status),
    area: (r) => areaPosition.get(r.area.id)!,
    updated: (r) => r.statusDate,
    target: (r) => r.targetDate,
  };
  it.each(PLEDGE_SORT_KEYS.flatMap((sort) => (["asc", "desc"] as const).map((dir) => [sort, dir] as const)))(
    "pages through sort=%s dir=%s",
    async (sort, dir) => {
      const rows: ListRow[] = [];
      for (let page = 1; ; page++) {
        const result = await listPledges({ dialogue: "japan-uk" }, { sort, dir, page });
        rows.push(...result.rows);
        if (page >= result.pages) break;
      }
      expect(rows.map((r) => r.id).sort()).toEqual(
        pledgesOf("japan-uk")
          .map((p) => p.id)
          .sort(),
      );
      const key = sortKey[sort];
      if (!key) return;
      const keys = rows.map(key);
      for (let i = 1; i < keys.length; i++) {
        const [a, b] = [keys[i - 1]!, keys[i]!];
        if (sort === "target" && (a === null || b === null)) {
          expect(a !== null || b === null, `nulls last at ${i}`).toBe(true);
          continue;
        }
        expect(dir === "asc" ? a <= b! : a >= b!, `${sort} ${dir} at ${i}: ${a} then ${b}`).toBe(true);
      }
    },
  );

  it("clamps a page beyond the end to the last page", async () => {
    const result = await listPledges({}, { page: 999 });
    expect(result.page).toBe(result.pages);
    expect(result.rows.length).toBeGreaterThan(0);
  });
});

describe("getPledge", () => {
  it("returns JNAAM with its 2016 and 2021 updates, quotes and sources", async () => {
    const p = await getPledge("jpuk-jnaam");
    expect(p).not.toBeNull();
    expect(p!.tags.map((t) => t.label)).toContain("JNAAM");
    const years = p!.updates.map((u) => u.reportedOn.slice(0, 4));
    expect(years).toEqual(expect.arrayContaining(["2016", "2021"]));
    for (const u of p!.updates) {
      expect(u.paragraph).not.toBeNull();
      expect(u.paragraph!.document.title.length).toBeGreaterThan(0);
      expect(u.quote).toBeTruthy();
    }
    expect(p!.currentStatus).toBe(expectedStatus(data.pledges.find((x) => x.id === "jpuk-jnaam")!));
    // In progress from the 2016 report that first said so; 2021 confirmed it.
    expect(p!.standing).toEqual({ status: "in_progress", since: "2016-01-08", lastConfirmed: "2021-02-03" });
  });

  it("links predecessors and successors", async () => {
    const withPredecessor = data.pledges.find((p) => p.predecessor);
    if (!withPredecessor) return;
    const child = await getPledge(withPredecessor.id);
    expect(child!.predecessor!.id).toBe(withPredecessor.predecessor!.id);
    const parent = await getPledge(withPredecessor.predecessor!.id);
    expect(parent!.successors.map((s) => s.id)).toContain(withPredecessor.id);
  });

  it("returns null for an unknown id", async () => {
    expect(await getPledge("no-such-pledge")).toBeNull();
  });
});

describe("statusMatrix", () => {
  it("shows the carrier strike group's trail across the Japan-UK meetings", async () => {
    const matrix = await statusMatrix("japan-uk");
    const row = matrix.rows.find((r) => r.id === "jpuk-carrier-strike-group");
    expect(row).toBeDefined();
    const cellAt = (meetingId: string) => row!.cells[matrix.meetings.findIndex((m) => m.id === meetingId)];
    expect(cellAt("jpuk-2plus2-2016")).toEqual({ kind: "not-yet" });
    expect(cellAt("jpuk-defence-2021-01")).toEqual({ kind: "made", status: "pledged" });
    expect(cellAt("jpuk-2plus2-2021")).toMatchObject({ kind: "reported", status: "in_progress" });
  });

  it("orders its rows oldest first, then as their statement's paragraphs run", async () => {
    const matrix = await statusMatrix("japan-uk");
    const position = (p: (typeof data.pledges)[number]) =>
      data.paragraphs.get(p.cite.document)!.find((x) => x.label === p.cite.paragraph)!.position;
    const date = (p: (typeof data.pledges)[number]) => data.meetings.find((m) => m.id === p.meeting)!.date;
    const expected = [...pledgesOf("japan-uk")].sort(
      (a, b) => date(a).localeCompare(date(b)) || position(a) - position(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expect(matrix.rows.map((r) => r.id)).toEqual(expected.map((p) => p.id));
  });

  it("marks meetings that said nothing about a pledge", async () => {
    const matrix = await statusMatrix("japan-uk", {}, 1);
    const silent = matrix.rows.flatMap((r) => r.cells).filter((c) => c.kind === "no-report");
    expect(silent.length).toBeGreaterThan(0);
    expect(matrix.total).toBe(pledgesOf("japan-uk").length);
  });
});

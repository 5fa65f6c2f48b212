import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { matchingPledgeIds, pledgeSqlCondition, type PledgeFilters } from "@/lib/data/filters";
import { listPledges } from "@/lib/data/pledges";
import { headlineFigures } from "@/lib/data/progress";
import { isoDay, today } from "@/lib/domain/dates";
import { deadlineStanding } from "@/lib/domain/status-history";
import { pledgeFilterParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { data, expectedStatus } from "./expected-from-seed";
import { queryRows } from "./helpers";

// The pledge filters have one SQL definition (pledgeSqlCondition), which the lists page through
// (matchingPledgeIds) and the aggregates embed. Every filter, and the combinations that once
// went wrong, must select exactly the pledges the filters' meaning picks out of the stored rows,
// parsed from a URL as the routes parse them.

// The filters' meaning, in TypeScript over every stored pledge (deadlines by the domain rule).
async function byMeaning(f: PledgeFilters): Promise<string[]> {
  const rows = await db.pledge.findMany({
    select: {
      id: true,
      dialogueId: true,
      meetingId: true,
      areaId: true,
      currentStatus: true,
      side: true,
      title: true,
      text: true,
      targetDate: true,
      currentStatusDate: true,
      meeting: { select: { date: true } },
      tags: { select: { tagId: true } },
    },
  });
  const now = today();
  const q = f.q?.toLowerCase();
  return rows
    .filter((p) => {
      const standing = deadlineStanding(
        p.targetDate ? isoDay(p.targetDate) : null,
        p.currentStatus,
        isoDay(p.currentStatusDate),
        now,
      );
      const made = isoDay(p.meeting.date);
      return (
        (!f.dialogue || p.dialogueId === f.dialogue) &&
        (!f.meeting || p.meetingId === f.meeting) &&
        (!f.area || p.areaId === f.area) &&
        (!f.asof || asOfMatches(p.id, f.asof, f.status)) &&
        (!f.status || f.asof || p.currentStatus === f.status) &&
        (!f.side || p.side === f.side) &&
        (!f.tag || p.tags.some((t) => t.tagId === f.tag)) &&
        (!q || p.title.toLowerCase().includes(q) || p.text.toLowerCase().includes(q)) &&
        (!f.from || made >= f.from) &&
        (!f.to || made <= f.to) &&
        (!f.overdue || standing === "overdue") &&
        (!f.unconfirmed || standing === "unconfirmed")
      );
    })
    .map((p) => p.id)
    .sort();
}

// As of a meeting: a pledge of its dialogue made by then, with `status` its status as of the
// meeting, from the seed's history (the status updates are not touched above).
function asOfMatches(id: string, meetingId: string, status: string | undefined): boolean {
  const meeting = data.meetings.find((m) => m.id === meetingId);
  const pledge = data.pledges.find((p) => p.id === id);
  if (!meeting || !pledge || pledge.dialogue !== meeting.dialogue) return false;
  const then = expectedStatus(pledge, meeting.date);
  return then !== null && (!status || then === status);
}

// What a list shows (every page at once) and what an aggregate counts.
async function viaList(f: PledgeFilters): Promise<string[]> {
  return (await matchingPledgeIds(f, { after: undefined, limit: 100_000 })).sort();
}

async function viaSql(f: PledgeFilters): Promise<string[]> {
  return (await db.$queryRaw<{ id: string }[]>`SELECT p.id FROM pledges p WHERE ${pledgeSqlCondition(f)}`)
    .map((r) => r.id)
    .sort();
}

const fromUrl = (query: string) => {
  const { data: parsed, problems } = parseSearchParams(pledgeFilterParams, new URLSearchParams(query));
  expect(problems, query).toEqual([]);
  return parsed;
};

// Literal % and _ in one pledge's title: a search for them must find that pledge only, not
// every pledge (unescaped, LIKE reads them as wildcards).
const WILD_ID = "jpuk-jnaam";
const WILD_TITLE = "Joint missile: 50% of_funding agreed";

beforeAll(async () => {
  await queryRows(`UPDATE pledges SET title = $1 WHERE id = $2`, [WILD_TITLE, WILD_ID]);
  // A target date in the past on a delivered pledge: "delivered" and "overdue" together must
  // find nothing on every path (the page once listed open overdue pledges, SQL nothing).
  const [delivered] = await queryRows<{ id: string }>(
    `SELECT id FROM pledges WHERE current_status = 'delivered' ORDER BY id LIMIT 1`,
  );
  await queryRows(`UPDATE pledges SET target_date = '2000-01-01' WHERE id = $1`, [delivered!.id]);
  const [open] = await queryRows<{ id: string }>(
    `SELECT id FROM pledges WHERE current_status = 'in_progress' ORDER BY id LIMIT 1`,
  );
  await queryRows(`UPDATE pledges SET target_date = '2000-01-01' WHERE id = $1`, [open!.id]);
});

const QUERIES = [
  "",
  "dialogue=japan-uk",
  "meeting=jpuk-2plus2-2016",
  "area=defence-equipment",
  "status=in_progress",
  "side=partner",
  "tag=jnaam",
  "q=AIR-TO-AIR",
  "overdue=1",
  "from=2016-01-01&to=2021-12-31",
  "status=delivered&overdue=1",
  "status=in_progress&overdue=true",
  "unconfirmed=1",
  "dialogue=japan-uk&unconfirmed=1",
  "overdue=1&unconfirmed=1",
  "dialogue=japan-uk&area=defence-equipment&status=in_progress&side=both",
  "q=%25",
  "q=_",
  "q=50%25 of_",
  "q=%5C",
  "asof=jpuk-2plus2-2016",
  "asof=jpuk-2plus2-2016&status=pledged",
  "asof=jpuk-2plus2-2021&status=in_progress&area=defence-equipment",
  "dialogue=japan-uk&asof=jpuk-2plus2-2015&status=in_progress",
];

describe("pledge filters select the pledges they mean, in lists and aggregates alike", () => {
  for (const query of QUERIES) {
    it(`?${query}`, async () => {
      const filters = fromUrl(query);
      const expected = await byMeaning(filters);
      expect(await viaList(filters)).toEqual(expected);
      expect(await viaSql(filters)).toEqual(expected);
    });
  }

  it("the cases above are not vacuous: most select some pledges, not all", async () => {
    const all = (await byMeaning({})).length;
    const sizes = await Promise.all(QUERIES.map(async (q) => (await byMeaning(fromUrl(q))).length));
    expect(sizes.filter((n) => n > 0 && n < all).length).toBeGreaterThan(QUERIES.length / 2);
  });

  it("find nothing for delivered and overdue together, and open overdue pledges for overdue alone", async () => {
    expect(await viaList(fromUrl("status=delivered&overdue=1"))).toEqual([]);
    const overdue = await viaList(fromUrl("overdue=1"));
    expect(overdue.length).toBeGreaterThan(0);
    const rows = await db.pledge.findMany({
      where: { id: { in: overdue } },
      select: { currentStatus: true, targetDate: true },
    });
    expect(
      rows.every(
        (r) =>
          !["delivered", "dropped"].includes(r.currentStatus) && r.targetDate!.toISOString().slice(0, 10) < today(),
      ),
    ).toBe(true);
  });

  it("search text containing % and _ literally, in lists and in aggregates", async () => {
    // The seed data set itself has no % or _ in titles or texts, so exactly one pledge matches.
    expect(data.pledges.filter((p) => /[%_]/.test(p.title + p.text))).toEqual([]);
    for (const q of ["%", "_", "50% of_", "% OF_FUNDING"]) {
      const list = await listPledges({ q });
      expect(
        list.rows.map((r) => r.id),
        q,
      ).toEqual([WILD_ID]);
      expect((await headlineFigures({ q })).total, q).toBe(1);
    }
    expect((await listPledges({ q: "50%_of" })).total).toBe(0);
    expect((await headlineFigures({ q: "50%_of" })).total).toBe(0);
  });
});

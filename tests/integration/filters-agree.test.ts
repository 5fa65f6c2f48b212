import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { pledgeSqlCondition, pledgeWhere, type PledgeFilters } from "@/lib/data/filters";
import { listPledges } from "@/lib/data/pledges";
import { headlineFigures } from "@/lib/data/progress";
import { today } from "@/lib/domain/dates";
import { pledgeFilterParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { data } from "./expected-from-seed";
import { queryRows } from "./helpers";

// The pledge filters are applied twice, as a Prisma where clause (lists, exports, the API)
// and as SQL (aggregates). Every filter and the combinations that once disagreed must select
// exactly the same pledges both ways, parsed from a URL as the routes parse them.

async function viaPrisma(f: PledgeFilters): Promise<string[]> {
  return (await db.pledge.findMany({ where: pledgeWhere(f), select: { id: true } })).map((p) => p.id).sort();
}

async function viaSql(f: PledgeFilters): Promise<string[]> {
  return (await db.$queryRaw<{ id: string }[]>`SELECT p.id FROM pledges p WHERE ${pledgeSqlCondition(f)}`).map((r) => r.id).sort();
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
  const [delivered] = await queryRows<{ id: string }>(`SELECT id FROM pledges WHERE current_status = 'delivered' ORDER BY id LIMIT 1`);
  await queryRows(`UPDATE pledges SET target_date = '2000-01-01' WHERE id = $1`, [delivered!.id]);
  const [open] = await queryRows<{ id: string }>(`SELECT id FROM pledges WHERE current_status = 'in_progress' ORDER BY id LIMIT 1`);
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
];

describe("pledge filters: Prisma and SQL select the same pledges", () => {
  for (const query of QUERIES) {
    it(`agree on ?${query}`, async () => {
      const filters = fromUrl(query);
      expect(await viaPrisma(filters)).toEqual(await viaSql(filters));
    });
  }

  it("find nothing for delivered and overdue together, and open overdue pledges for overdue alone", async () => {
    expect(await viaPrisma(fromUrl("status=delivered&overdue=1"))).toEqual([]);
    const overdue = await viaPrisma(fromUrl("overdue=1"));
    expect(overdue.length).toBeGreaterThan(0);
    const rows = await db.pledge.findMany({ where: { id: { in: overdue } }, select: { currentStatus: true, targetDate: true } });
    expect(rows.every((r) => !["delivered", "dropped"].includes(r.currentStatus) && r.targetDate!.toISOString().slice(0, 10) < today())).toBe(true);
  });

  it("search text containing % and _ literally, in lists and in aggregates", async () => {
    // The seed data set itself has no % or _ in titles or texts, so exactly one pledge matches.
    expect(data.pledges.filter((p) => /[%_]/.test(p.title + p.text))).toEqual([]);
    for (const q of ["%", "_", "50% of_", "% OF_FUNDING"]) {
      const list = await listPledges({ q });
      expect(list.rows.map((r) => r.id), q).toEqual([WILD_ID]);
      expect((await headlineFigures({ q })).total, q).toBe(1);
    }
    expect((await listPledges({ q: "50%_of" })).total).toBe(0);
    expect((await headlineFigures({ q: "50%_of" })).total).toBe(0);
  });
});

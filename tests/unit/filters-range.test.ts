import { describe, expect, it } from "vitest";
import { filtersToSearch, pledgeWhere } from "@/lib/data/filters";
import { pledgeFilterParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";

const parsePledgeFilters = (params: Record<string, string>) => parseSearchParams(pledgeFilterParams, params).data;

describe("the meeting date range filter", () => {
  it("reads from/to days from the URL and drops days that do not exist", () => {
    expect(parsePledgeFilters({ from: "2016-01-01", to: "2021-01-31" })).toMatchObject({ from: "2016-01-01", to: "2021-01-31" });
    expect(parsePledgeFilters({ from: "2021-02-30", to: "Jan 2021" })).toMatchObject({ from: undefined, to: undefined });
  });

  it("limits pledges to those made at meetings in the range, and round-trips through the URL", () => {
    expect(pledgeWhere({ from: "2016-01-01" }).meeting).toEqual({ date: { gte: new Date("2016-01-01T00:00:00Z") } });
    expect(pledgeWhere({ to: "2021-01-31" }).meeting).toEqual({ date: { lte: new Date("2021-01-31T00:00:00Z") } });
    expect(pledgeWhere({}).meeting).toBeUndefined();
    const search = filtersToSearch({ dialogue: "japan-uk", from: "2016-01-01", to: "2021-01-31" });
    expect(parsePledgeFilters(Object.fromEntries(new URLSearchParams(search)))).toMatchObject({ dialogue: "japan-uk", from: "2016-01-01", to: "2021-01-31" });
  });
});

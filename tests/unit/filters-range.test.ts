import { describe, expect, it } from "vitest";
import { filtersToSearch } from "@/lib/data/filters";
import { pledgeFilterParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";

const parsePledgeFilters = (params: Record<string, string>) => parseSearchParams(pledgeFilterParams, params).data;

describe("the meeting date range filter", () => {
  it("reads from/to days from the URL and drops days that do not exist", () => {
    expect(parsePledgeFilters({ from: "2016-01-01", to: "2021-01-31" })).toMatchObject({
      from: "2016-01-01",
      to: "2021-01-31",
    });
    expect(parsePledgeFilters({ from: "2021-02-30", to: "Jan 2021" })).toMatchObject({
      from: undefined,
      to: undefined,
    });
  });

  it("round-trips through the URL", () => {
    const search = filtersToSearch({ dialogue: "japan-uk", from: "2016-01-01", to: "2021-01-31" });
    expect(parsePledgeFilters(Object.fromEntries(new URLSearchParams(search)))).toMatchObject({
      dialogue: "japan-uk",
      from: "2016-01-01",
      to: "2021-01-31",
    });
  });
});

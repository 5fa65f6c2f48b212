import { describe, expect, it } from "vitest";
import { findAliasProblems, loadAliases } from "@/lib/seed/aliases";
import { loadDataSet } from "@/lib/seed/data-set";

// prisma/seed/aliases.json must name only pledges the data set has: a pledge removed or
// renamed in a merge has to take its aliases with it.

const data = loadDataSet();
const aliases = loadAliases();

describe("the seeded aliases", () => {
  it("belong to pledges of the data set, none repeated", () => {
    expect(
      findAliasProblems(
        aliases,
        data.pledges.map((p) => p.id),
      ),
    ).toEqual([]);
  });

  it("fail loudly for an unknown pledge id and a repeat", () => {
    expect(
      findAliasProblems(
        { ...aliases, "jpuk-no-such-pledge": ["NSP"], "jpuk-jnaam": ["JNAAM", "jnaam"] },
        data.pledges.map((p) => p.id),
      ),
    ).toEqual(["aliases.json: jpuk-jnaam repeats the alias jnaam", "aliases.json: unknown pledge jpuk-no-such-pledge"]);
  });

  it("name the carrier strike group and JNAAM by what an editor knew when recording them", () => {
    expect(aliases["jpuk-jnaam"]).toContain("JNAAM");
    expect(aliases["jpuk-carrier-strike-group"]).toEqual(expect.arrayContaining(["CSG21", "HMS Queen Elizabeth"]));
  });
});

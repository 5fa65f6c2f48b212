import { describe, expect, it } from "vitest";
import { findAliasProblems, findAliasSourceProblems, loadAliases } from "@/lib/seed/aliases";
import { loadDataSet } from "@/lib/seed/data-set";

// prisma/seed/aliases.json must name only pledges the data set has: a pledge removed or
// renamed in a merge has to take its aliases with it. Every alias has a source that holds it,
// and no alias names two pledges of one dialogue.

const data = loadDataSet();
const aliases = loadAliases();
const names = (id: string) => (aliases[id] ?? []).map((a) => a.alias);
const source = { document: "jpuk-2016-statement", paragraph: "15" };

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
        {
          ...aliases,
          "jpuk-no-such-pledge": [{ alias: "NSP", source }],
          "jpuk-jnaam": [
            { alias: "JNAAM", source },
            { alias: "jnaam", source },
          ],
        },
        data.pledges.map((p) => p.id),
      ),
    ).toEqual(["aliases.json: jpuk-jnaam repeats the alias jnaam", "aliases.json: unknown pledge jpuk-no-such-pledge"]);
  });

  it("each have a source that holds them, and none names two pledges of one dialogue", () => {
    expect(findAliasSourceProblems(aliases, data)).toEqual([]);
  });

  it("refuse an alias its source does not hold, and one shared by two pledges of a dialogue", () => {
    expect(
      findAliasSourceProblems(
        {
          "jpuk-jnaam": [{ alias: "Tempest", source }],
          "jpuk-acsa": [{ alias: "JNAAM", source }],
          "jpuk-cbrn-protection-research": [{ alias: "JNAAM", source }],
          "jpuk-rf-system-research": [
            {
              alias: "JAGUAR",
              source: { url: "https://example.org/x", publishedOn: "2022-02-16", excerpt: "a radar" },
            },
          ],
        },
        data,
      ),
    ).toEqual([
      'aliases.json: jpuk-jnaam Tempest: "Tempest" is not in jpuk-2016-statement 15',
      "aliases.json: jpuk-rf-system-research JAGUAR: the excerpt of https://example.org/x does not name it",
      'aliases.json: "jnaam" names jpuk-acsa, jpuk-cbrn-protection-research in one dialogue',
    ]);
  });

  it("name the carrier strike group and JNAAM by what an editor knew when recording them", () => {
    expect(names("jpuk-jnaam")).toContain("JNAAM");
    expect(names("jpuk-carrier-strike-group")).toEqual(expect.arrayContaining(["CSG21", "HMS Queen Elizabeth"]));
  });

  it("leave out names of the dialogue itself and of themes many pledges serve", () => {
    const all = Object.values(aliases).flatMap((entries) => entries.map((a) => a.alias));
    expect(all).not.toContain("2+2");
    expect(all).not.toContain("EPA");
    expect(all).not.toContain("Tempest");
    expect(names("jpuk-foip-cooperation")).toEqual([]);
  });
});

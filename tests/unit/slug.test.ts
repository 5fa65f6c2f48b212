import { describe, expect, it } from "vitest";
import { SLUG_MAX, slugify } from "@/lib/domain/slug";

// Ids for new dialogues and areas, in the seeded style.
describe("slugify", () => {
  it.each([
    ["Japan-UK", "japan-uk"],
    ["Japan-Australia 2+2", "japan-australia-2plus2"],
    ["HA/DR and health security", "ha-dr-and-health-security"],
    ["Cyber & space", "cyber-and-space"],
    ["Ministers’ Meeting", "ministers-meeting"],
    ["Japan–Côte d'Ivoire contacts", "japan-cote-divoire-contacts"],
    ["  --Regional order--  ", "regional-order"],
    ["日豪", ""],
  ])("%s -> %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("cuts a long name at a word boundary", () => {
    const slug = slugify("Japan-Australia Foreign and Defence Ministerial Consultations on Everything");
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toBe("japan-australia-foreign-and-defence-ministerial");
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseStatement } from "@/lib/domain/statement-parser";
import { findDataSetProblems, loadDataSet, SEED_DIR, type LoadedDataSet } from "@/lib/seed/data-set";
import { findAliasSourceProblems, loadAliases } from "@/lib/seed/aliases";

// The page furniture rule on the real data set: the documents are stored without it, every
// citation still finds its paragraph under the label the parser gave it, and no cited
// paragraph is among those dropped. prisma/seed/README.md lists what is dropped.

const data = loadDataSet();
const aliases = loadAliases();

const parsedWhole = (documentId: string) => {
  const doc = data.documents.find((d) => d.id === documentId)!;
  return parseStatement(fs.readFileSync(path.join(SEED_DIR, "documents", doc.file), "utf8"));
};

// Every paragraph a citation of the data set points at: pledges, status updates, alias sources.
const citations = [
  ...data.pledges.flatMap((p) => [
    { where: `pledge ${p.id}`, document: p.cite.document, paragraph: p.cite.paragraph },
    ...p.updates.map((u, i) => ({ where: `pledge ${p.id} update ${i + 1}`, ...u.cite })),
  ]),
  ...Object.entries(aliases).flatMap(([id, entries]) =>
    entries.flatMap(({ alias, source }) =>
      "document" in source
        ? [{ where: `alias ${id} ${alias}`, document: source.document, paragraph: source.paragraph }]
        : [],
    ),
  ),
];

describe("the real data set, stored without page furniture", () => {
  it("drops only whole unnumbered paragraphs, keeping every other one as the parser gave it", () => {
    for (const doc of data.documents) {
      const whole = parsedWhole(doc.id);
      const kept = data.paragraphs.get(doc.id)!;
      const dropped = data.furniture.get(doc.id)!;
      expect(
        dropped.every((p) => p.label.startsWith("¶")),
        doc.id,
      ).toBe(true);
      // Kept and dropped together are the parsed text, in order, positions and labels untouched.
      expect(kept, doc.id).toEqual(whole.filter((p) => !dropped.some((d) => d.position === p.position)));
      expect(kept.length + dropped.length, doc.id).toBe(whole.length);
      expect(dropped.map(({ position, label, text }) => ({ position, label, text }))).toEqual(
        whole.filter((p) => dropped.some((d) => d.position === p.position)),
      );
    }
  });

  it("drops what prisma/seed/README.md says, document by document", () => {
    const counts = Object.fromEntries(data.documents.map((d) => [d.id, data.furniture.get(d.id)!.length]));
    expect(counts).toEqual({
      "jpuk-2015-article": 2,
      "jpuk-2016-statement": 5,
      "jpuk-2021-01-teleconference": 3,
      "jdf-133": 20,
      "jdf-134": 18,
      "jpuk-2015-overview-ja": 0,
      "jpuk-2016-overview-ja": 0,
      "jpuk-2021-overview-ja": 1,
    });
    // The README's lines wrap anywhere: read it with its white space evened out.
    const readme = fs.readFileSync(path.join(SEED_DIR, "README.md"), "utf8").replace(/\s+/g, " ");
    for (const doc of data.documents) {
      const labels = data.furniture.get(doc.id)!.map((p) => p.label);
      if (labels.length) expect(readme, doc.id).toContain(`\`${doc.id}\` (${labels.length}): ${labels.join(", ")}`);
    }
  });

  it("keeps every paragraph a pledge, a status update or an alias cites, under the same label", () => {
    expect(citations.length).toBeGreaterThan(100);
    for (const c of citations) {
      const dropped = data.furniture.get(c.document)?.find((p) => p.label === c.paragraph);
      expect(dropped, `${c.where} cites ${c.document} ${c.paragraph}`).toBeUndefined();
      expect(
        data.paragraphs.get(c.document)?.some((p) => p.label === c.paragraph),
        `${c.where} cites ${c.document} ${c.paragraph}`,
      ).toBe(true);
      // The label points at the paragraph it pointed at in the whole parsed text.
      const stored = data.paragraphs.get(c.document)!.find((p) => p.label === c.paragraph)!;
      expect(parsedWhole(c.document).find((p) => p.label === c.paragraph)).toEqual(stored);
    }
    expect(findDataSetProblems(data)).toEqual([]);
    expect(findAliasSourceProblems(aliases, data)).toEqual([]);
  });

  it("has the seed check refuse a citation of a paragraph dropped as furniture", () => {
    const [document, dropped] = [...data.furniture].find(([, ps]) => ps.length > 0)!;
    const furniture = dropped[0]!;
    const pledge = structuredClone(data.pledges[0]!);
    pledge.cite = { document, paragraph: furniture.label, quote: furniture.text.slice(0, 10) };
    const withFurnitureCited: LoadedDataSet = { ...data, pledges: [pledge] };
    expect(findDataSetProblems(withFurnitureCited)).toContain(
      `pledge ${pledge.id}: cites ${document} ${furniture.label}, which is dropped as page furniture (${furniture.rule}): "${furniture.text}"`,
    );
  });
});

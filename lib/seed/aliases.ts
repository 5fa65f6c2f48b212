import fs from "node:fs";
import path from "node:path";
import { ZSeedAliases, type TSeedAliases } from "@/lib/validation/aliases";
import { SEED_DIR, type LoadedDataSet } from "./data-set";

// prisma/seed/aliases.json, kept apart from pledges.json: what an editor knows of a pledge
// when recording it (its acronym, its official name), never phrases of later statements. Each
// alias names its source: the paragraph that writes it (or the full name it abbreviates), or a
// dated public page.

export function loadAliases(dir = SEED_DIR): TSeedAliases {
  return ZSeedAliases.parse(JSON.parse(fs.readFileSync(path.join(dir, "aliases.json"), "utf8")));
}

// Aliases of a pledge the data set does not have: a removed or renamed pledge must take its
// aliases with it, so a merge that drops a pledge fails here rather than loading silently.
export function findAliasProblems(aliases: TSeedAliases, pledgeIds: Iterable<string>): string[] {
  const known = new Set(pledgeIds);
  const problems: string[] = [];
  for (const [id, entries] of Object.entries(aliases)) {
    if (!known.has(id)) problems.push(`aliases.json: unknown pledge ${id}`);
    const seen = new Set<string>();
    for (const { alias } of entries) {
      if (seen.has(alias.toLowerCase())) problems.push(`aliases.json: ${id} repeats the alias ${alias}`);
      seen.add(alias.toLowerCase());
    }
  }
  return problems;
}

// Each alias's source must hold it (the collection's paragraph writes the alias, or the name it
// abbreviates), and no alias may name two pledges of one dialogue: the intake could not tell
// which one a statement means. A superseded pledge and its successor are one commitment, so
// only the successor carries the shared name.
export function findAliasSourceProblems(aliases: TSeedAliases, data: LoadedDataSet): string[] {
  const problems: string[] = [];
  const dialogueOf = new Map(data.pledges.map((p) => [p.id, p.dialogue]));
  const owners = new Map<string, string[]>();
  for (const [id, entries] of Object.entries(aliases)) {
    for (const { alias, source } of entries) {
      if ("document" in source) {
        const paragraph = data.paragraphs.get(source.document)?.find((p) => p.label === source.paragraph);
        const named = source.abbreviates ?? alias;
        if (!paragraph)
          problems.push(`aliases.json: ${id} ${alias}: no paragraph ${source.document} ${source.paragraph}`);
        else if (!paragraph.text.toLowerCase().includes(named.toLowerCase()))
          problems.push(`aliases.json: ${id} ${alias}: "${named}" is not in ${source.document} ${source.paragraph}`);
      } else if (!source.excerpt.toLowerCase().includes(alias.toLowerCase())) {
        problems.push(`aliases.json: ${id} ${alias}: the excerpt of ${source.url} does not name it`);
      }
      const key = `${dialogueOf.get(id)}\u0000${alias.toLowerCase()}`;
      owners.set(key, [...(owners.get(key) ?? []), id]);
    }
  }
  for (const [key, ids] of owners) {
    if (ids.length > 1)
      problems.push(`aliases.json: "${key.split("\u0000")[1]}" names ${ids.join(", ")} in one dialogue`);
  }
  return problems;
}

export function aliasRows(aliases: TSeedAliases): { id: string; pledgeId: string; alias: string }[] {
  return Object.entries(aliases).flatMap(([pledgeId, entries]) =>
    entries.map(({ alias }, i) => ({ id: `${pledgeId}-a${i + 1}`, pledgeId, alias })),
  );
}

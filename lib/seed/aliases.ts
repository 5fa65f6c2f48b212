import fs from "node:fs";
import path from "node:path";
import { ZSeedAliases, type TSeedAliases } from "@/lib/validation/aliases";
import { SEED_DIR } from "./data-set";

// prisma/seed/aliases.json, kept apart from pledges.json: what an editor knows of a pledge
// when recording it (its acronym, its official name), never phrases of later statements.

export function loadAliases(dir = SEED_DIR): TSeedAliases {
  return ZSeedAliases.parse(JSON.parse(fs.readFileSync(path.join(dir, "aliases.json"), "utf8")));
}

// Aliases of a pledge the data set does not have: a removed or renamed pledge must take its
// aliases with it, so a merge that drops a pledge fails here rather than loading silently.
export function findAliasProblems(aliases: TSeedAliases, pledgeIds: Iterable<string>): string[] {
  const known = new Set(pledgeIds);
  const problems: string[] = [];
  for (const [id, names] of Object.entries(aliases)) {
    if (!known.has(id)) problems.push(`aliases.json: unknown pledge ${id}`);
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name.toLowerCase())) problems.push(`aliases.json: ${id} repeats the alias ${name}`);
      seen.add(name.toLowerCase());
    }
  }
  return problems;
}

export function aliasRows(aliases: TSeedAliases): { id: string; pledgeId: string; alias: string }[] {
  return Object.entries(aliases).flatMap(([pledgeId, names]) =>
    names.map((alias, i) => ({ id: `${pledgeId}-a${i + 1}`, pledgeId, alias })),
  );
}

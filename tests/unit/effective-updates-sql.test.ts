import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// "Effective status updates" (the uncorrected ones) have one SQL definition: the
// effective_status_updates view. Any other SQL that looks at corrects_id to decide which
// updates count has grown a second definition that can drift from the first.

const ROOT = process.cwd();
const VIEW_MIGRATION = "prisma/migrations/20261129020000_effective_status_updates/migration.sql";

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : files(rel);
    return /\.(ts|tsx|sql)$/.test(e.name) ? [rel] : [];
  });
}

// The anti-join on corrections, in any spelling (quoted or not, any alias).
const CORRECTION_ANTI_JOIN = /NOT\s+EXISTS\s*\(\s*SELECT[^)]*"?corrects_id"?\s*=/i;

// Migrations applied before the view existed keep their (unchangeable) copy.
const isOlderMigration = (f: string) => f.startsWith("prisma/migrations/") && f.split("/")[2]! < "20261129020000";

describe("one SQL definition of effective status updates", () => {
  it("is the view, and no query or later migration repeats the corrects_id anti-join", () => {
    const sources = [...files("lib"), ...files("app"), ...files("scripts"), ...files("prisma/migrations")];
    const copies = sources.filter(
      (f) =>
        f !== VIEW_MIGRATION &&
        !isOlderMigration(f) &&
        CORRECTION_ANTI_JOIN.test(fs.readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(copies).toEqual([]);
    expect(fs.readFileSync(path.join(ROOT, VIEW_MIGRATION), "utf8")).toMatch(CORRECTION_ANTI_JOIN);
  });

  it("recognises the fragment the queries used to repeat", () => {
    expect(
      CORRECTION_ANTI_JOIN.test("AND NOT EXISTS (SELECT 1 FROM status_updates c WHERE c.corrects_id = su.id)"),
    ).toBe(true);
    expect(
      CORRECTION_ANTI_JOIN.test(`NOT EXISTS (SELECT 1 FROM "status_updates" c WHERE c."corrects_id" = su."id")`),
    ).toBe(true);
  });
});

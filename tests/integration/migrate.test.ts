import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { migrate, MigrationError, MIGRATIONS_DIR } from "@/lib/db/migrate";
import { createScratchDatabase, queryRows } from "./helpers";

// The runner replaces `prisma migrate deploy` (whose engine cannot be downloaded here), so it
// must leave exactly the records Prisma would, and never half-apply anything.

const committed = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((name) => fs.existsSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
  .sort();

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
  rolled_back_at: Date | null;
};

const rows = (url: string) =>
  queryRows<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`, [], url);
const tableExists = async (url: string, table: string) =>
  (await queryRows<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [table], url))[0]!.exists;

// A copy of prisma/migrations the test may edit, removed when the test ends.
function migrationsCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-migrations-"));
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe("migrate()", () => {
  it("applies every migration to an empty database and records it as Prisma does", async () => {
    expect(committed.length).toBeGreaterThan(0);
    const url = await createScratchDatabase();

    expect(await migrate(url)).toEqual(committed);

    const recorded = await rows(url);
    expect(recorded.map((r) => r.migration_name)).toEqual(committed);
    for (const row of recorded) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
    }
    expect(await tableExists(url, "pledges")).toBe(true);
  });

  it("applies nothing on a second run", async () => {
    const url = await createScratchDatabase();
    await migrate(url);
    const before = await rows(url);

    expect(await migrate(url)).toEqual([]);
    expect(await rows(url)).toEqual(before);
  });

  it("lets two runs race on one database without applying anything twice (advisory lock)", async () => {
    const url = await createScratchDatabase();
    const results = await Promise.all([migrate(url), migrate(url)]);

    expect(results.flat().sort()).toEqual(committed);
    expect(await rows(url)).toHaveLength(committed.length);
  });

  it("refuses to run when an applied migration's file has changed", async () => {
    const url = await createScratchDatabase();
    const dir = migrationsCopy();
    await migrate(url, dir);
    fs.appendFileSync(path.join(dir, committed[0]!, "migration.sql"), "\n-- edited after it was applied\n");

    const run = migrate(url, dir);
    await expect(run).rejects.toBeInstanceOf(MigrationError);
    await expect(run).rejects.toThrow(/was changed after it was applied/);
  });

  it("rolls a failing migration back completely: no row, no partial tables", async () => {
    const url = await createScratchDatabase();
    const dir = migrationsCopy();
    const broken = "99991231000000_broken";
    fs.mkdirSync(path.join(dir, broken));
    fs.writeFileSync(
      path.join(dir, broken, "migration.sql"),
      `CREATE TABLE "half_done" ("id" INTEGER);\nINSERT INTO "half_done" VALUES (1);\nSELECT 1 / 0;\n`,
    );

    await expect(migrate(url, dir)).rejects.toThrow(
      new RegExp(`${broken} failed and was rolled back: division by zero`),
    );

    // Earlier migrations were each committed on their own; the broken one left no trace.
    expect((await rows(url)).map((r) => r.migration_name)).toEqual(committed);
    expect(await tableExists(url, "half_done")).toBe(false);

    // Once fixed, the next run applies it.
    fs.writeFileSync(path.join(dir, broken, "migration.sql"), `CREATE TABLE "half_done" ("id" INTEGER);\n`);
    expect(await migrate(url, dir)).toEqual([broken]);
  });
});

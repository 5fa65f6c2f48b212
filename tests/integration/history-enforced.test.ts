import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { APP_ROLE } from "@/lib/db/app-role";
import { queryRows } from "./helpers";

// History is kept by PostgreSQL itself, whoever connects: status updates are append-only
// (a trigger), and the app connects as a role that can neither drop nor bypass triggers.

const owner = () => process.env.OWNER_DATABASE_URL!;

describe("status updates in the database", () => {
  it("refuses UPDATE and DELETE of a status update, even from the database's owner", async () => {
    for (const url of [undefined, owner()]) {
      await expect(
        queryRows(
          `UPDATE status_updates SET status = 'dropped' WHERE id = (SELECT min(id) FROM status_updates)`,
          [],
          url,
        ),
      ).rejects.toThrow(/append-only/);
      await expect(
        queryRows(
          `UPDATE status_updates SET quote = 'rewritten' WHERE id = (SELECT min(id) FROM status_updates)`,
          [],
          url,
        ),
      ).rejects.toThrow(/append-only/);
      await expect(
        queryRows(`DELETE FROM status_updates WHERE id = (SELECT min(id) FROM status_updates)`, [], url),
      ).rejects.toThrow(/append-only/);
    }
    // A reported date that does not follow its meeting is refused too.
    await expect(
      queryRows(`UPDATE status_updates SET reported_on = '1999-01-01' WHERE meeting_id IS NOT NULL`),
    ).rejects.toThrow(/append-only/);
  });
  // (A meeting's corrected date still moves its updates: meeting-actions.test.ts.)
});

describe("the app's database role", () => {
  it("is what the app connects as, and is no superuser", async () => {
    const [me] = await queryRows<{ user: string; superuser: boolean; bypass: boolean }>(
      `SELECT current_user AS user, rolsuper AS superuser, rolbypassrls AS bypass FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({ user: APP_ROLE, superuser: false, bypass: false });
    const [viaPrisma] = await db.$queryRaw<{ user: string }[]>`SELECT current_user AS user`;
    expect(viaPrisma?.user).toBe(APP_ROLE);
  });

  it("cannot switch the history triggers off, truncate, or change the schema", async () => {
    for (const sql of [
      `ALTER TABLE status_updates DISABLE TRIGGER status_updates_append_only`,
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`,
      `DROP TRIGGER audit_events_append_only ON audit_events`,
      `TRUNCATE audit_events`,
      `TRUNCATE status_updates CASCADE`,
      `SET session_replication_role = replica`,
      `DELETE FROM _prisma_migrations`,
      `CREATE TABLE intruder (id int)`,
    ]) {
      await expect(queryRows(sql), sql).rejects.toThrow(
        /must be owner|permission denied|must be superuser|append-only/,
      );
    }
  });
});

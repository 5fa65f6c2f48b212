import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { APP_ROLE } from "@/lib/db/app-role";
import { queryRows, withTestClient } from "./helpers";

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

  // The attack of issue 20: a temporary `meetings` whose dates agree with the rewrite, so the
  // append-only check (which compares reported_on with the meeting's date) let it through.
  const shadowAttack = [
    `CREATE TEMP TABLE meetings AS SELECT * FROM public.meetings`,
    `UPDATE pg_temp.meetings SET date = '1999-01-01'`,
  ];
  const rewrite = `UPDATE status_updates SET reported_on = '1999-01-01' WHERE id = $1`;
  const target = async () =>
    (
      await queryRows<{ id: string; reported_on: Date }>(
        `SELECT id, reported_on FROM status_updates WHERE meeting_id IS NOT NULL ORDER BY id LIMIT 1`,
      )
    )[0]!;

  it("refuses the app's role a temporary table, so it cannot shadow a table a trigger reads", async () => {
    const before = await target();
    await withTestClient(async (c) => {
      await expect(c.query(shadowAttack[0]!)).rejects.toThrow(/permission denied to create temporary tables/);
      await expect(c.query(rewrite, [before.id])).rejects.toThrow(/append-only/);
    });
    expect(await target()).toEqual(before);
  });

  it("checks against public.meetings whatever the session's search path holds (even the owner's)", async () => {
    const before = await target();
    await withTestClient(async (c) => {
      for (const sql of shadowAttack) await c.query(sql);
      await expect(c.query(rewrite, [before.id])).rejects.toThrow(/append-only/);
      await c.query(`SET search_path = pg_temp, public`);
      await expect(c.query(rewrite, [before.id])).rejects.toThrow(/append-only/);
    }, owner());
    expect(await target()).toEqual(before);
  });

  it("runs every function of ours with a fixed search path, or binds its body when created", async () => {
    const loose = await queryRows<{ name: string }>(
      `SELECT p.oid::regprocedure::text AS name
         FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
          AND p.prosqlbody IS NULL
          AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c = 'search_path=pg_catalog, public, pg_temp')
        ORDER BY 1`,
    );
    expect(loose).toEqual([]);
  });
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

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordStatusUpdate } from "@/lib/actions/status-updates/actions";
import * as cached from "@/lib/data/cached";
import * as progress from "@/lib/data/progress";
import * as charts from "@/lib/data/charts";
import { actAs, createTestUser, expectOk, form } from "./support/acting";
import { citationFor } from "./support/fixtures";
import { queryRows, withTestClient } from "./helpers";

// The aggregate cache serves a result only while data_version is unchanged; the version must
// move with every committed change to what the aggregates read, and only then.

const version = async () =>
  Number((await queryRows<{ version: string }>(`SELECT version FROM data_version`))[0]!.version);

// Tables the read side never aggregates: accounts and their sessions, the audit trail, rate
// limiting, the intake's proposals (editors only), the migrations ledger, the counter itself,
// and pledge_meeting_status (derived from tracked tables in the same transaction).
const UNTRACKED = [
  "_prisma_migrations",
  "audit_events",
  "data_version",
  "download_requests",
  "intake_drafts",
  "intake_proposals",
  "pledge_meeting_status",
  "sessions",
  "sign_in_attempts",
  "users",
];

describe("data_version", () => {
  it("is bumped by every table the pages read (a new table needs data_version_track or a place in UNTRACKED)", async () => {
    const rows = await queryRows<{ table: string; tracked: boolean }>(
      `SELECT c.relname AS table, EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'data_version_bump') AS tracked
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.tracked && !UNTRACKED.includes(r.table)).map((r) => r.table)).toEqual([]);
    expect(rows.filter((r) => r.tracked && UNTRACKED.includes(r.table)).map((r) => r.table)).toEqual([]);
  });

  it("moves once per committed writing transaction, never for reads or rolled-back writes", async () => {
    const v0 = await version();
    await withTestClient(async (c) => {
      await c.query(`SELECT count(*) FROM pledges`);
      await c.query(`BEGIN`);
      await c.query(`UPDATE areas SET description = coalesce(description, '') || ' '`);
      await c.query(`UPDATE tags SET label = label`);
      await c.query(`ROLLBACK`);
    });
    expect(await version()).toBe(v0);
    await withTestClient(async (c) => {
      await c.query(`BEGIN`);
      await c.query(`UPDATE areas SET description = description`);
      await c.query(`UPDATE tags SET label = label`);
      // Not yet: the bump is deferred to commit, so no reader sees it before the data.
      expect(Number((await c.query(`SELECT version FROM data_version`)).rows[0].version)).toBe(v0);
      await c.query(`COMMIT`);
    });
    expect(await version()).toBe(v0 + 1);
  });
});

describe("cached aggregates", () => {
  it("serve the cached result until a write, then the fresh one", async () => {
    const first = await cached.headlineFigures({});
    expect(await cached.headlineFigures({})).toBe(first);
    expect(first).toEqual(await progress.headlineFigures({}));
    const attention = await cached.attentionByArea({});

    await actAs(await createTestUser("editor"));
    // A pledge of the real data set made in 2016 and not yet delivered, and a later meeting of its dialogue.
    const pledge = await db.pledge.findUniqueOrThrow({
      where: { id: "jpuk-acsa" },
      select: { id: true, version: true },
    });
    const meeting = { id: "jpuk-2plus2-2021" };
    const cite = await citationFor(meeting.id, 1);
    const v0 = await version();
    expectOk(
      await recordStatusUpdate(
        null,
        form({
          pledgeId: pledge.id,
          version: String(pledge.version),
          status: "delivered",
          meetingId: meeting.id,
          paragraphId: cite.paragraphId,
          quote: cite.quote,
        }),
      ),
    );
    expect(await version()).toBe(v0 + 1);

    const after = await cached.headlineFigures({});
    expect(after).not.toBe(first);
    expect(after.byStatus.delivered).toBe(first.byStatus.delivered + 1);
    expect(after).toEqual(await progress.headlineFigures({}));
    expect(await cached.attentionByArea({})).toEqual(await charts.attentionByArea({}));
    expect(await cached.attentionByArea({})).not.toBe(attention);
  });

  it("keys on the arguments", async () => {
    const dialogue = (await db.dialogue.findFirstOrThrow({ select: { id: true } })).id;
    expect(await cached.headlineFigures({ dialogue })).toEqual(await progress.headlineFigures({ dialogue }));
    expect(await cached.headlineFigures({ dialogue: "no-such-dialogue" })).toEqual(
      await progress.headlineFigures({ dialogue: "no-such-dialogue" }),
    );
  });
});

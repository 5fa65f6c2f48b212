import type pg from "pg";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { effectiveUpdates, statusAsOf, type HistoryEntry } from "@/lib/domain/status-history";
import type { Status } from "@/lib/domain/status";
import { loadSynthetic } from "@/scripts/synthetic/generate";
import { createScratchDatabase, withTestClient } from "./helpers";

// pledge_meeting_status is kept by triggers; here it is recomputed in JavaScript from the
// tables (with the domain's own resolution rules, not the SQL under test) and compared, on
// the real data set, on synthetic data, and after each kind of write.

type Row = { pledge_id: string; meeting_id: string; status: Status; reported: boolean };

const day = (d: Date) => d.toISOString().slice(0, 10);

async function expectedGrid(c: pg.Client): Promise<Row[]> {
  const pledges = (
    await c.query<{ id: string; dialogue_id: string; made_on: Date }>(
      `SELECT p.id, p.dialogue_id, pm.date AS made_on FROM pledges p JOIN meetings pm ON pm.id = p.meeting_id`,
    )
  ).rows;
  const meetings = (
    await c.query<{ id: string; dialogue_id: string; date: Date }>(`SELECT id, dialogue_id, date FROM meetings`)
  ).rows;
  const updates = (
    await c.query<{
      id: string;
      pledge_id: string;
      status: Status;
      reported_on: Date;
      created_at: Date;
      meeting_id: string | null;
      corrects_id: string | null;
    }>(`SELECT id, pledge_id, status, reported_on, created_at, meeting_id, corrects_id FROM status_updates`)
  ).rows;
  // Corrections count across pledges, as the view does.
  const all: (HistoryEntry & { pledgeId: string })[] = updates.map((u) => ({
    id: u.id,
    pledgeId: u.pledge_id,
    status: u.status,
    reportedOn: day(u.reported_on),
    createdAt: u.created_at.toISOString(),
    meetingId: u.meeting_id,
    correctsId: u.corrects_id,
  }));
  const byPledge = new Map<string, HistoryEntry[]>();
  for (const u of effectiveUpdates(all)) byPledge.set(u.pledgeId, [...(byPledge.get(u.pledgeId) ?? []), u]);
  const rows: Row[] = [];
  for (const p of pledges) {
    const madeOn = day(p.made_on);
    const history = byPledge.get(p.id) ?? [];
    for (const m of meetings) {
      const date = day(m.date);
      if (m.dialogue_id !== p.dialogue_id || date < madeOn) continue;
      rows.push({
        pledge_id: p.id,
        meeting_id: m.id,
        status: statusAsOf(madeOn, history, date)!,
        reported: history.some((u) => u.meetingId === m.id || (!u.meetingId && u.reportedOn === date)),
      });
    }
  }
  return rows.sort(byKey);
}

const byKey = (a: Row, b: Row) => a.pledge_id.localeCompare(b.pledge_id) || a.meeting_id.localeCompare(b.meeting_id);

async function storedGrid(c: pg.Client): Promise<Row[]> {
  const { rows } = await c.query<Row & { meeting_date: Date; made_on: Date; real_date: Date; real_made: Date }>(
    `SELECT s.pledge_id, s.meeting_id, s.status, s.reported, s.meeting_date, s.made_on, m.date AS real_date, pm.date AS real_made
       FROM pledge_meeting_status s JOIN meetings m ON m.id = s.meeting_id
       JOIN pledges p ON p.id = s.pledge_id JOIN meetings pm ON pm.id = p.meeting_id`,
  );
  for (const r of rows) expect([day(r.meeting_date), day(r.made_on)]).toEqual([day(r.real_date), day(r.real_made)]);
  return rows
    .map(({ pledge_id, meeting_id, status, reported }) => ({ pledge_id, meeting_id, status, reported }))
    .sort(byKey);
}

async function expectGridExact(c: pg.Client) {
  const [expected, stored] = [await expectedGrid(c), await storedGrid(c)];
  expect(stored.length).toBe(expected.length);
  expect(stored).toEqual(expected);
}

describe("pledge_meeting_status (the trigger-kept pledge x meeting grid)", () => {
  it("matches the plain resolution on the real data set, and after every kind of write", async () => {
    await withTestClient(async (c) => {
      await expectGridExact(c);
      const one = async <T>(sql: string, params: unknown[] = []) => (await c.query(sql, params)).rows[0] as T;
      // A pledge with a later meeting of its dialogue to report at.
      const target = await one<{
        id: string;
        dialogue_id: string;
        meeting_id: string;
        later: string;
        later_date: Date;
      }>(`
        SELECT p.id, p.dialogue_id, p.meeting_id, m.id AS later, m.date AS later_date
          FROM pledges p JOIN meetings pm ON pm.id = p.meeting_id
          JOIN meetings m ON m.dialogue_id = p.dialogue_id AND m.date > pm.date
         ORDER BY m.date DESC, p.id LIMIT 1`);

      // A status update citing a meeting, then one between meetings on a meeting's day.
      await c.query(
        `INSERT INTO status_updates (id, pledge_id, status, meeting_id, reported_on) VALUES ('t-u1', $1, 'stalled', $2, $3)`,
        [target.id, target.later, target.later_date],
      );
      await c.query(
        `INSERT INTO status_updates (id, pledge_id, status, reported_on) VALUES ('t-u2', $1, 'in_progress', $2)`,
        [target.id, target.later_date],
      );
      await expectGridExact(c);

      // A correction of the first (its status replaced; still reported by the second).
      await c.query(
        `INSERT INTO status_updates (id, pledge_id, status, meeting_id, reported_on, corrects_id, reason) VALUES ('t-u3', $1, 'delivered', $2, $3, 't-u1', 'typo')`,
        [target.id, target.later, target.later_date],
      );
      await expectGridExact(c);

      // The pledge moved to its dialogue's first meeting, then a new pledge.
      const first = await one<{ id: string }>(
        `SELECT id FROM meetings WHERE dialogue_id = $1 ORDER BY date, id LIMIT 1`,
        [target.dialogue_id],
      );
      await c.query(`UPDATE pledges SET meeting_id = $2 WHERE id = $1`, [target.id, first.id]);
      await c.query(
        `INSERT INTO pledges (id, dialogue_id, meeting_id, area_id, side, title, text, paragraph_id, quote, current_status_date)
         SELECT 't-p1', dialogue_id, meeting_id, area_id, side, 'Test pledge', text, paragraph_id, quote, current_status_date FROM pledges WHERE id = $1`,
        [target.id],
      );
      await expectGridExact(c);

      // A meeting moved to another day, a new meeting, and one removed.
      await c.query(`UPDATE meetings SET date = date + 400 WHERE id = $1`, [target.later]);
      await expectGridExact(c);
      await c.query(
        `INSERT INTO meetings (id, dialogue_id, title, date, format, kind) VALUES ('t-m1', $1, 'Test meeting', $2::date + 10, 'video', 'other')`,
        [target.dialogue_id, target.later_date],
      );
      await expectGridExact(c);
      await c.query(`DELETE FROM meetings WHERE id = 't-m1'`);
      await expectGridExact(c);

      // A pledge deleted (with its updates).
      await c.query(`DELETE FROM status_updates WHERE pledge_id = 't-p1'`);
      await c.query(`DELETE FROM pledges WHERE id = 't-p1'`);
      await expectGridExact(c);
    });
  });

  it("matches on synthetic data after a bulk rebuild", async () => {
    const url = await createScratchDatabase();
    await migrate(url);
    await withTestClient(async (c) => {
      await loadSynthetic(c, { pledges: 300, updatesPerPledge: 10 });
      await expectGridExact(c);
    }, url);
  });
});

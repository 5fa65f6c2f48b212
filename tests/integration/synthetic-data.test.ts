import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { loadSynthetic, parseSizes, SYNTHETIC_SHAPE } from "@/scripts/synthetic/generate";
import { createScratchDatabase, withTestClient } from "./helpers";

// The generator loads with triggers and foreign-key checks off, so this checks by hand what
// the database would have refused or maintained.
describe("synthetic data generator", () => {
  it("parses sizes", () => {
    expect(parseSizes("1000x1, 100000x10,500")).toEqual([
      { pledges: 1000, updatesPerPledge: 1 },
      { pledges: 100000, updatesPerPledge: 10 },
      { pledges: 500, updatesPerPledge: 1 },
    ]);
    expect(() => parseSizes("10k")).toThrow(/Bad size/);
  });

  it("loads N pledges x U updates that the schema's rules accept", async () => {
    const url = await createScratchDatabase();
    await migrate(url);
    await withTestClient(async (c) => {
      const loaded = await loadSynthetic(c, { pledges: 400, updatesPerPledge: 10 });
      expect(loaded).toMatchObject({ pledges: 400, updates: 4000 });
      expect(loaded.corrections).toBeGreaterThan(300);
      const one = async (sql: string) => Number(Object.values((await c.query(sql)).rows[0] as object)[0]);

      expect(await one(`SELECT count(*) FROM dialogues`)).toBe(SYNTHETIC_SHAPE.dialogues);
      expect(await one(`SELECT count(*) FROM meetings`)).toBe(
        SYNTHETIC_SHAPE.dialogues * SYNTHETIC_SHAPE.meetingsPerDialogue,
      );
      expect(await one(`SELECT count(DISTINCT kind) FROM meetings`)).toBe(3);
      expect(await one(`SELECT count(DISTINCT field) FROM areas`)).toBe(3);
      expect(await one(`SELECT count(*) FROM meetings WHERE reviewed_at IS NULL`)).toBe(SYNTHETIC_SHAPE.dialogues / 2);
      expect(await one(`SELECT count(*) FROM meetings WHERE NOT statement_collected`)).toBe(1);
      expect(
        await one(`SELECT count(*) FROM (SELECT pledge_id FROM status_updates GROUP BY 1 HAVING count(*) <> 10) x`),
      ).toBe(0);
      expect(await one(`SELECT count(*) FROM pledge_tags`)).toBeGreaterThan(200);
      expect(await one(`SELECT count(*) FROM pledges WHERE target_date IS NOT NULL`)).toBeGreaterThan(100);
      expect(await one(`SELECT count(*) FROM status_updates WHERE meeting_id IS NULL`)).toBeGreaterThan(100);

      // Every reference resolves, and a pledge's meetings belong to its own dialogue.
      expect(
        await one(`SELECT count(*) FROM pledges p
                     LEFT JOIN meetings m ON m.id = p.meeting_id AND m.dialogue_id = p.dialogue_id
                     LEFT JOIN paragraphs pp ON pp.id = p.paragraph_id
                     LEFT JOIN areas a ON a.id = p.area_id
                     LEFT JOIN pledges pr ON pr.id = p.predecessor_id AND pr.dialogue_id = p.dialogue_id
                    WHERE m.id IS NULL OR pp.id IS NULL OR a.id IS NULL OR (p.predecessor_id IS NOT NULL AND pr.id IS NULL)`),
      ).toBe(0);
      expect(
        await one(`SELECT count(*) FROM status_updates su
                     JOIN pledges p ON p.id = su.pledge_id
                     JOIN meetings pm ON pm.id = p.meeting_id
                     LEFT JOIN meetings m ON m.id = su.meeting_id AND m.dialogue_id = p.dialogue_id
                     LEFT JOIN paragraphs sp ON sp.id = su.paragraph_id
                    WHERE (su.meeting_id IS NOT NULL AND (m.id IS NULL OR m.date <> su.reported_on OR m.date <= pm.date))
                       OR (su.paragraph_id IS NOT NULL AND sp.id IS NULL)
                       OR su.reported_on <= pm.date`),
      ).toBe(0);
      // A correction restates an uncorrected row of the same pledge (same meeting and day),
      // recorded later, with another status.
      expect(
        await one(`SELECT count(*) FROM status_updates c
                     LEFT JOIN status_updates o ON o.id = c.corrects_id AND o.pledge_id = c.pledge_id
                          AND o.reported_on = c.reported_on AND o.meeting_id IS NOT DISTINCT FROM c.meeting_id
                          AND o.created_at < c.created_at AND o.status <> c.status AND o.corrects_id IS NULL
                    WHERE c.corrects_id IS NOT NULL AND o.id IS NULL`),
      ).toBe(0);

      // The denormalised current status, rebuilt after the load, is the latest uncorrected
      // update (computed here in JavaScript, not by the SQL under test).
      const updates = (
        await c.query<{
          pledge_id: string;
          id: string;
          status: string;
          reported_on: Date;
          created_at: Date;
          corrects_id: string | null;
        }>(`SELECT pledge_id, id, status, reported_on, created_at, corrects_id FROM status_updates`)
      ).rows;
      const corrected = new Set(updates.map((u) => u.corrects_id).filter(Boolean));
      const latest = new Map<string, (typeof updates)[number]>();
      type U = (typeof updates)[number];
      const later = (a: U, b: U) =>
        a.reported_on.getTime() - b.reported_on.getTime() ||
        a.created_at.getTime() - b.created_at.getTime() ||
        (a.id > b.id ? 1 : -1);
      for (const u of updates) {
        if (corrected.has(u.id)) continue;
        const best = latest.get(u.pledge_id);
        if (!best || later(u, best) > 0) latest.set(u.pledge_id, u);
      }
      const pledges = (await c.query<{ id: string; current_status: string }>(`SELECT id, current_status FROM pledges`))
        .rows;
      for (const p of pledges) expect([p.id, p.current_status]).toEqual([p.id, latest.get(p.id)!.status]);
    }, url);
  });
});

// `npm run bench`: latency of the pages' data functions on synthetic data sets (pledges x
// status updates per pledge, scripts/synthetic/generate.ts), beside the bare SQL each page
// needs, as a ratio. Prints figures; asserts nothing.
// Uses TEST_DATABASE_URL's server when set (a scratch database is created and dropped),
// otherwise the embedded test server. BENCH_SIZES=1000x1,100000x10 picks the sizes,
// BENCH_ONLY=<regexp> the queries (by label), BENCH_ROUNDS the samples per median.
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, randomDatabaseName } from "@/tests/support/test-database";
import { loadSynthetic, parseSizes, sizeLabel } from "./synthetic/generate";
import { scratchServer } from "./support/scratch-server";

const sizes = parseSizes(process.env.BENCH_SIZES ?? "1000x1,10000x1,100000x1,100000x10");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const { url: serverUrl, stop } = await scratchServer();
const rows: string[][] = [];
try {
  for (const size of sizes) {
    const n = sizeLabel(size);
    const name = randomDatabaseName("pt_test");
    const url = await createDatabase(serverUrl, name);
    try {
      await migrate(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const loaded = await loadSynthetic(client, size);
      console.error(
        `loaded ${n}: ${loaded.pledges} pledges, ${loaded.updates} updates (${loaded.corrections} corrections) ` +
          `in ${loaded.totalSeconds.toFixed(1)} s (inserts ${loaded.insertSeconds.toFixed(1)} s)`,
      );
      // The data layer reads DATABASE_URL on first use; a fresh module graph per size.
      process.env.DATABASE_URL = url;
      (globalThis as { prisma?: unknown }).prisma = undefined;
      const progress = await import("@/lib/data/progress");
      const pledges = await import("@/lib/data/pledges");
      const matrix = await import("@/lib/data/matrix");
      const charts = await import("@/lib/data/charts");
      const briefing = await import("@/lib/briefing/data");
      const meetings = await import("@/lib/data/meetings");
      const records = await import("@/lib/data/pledges");
      const asOf = new Date().toISOString().slice(0, 10);
      // What pages read: the same aggregates behind the data_version cache (warm after the first call).
      const cached = await import("@/lib/data/cached");
      const bare =
        (sql: string, params: unknown[] = []) =>
        () =>
          client.query(sql, params);
      // [label, the app's data function, the bare SQL the page needs (null: no simpler form)]
      const cases: [string, () => Promise<unknown>, (() => Promise<unknown>) | null][] = [
        [
          "dashboard: headline figures",
          () => progress.headlineFigures({}),
          bare(`SELECT current_status, count(*) FROM pledges GROUP BY 1`),
        ],
        [
          "dashboard: progress by area",
          () => progress.progressByArea({}),
          bare(`SELECT area_id, current_status, count(*) FROM pledges GROUP BY 1, 2`),
        ],
        [
          "dashboard: status at each meeting",
          () => progress.statusMixByMeeting("d1"),
          bare(
            `SELECT m.id, coalesce(s.status,'pledged'), count(*) FROM meetings m JOIN pledges p ON p.dialogue_id = m.dialogue_id
               JOIN meetings pm ON pm.id = p.meeting_id AND pm.date <= m.date
               LEFT JOIN LATERAL (SELECT status FROM status_updates su WHERE su.pledge_id = p.id AND su.reported_on <= m.date
                                  ORDER BY reported_on DESC LIMIT 1) s ON true
              WHERE m.dialogue_id = 'd1' GROUP BY 1, 2`,
          ),
        ],
        [
          "dashboard: latest updates",
          () => progress.latestUpdates({}, 8),
          bare(`SELECT * FROM status_updates ORDER BY reported_on DESC LIMIT 8`),
        ],
        [
          "pledges: filtered page",
          () => pledges.listPledges({ area: "a3", status: "in_progress" }, { page: 2 }),
          bare(
            `SELECT p.* FROM pledges p JOIN meetings m ON m.id = p.meeting_id WHERE area_id = 'a3' AND current_status = 'in_progress' ORDER BY m.date DESC LIMIT 25 OFFSET 25`,
          ),
        ],
        [
          "pledges: text search",
          () => pledges.listPledges({ q: "number 77" }),
          bare(`SELECT * FROM pledges WHERE title ILIKE '%number 77%' OR text ILIKE '%number 77%' LIMIT 25`),
        ],
        [
          "pledge page",
          () => pledges.getPledge("x42"),
          bare(`SELECT * FROM pledges p LEFT JOIN status_updates su ON su.pledge_id = p.id WHERE p.id = 'x42'`),
        ],
        [
          "matrix: first page",
          () => matrix.statusMatrix("d1"),
          bare(
            `SELECT p.id, su.* FROM (SELECT id FROM pledges WHERE dialogue_id = 'd1' ORDER BY id LIMIT 100) p LEFT JOIN status_updates su ON su.pledge_id = p.id`,
          ),
        ],
        [
          "charts: progress by side",
          () => charts.progressBySide({}),
          bare(`SELECT side, current_status, count(*) FROM pledges GROUP BY 1, 2`),
        ],
        ["charts: overdue and stale by area", () => charts.attentionByArea({}), null],
        [
          "charts: pledges needing attention",
          () => charts.pledgesNeedingAttention({}),
          bare(
            `SELECT id FROM pledges WHERE current_status NOT IN ('delivered', 'dropped') AND target_date < now() ORDER BY target_date LIMIT 50`,
          ),
        ],
        [
          "charts: report coverage",
          () => charts.reportCoverageByMeeting("d1"),
          bare(
            `SELECT su.meeting_id, count(*) FROM status_updates su JOIN pledges p ON p.id = su.pledge_id WHERE p.dialogue_id = 'd1' GROUP BY 1`,
          ),
        ],
        [
          "briefing: one dialogue, 2021-06-01",
          () => briefing.getBriefingData({ dialogueId: "d1", asOf: "2021-06-01" }),
          bare(
            `SELECT p.id, su.status FROM pledges p LEFT JOIN LATERAL (SELECT status FROM status_updates su WHERE su.pledge_id = p.id
               AND su.reported_on <= '2021-06-01' ORDER BY reported_on DESC LIMIT 1) su ON true WHERE p.dialogue_id = 'd1'`,
          ),
        ],
        [
          "charts: meeting list",
          () => meetings.listMeetings(),
          bare(`SELECT meeting_id, count(*) FROM status_updates GROUP BY 1`),
        ],
        [
          "api: pledge list",
          () => records.listPledgeRecords({}, 1, 50),
          bare(`SELECT * FROM pledges ORDER BY id LIMIT 50`),
        ],
        ["briefing: one dialogue, today", () => briefing.getBriefingData({ dialogueId: "d1", asOf }), null],
        [
          "cached: dashboard aggregates",
          () => Promise.all([cached.headlineFigures({}), cached.progressByArea({}), cached.statusMixByMeeting("d1")]),
          bare(`SELECT version FROM data_version`),
        ],
        [
          "cached: charts aggregates",
          () =>
            Promise.all([
              cached.attentionByArea({}),
              cached.pledgesNeedingAttention({}, 50),
              cached.reportCoverageByMeeting("d1", { dialogue: "d1" }),
              cached.progressBySide({}),
              cached.listMeetings(undefined),
            ]),
          bare(`SELECT version FROM data_version`),
        ],
        [
          "cached: briefing",
          () => cached.getBriefingData({ dialogueId: "d1", asOf }),
          bare(`SELECT version FROM data_version`),
        ],
      ];
      const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
      for (const [label, app, sql] of cases) {
        if (only && !only.test(label)) continue;
        const a = await time(app);
        const b = sql ? await time(sql) : null;
        rows.push([n, label, a.toFixed(2), b === null ? "-" : b.toFixed(2), b === null ? "-" : (a / b).toFixed(1)]);
      }
      await client.end();
      const app = globalThis as { prisma?: { $disconnect: () => Promise<void> } };
      await app.prisma?.$disconnect();
      app.prisma = undefined;
    } finally {
      await dropDatabase(serverUrl, name);
    }
  }
} finally {
  await stop();
}

const header = ["size", "query", "app ms (median)", "bare SQL ms", "ratio"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(line(header));
for (const r of rows) console.log(line(r));

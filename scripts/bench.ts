// `npm run bench`: latency of the pages' data functions at 1k, 10k and 100k pledges, beside
// the bare SQL each page needs, as a ratio. Prints figures; asserts nothing.
// Uses TEST_DATABASE_URL's server when set (a scratch database is created and dropped),
// otherwise the embedded test server. Run with BENCH_SIZES=1000,10000 to pick sizes.
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, randomDatabaseName } from "@/tests/support/test-database";
import { scratchServer } from "./support/scratch-server";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

// Synthetic but realistic shape: 8 dialogues x 6 meetings, 11 areas, about one status update
// per pledge, a third with target dates. Triggers are off during the bulk load and the
// denormalised current status is set in one statement afterwards.
async function fill(client: pg.Client, n: number) {
  await client.query(`SET session_replication_role = replica`);
  await client.query(`
    INSERT INTO dialogues (id, slug, name, partner_country) SELECT 'd'||i, 'd'||i, 'Dialogue '||i, 'P'||i FROM generate_series(1,8) i;
    INSERT INTO areas (id, slug, name, position) SELECT 'a'||i, 'a'||i, 'Area '||i, i FROM generate_series(1,11) i;
    INSERT INTO meetings (id, dialogue_id, title, date, format, kind)
      SELECT 'm'||d||'-'||k, 'd'||d, 'Meeting '||k, date '2015-01-01' + (k*365), 'in_person', 'two_plus_two'
      FROM generate_series(1,8) d, generate_series(1,6) k;
    INSERT INTO source_documents (id, title, publisher) VALUES ('doc', 'Statement', 'MOFA');
    INSERT INTO paragraphs (id, document_id, position, label, text) SELECT 'p'||i, 'doc', i, i::text, 'Paragraph '||i FROM generate_series(1,50) i;`);
  await client.query(
    `INSERT INTO pledges (id, dialogue_id, meeting_id, area_id, side, title, text, paragraph_id, quote, target_date, current_status_date)
     SELECT 'x'||i, 'd'||(1 + i % 8), 'm'||(1 + i % 8)||'-'||(1 + i % 3), 'a'||(1 + i % 11),
            (ARRAY['japan','partner','both'])[1 + i % 3]::"Side", 'Pledge number '||i||' on cooperation', 'The ministers confirmed item '||i,
            'p'||(1 + i % 50), 'confirmed', CASE WHEN i % 3 = 0 THEN date '2018-01-01' + (i % 2000) END, date '2015-01-01'
       FROM generate_series(1, $1::int) i`,
    [n],
  );
  await client.query(
    `INSERT INTO status_updates (id, pledge_id, status, meeting_id, reported_on, paragraph_id, quote)
     SELECT 'u'||i, 'x'||i, (ARRAY['in_progress','delivered','stalled','partly_delivered'])[1 + i % 4]::"PledgeStatus",
            'm'||(1 + i % 8)||'-'||(4 + i % 3), date '2015-01-01' + ((4 + i % 3)*365), 'p1', 'Paragraph'
       FROM generate_series(1, $1::int) i WHERE i % 5 <> 0`,
    [n],
  );
  await client.query(`SET session_replication_role = origin`);
  await client.query(`SELECT refresh_pledge_status(id) FROM pledges`);
  await client.query(`ANALYZE`);
}

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
  for (const n of sizes) {
    const name = randomDatabaseName("pt_test");
    const url = await createDatabase(serverUrl, name);
    try {
      await migrate(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const t0 = Date.now();
      await fill(client, n);
      console.error(`loaded ${n} pledges in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      // The data layer reads DATABASE_URL on first use; a fresh module graph per size.
      process.env.DATABASE_URL = url;
      (globalThis as { prisma?: unknown }).prisma = undefined;
      const progress = await import("@/lib/data/progress");
      const pledges = await import("@/lib/data/pledges");
      const matrix = await import("@/lib/data/matrix");
      const bare = (sql: string, params: unknown[] = []) => () => client.query(sql, params);
      const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
        ["dashboard: headline figures", () => progress.headlineFigures({}), bare(`SELECT current_status, count(*) FROM pledges GROUP BY 1`)],
        ["dashboard: progress by area", () => progress.progressByArea({}), bare(`SELECT area_id, current_status, count(*) FROM pledges GROUP BY 1, 2`)],
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
        ["dashboard: latest updates", () => progress.latestUpdates({}, 8), bare(`SELECT * FROM status_updates ORDER BY reported_on DESC LIMIT 8`)],
        [
          "pledges: filtered page",
          () => pledges.listPledges({ area: "a3", status: "in_progress" }, { page: 2 }),
          bare(`SELECT p.* FROM pledges p JOIN meetings m ON m.id = p.meeting_id WHERE area_id = 'a3' AND current_status = 'in_progress' ORDER BY m.date DESC LIMIT 25 OFFSET 25`),
        ],
        [
          "pledges: text search",
          () => pledges.listPledges({ q: "number 77" }),
          bare(`SELECT * FROM pledges WHERE title ILIKE '%number 77%' OR text ILIKE '%number 77%' LIMIT 25`),
        ],
        ["pledge page", () => pledges.getPledge("x42"), bare(`SELECT * FROM pledges p LEFT JOIN status_updates su ON su.pledge_id = p.id WHERE p.id = 'x42'`)],
        [
          "matrix: first page",
          () => matrix.statusMatrix("d1"),
          bare(`SELECT p.id, su.* FROM (SELECT id FROM pledges WHERE dialogue_id = 'd1' ORDER BY id LIMIT 100) p LEFT JOIN status_updates su ON su.pledge_id = p.id`),
        ],
      ];
      for (const [label, app, sql] of cases) {
        const a = await time(app);
        const b = await time(sql);
        rows.push([String(n), label, a.toFixed(2), b.toFixed(2), (a / b).toFixed(1)]);
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

const header = ["pledges", "query", "app ms (median)", "bare SQL ms", "ratio"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(line(header));
for (const r of rows) console.log(line(r));

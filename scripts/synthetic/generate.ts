// Synthetic data sets of any size for `npm run bench` and `npm run load`: N pledges with U
// status updates each, shaped like the real data (8 dialogues x 10 meetings of mixed kinds,
// 11 areas, three sides, tags, target dates, lineage, updates between meetings, and
// corrections: some updates are corrected by later rows). Deterministic: the same size
// always gives the same rows, so figures from two runs compare.
//
// Built by INSERT ... SELECT over generate_series inside PostgreSQL (no rows cross the wire):
// 100k x 10 (1M updates) loads in about a minute on 2 cores. Row triggers are off during the
// bulk insert (session_replication_role = replica, which needs a superuser, as the scratch
// databases of bench and load have), so everything triggers maintain is rebuilt afterwards
// by rebuildDerived.
import type pg from "pg";

export type SyntheticSize = { pledges: number; updatesPerPledge: number };

export const SYNTHETIC_SHAPE = {
  dialogues: 8,
  meetingsPerDialogue: 10,
  areas: 11,
  tags: 20,
  paragraphsPerDocument: 50,
} as const;

// "1000x1,100000x10" (a bare "1000" means one update per pledge).
export function parseSizes(spec: string): SyntheticSize[] {
  return spec
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(\d+)(?:x(\d+))?$/.exec(s);
      if (!m) throw new Error(`Bad size "${s}": expected PLEDGESxUPDATES, e.g. 100000x10`);
      return { pledges: Number(m[1]), updatesPerPledge: Number(m[2] ?? 1) };
    });
}

export const sizeLabel = (s: SyntheticSize) => `${s.pledges}x${s.updatesPerPledge}`;

const D = SYNTHETIC_SHAPE.dialogues;
const M = SYNTHETIC_SHAPE.meetingsPerDialogue;

// Dialogues, meetings (one a year from 2016, a few days apart between dialogues; kinds mixed
// so "expected meetings by kind" has something to decide; reviewed two weeks after, but the
// latest of every other dialogue awaits review and one was recorded without its statement),
// one source document of 50 paragraphs per meeting, areas of each policy field, and tags.
const REFERENCE_SQL = [
  `INSERT INTO dialogues (id, slug, name, partner_country)
     SELECT 'd'||d, 'dialogue-'||d, 'Synthetic dialogue '||d, 'Partner '||d FROM generate_series(1, ${D}) d`,
  `INSERT INTO meetings (id, dialogue_id, title, date, place, format, kind, ordinal, statement_collected, reviewed_at)
     SELECT 'm'||d||'-'||k, 'd'||d, 'Meeting '||k||' of dialogue '||d,
            date '2016-06-01' + (k - 1) * 365 + d * 11, 'City '||k,
            (CASE WHEN k % 4 = 0 THEN 'video' ELSE 'in_person' END)::"MeetingFormat",
            (CASE k % 5 WHEN 0 THEN 'foreign_ministers' WHEN 3 THEN 'defence_ministers' ELSE 'two_plus_two' END)::"MeetingKind",
            k, NOT (d = ${D} AND k = 2),
            CASE WHEN k < ${M} OR d % 2 = 1 THEN date '2016-06-01' + (k - 1) * 365 + d * 11 + 14 END
       FROM generate_series(1, ${D}) d, generate_series(1, ${M}) k`,
  `INSERT INTO source_documents (id, title, publisher, published_on)
     SELECT 'doc-'||m.id, 'Joint statement: '||m.title, 'MOFA', m.date FROM meetings m`,
  `INSERT INTO meeting_documents (meeting_id, document_id) SELECT m.id, 'doc-'||m.id FROM meetings m`,
  `INSERT INTO paragraphs (id, document_id, position, label, text)
     SELECT 'p-'||m.id||'-'||n, 'doc-'||m.id, n, n::text, 'Paragraph '||n||' of the statement of '||m.title
       FROM meetings m, generate_series(1, ${SYNTHETIC_SHAPE.paragraphsPerDocument}) n`,
  `INSERT INTO areas (id, slug, name, position, field)
     SELECT 'a'||i, 'area-'||i, 'Area '||i, i, (ARRAY['defence','foreign','both'])[1 + i % 3]::"PolicyField"
       FROM generate_series(1, ${SYNTHETIC_SHAPE.areas}) i`,
  `INSERT INTO tags (id, slug, label) SELECT 't'||i, 'tag-'||i, 'Tag '||i FROM generate_series(1, ${SYNTHETIC_SHAPE.tags}) i`,
];

// Pledge i belongs to dialogue 1 + i % 8 and was made at one of its first five meetings; a
// third have a target date (1-4 years on, so some past, some ahead); about 1% continue an
// earlier pledge of the same dialogue.
const PLEDGES_SQL = `
  INSERT INTO pledges (id, dialogue_id, meeting_id, area_id, side, title, text, paragraph_id, quote,
                       target_date, predecessor_id, predecessor_link, current_status_date)
  SELECT 'x'||i, 'd'||g.d, m.id, 'a'||(1 + i % ${SYNTHETIC_SHAPE.areas}),
         (ARRAY['japan','partner','both'])[1 + i % 3]::"Side",
         'Pledge number '||i||' on '||(ARRAY['maritime security','cyber defence','supply chains','space','energy','exercises'])[1 + i % 6],
         'The ministers confirmed cooperation item '||i||' and decided to pursue it further.',
         'p-'||m.id||'-'||(1 + (i / ${D}) % ${SYNTHETIC_SHAPE.paragraphsPerDocument}),
         'decided to pursue cooperation item '||i,
         CASE WHEN i % 3 = 0 THEN m.date + 365 * (1 + i % 4) END,
         CASE WHEN i % 97 = 0 AND i > ${D} THEN 'x'||(i - ${D}) END,
         CASE WHEN i % 97 = 0 AND i > ${D} THEN 'continues'::"PledgeLinkKind" END,
         m.date
    FROM generate_series(1, $1::int) i
   CROSS JOIN LATERAL (SELECT 1 + i % ${D} AS d, 1 + (i / ${D}) % 5 AS k0) g
    JOIN meetings m ON m.id = 'm'||g.d||'-'||g.k0`;

// Update j (1..U) of pledge i. Position jj is j, except for a correction, which restates
// update j-1 (same meeting and day, another status, created later). A pledge's updates are
// spread over the `span` meetings after the one that made it (1 up to all of them, so some
// pledges fall silent early); every sixth position is a report between meetings (no meeting,
// no paragraph, dated 45 days after the meeting). About one row in nine is a correction.
const UPDATES_SQL = `
  INSERT INTO status_updates (id, pledge_id, status, meeting_id, reported_on, paragraph_id, quote, note, corrects_id, reason, created_at)
  SELECT 'u'||i||'-'||j, 'x'||i,
         (ARRAY['in_progress','partly_delivered','in_progress','delivered','stalled','in_progress','delivered','dropped'])
           [1 + (i * 7 + i / 13 + u.jj * 3 + CASE WHEN u.fix THEN 1 ELSE 0 END) % 8]::"PledgeStatus",
         CASE WHEN u.off_meeting THEN NULL ELSE m.id END,
         m.date + CASE WHEN u.off_meeting THEN 45 ELSE 0 END,
         CASE WHEN u.off_meeting THEN NULL ELSE 'p-'||m.id||'-'||(1 + (i + u.jj) % ${SYNTHETIC_SHAPE.paragraphsPerDocument}) END,
         CASE WHEN u.off_meeting THEN NULL ELSE 'reported progress on cooperation item '||i END,
         CASE WHEN u.off_meeting THEN 'Reported between meetings' END,
         CASE WHEN u.fix THEN 'u'||i||'-'||(j - 1) END,
         CASE WHEN u.fix THEN 'Misread the statement' END,
         (m.date + CASE WHEN u.off_meeting THEN 45 ELSE 0 END)::timestamp + make_interval(secs => j)
    FROM generate_series(1, $1::int) i
   CROSS JOIN LATERAL (SELECT 1 + i % ${D} AS d, 1 + (i / ${D}) % 5 AS k0) g
   CROSS JOIN LATERAL (SELECT 1 + (i * 7) % (${M} - g.k0) AS span) s
   CROSS JOIN generate_series(1, $2::int) j
   CROSS JOIN LATERAL (SELECT j >= 2 AND (i + j) % 9 = 0 AS fix) f
   CROSS JOIN LATERAL (SELECT f.fix, CASE WHEN f.fix THEN j - 1 ELSE j END AS jj) u0
   CROSS JOIN LATERAL (SELECT u0.fix, u0.jj, u0.jj % 6 = 0 AS off_meeting) u
    JOIN meetings m ON m.id = 'm'||g.d||'-'||(g.k0 + 1 + ((u.jj - 1) * s.span) / $2::int)`;

const TAGS_SQL = `
  INSERT INTO pledge_tags (pledge_id, tag_id)
  SELECT 'x'||i, 't'||(1 + i % ${SYNTHETIC_SHAPE.tags}) FROM generate_series(1, $1::int) i WHERE i % 2 = 0
  UNION
  SELECT 'x'||i, 't'||(1 + (i / 6) % ${SYNTHETIC_SHAPE.tags}) FROM generate_series(1, $1::int) i WHERE i % 6 = 0`;

// Recomputes what the database's triggers maintain, for all rows at once, after a bulk load
// (still with triggers off: the rows rebuilt here need no foreign-key checks, and the
// data_version bump is done once at the end rather than queued per row).
async function rebuildDerived(client: pg.Client): Promise<void> {
  await client.query(`SELECT refresh_pledge_status(id) FROM pledges`);
  await client.query(`SELECT refresh_pledge_meeting_status(NULL)`);
  await client.query(`UPDATE data_version SET version = version + 1, changed_at = now()`);
}

// Fills an empty, migrated database. Returns the row counts and how long it took.
export async function loadSynthetic(client: pg.Client, size: SyntheticSize) {
  const t0 = Date.now();
  let inserted = t0;
  await client.query(`SET session_replication_role = replica`);
  try {
    for (const sql of REFERENCE_SQL) await client.query(sql);
    await client.query(PLEDGES_SQL, [size.pledges]);
    await client.query(TAGS_SQL, [size.pledges]);
    if (size.updatesPerPledge > 0) await client.query(UPDATES_SQL, [size.pledges, size.updatesPerPledge]);
    inserted = Date.now();
    await client.query(`ANALYZE`);
    await rebuildDerived(client);
  } finally {
    await client.query(`SET session_replication_role = origin`);
  }
  await client.query(`ANALYZE`);
  const { rows } = await client.query<{ pledges: number; updates: number; corrections: number }>(
    `SELECT (SELECT count(*) FROM pledges)::int AS pledges, (SELECT count(*) FROM status_updates)::int AS updates,
            (SELECT count(*) FROM status_updates WHERE corrects_id IS NOT NULL)::int AS corrections`,
  );
  return { ...rows[0]!, insertSeconds: (inserted - t0) / 1000, totalSeconds: (Date.now() - t0) / 1000 };
}

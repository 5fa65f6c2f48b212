import "server-only";
import { db } from "./read-db";
import { areaRef, meetingRef, dialogueWithPartner, dialogueRef } from "./selects";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, isoDayOrNull, today, dayToDate } from "@/lib/domain/dates";
import { currentStanding, deadlineStanding } from "@/lib/domain/status-history";
import { countMatchingPledges, inIdOrder, matchingPledgeIds, pledgeSqlCondition, type PledgeFilters } from "./filters";
import { DEFAULT_SORT, defaultDirection, type PledgeSort } from "@/lib/domain/pledge-sort";
import type { HistoryRecord, PledgeRecord } from "@/lib/domain/pledge-record";
import { paragraphRef } from "@/lib/domain/statement-parser";

export const PAGE_SIZE = 25;

// The columns that say what a pledge is, in every view of it.
const pledgeCore = {
  id: true,
  title: true,
  text: true,
  side: true,
  quote: true,
  targetDate: true,
  predecessorLink: true,
  currentStatus: true,
  version: true,
} satisfies Prisma.PledgeSelect;

const tagLabels = { select: { tag: { select: { label: true } } } } satisfies Prisma.Pledge$tagsArgs;

// A pledge's status history, oldest first (ties in the order they were recorded).
const historyOrder = [
  { reportedOn: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
] satisfies Prisma.StatusUpdateOrderByWithRelationInput[];

// The list's order as SQL for matchingPledgeIds; ties by title, then id, so pages are stable.
function orderSql(sort: PledgeSort, dir: "asc" | "desc"): Prisma.Sql {
  const d = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  switch (sort) {
    case "title":
      return Prisma.sql`p.title ${d}, p.id ASC`;
    case "status":
      return Prisma.sql`p.current_status ${d}, p.title ASC, p.id ASC`;
    case "area":
      return Prisma.sql`a.position ${d}, p.title ASC, p.id ASC`;
    case "updated":
      return Prisma.sql`p.current_status_date ${d}, p.title ASC, p.id ASC`;
    case "target":
      return Prisma.sql`p.target_date ${d} NULLS LAST, p.title ASC, p.id ASC`;
    default:
      return Prisma.sql`m.date ${d}, p.title ASC, p.id ASC`;
  }
}

const pledgeListSelect = {
  id: true,
  title: true,
  titleJa: true,
  side: true,
  currentStatus: true,
  currentStatusDate: true,
  targetDate: true,
  area: { select: areaRef },
  meeting: { select: meetingRef },
  dialogue: { select: dialogueWithPartner },
} satisfies Prisma.PledgeSelect;

// One page of pledges matching the filters, with the total for pagination.
export async function listPledges(
  filters: PledgeFilters,
  opts: { sort?: PledgeSort; dir?: "asc" | "desc"; page?: number } = {},
) {
  const sort = opts.sort ?? DEFAULT_SORT;
  const dir = opts.dir ?? defaultDirection(sort);
  const total = await countMatchingPledges(filters);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page ?? 1), pages);
  const ids = await matchingPledgeIds(filters, {
    order: orderSql(sort, dir),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const rows = inIdOrder(ids, await db.pledge.findMany({ where: { id: { in: ids } }, select: pledgeListSelect }));
  const now = today();
  return {
    total,
    page,
    pages,
    sort,
    dir,
    rows: rows.map((r) => {
      const targetDate = isoDayOrNull(r.targetDate);
      const deadline = deadlineStanding(targetDate, r.currentStatus, isoDay(r.currentStatusDate), now);
      return {
        id: r.id,
        title: r.title,
        titleJa: r.titleJa,
        side: r.side,
        status: r.currentStatus,
        statusDate: isoDay(r.currentStatusDate),
        targetDate,
        overdue: deadline === "overdue",
        unconfirmed: deadline === "unconfirmed",
        area: r.area,
        meeting: { ...r.meeting, date: isoDay(r.meeting.date) },
        dialogue: r.dialogue,
      };
    }),
  };
}

const citationSelect = {
  id: true,
  label: true,
  position: true,
  document: { select: { id: true, title: true, publisher: true, url: true, language: true } },
} satisfies Prisma.ParagraphSelect;

// Everything the pledge page shows: text, citation, lineage and the status timeline, with the
// Japanese names and titles beside the English ones (lib/i18n/names.ts chooses).
const pledgePageSelect = {
  ...pledgeCore,
  titleJa: true,
  currentStatusDate: true,
  createdAt: true,
  area: { select: areaRef },
  dialogue: { select: dialogueWithPartner },
  meeting: { select: meetingRef },
  paragraph: { select: citationSelect },
  predecessor: { select: { id: true, title: true, titleJa: true, currentStatus: true } },
  successors: {
    select: { id: true, title: true, titleJa: true, currentStatus: true, predecessorLink: true },
    orderBy: { createdAt: "asc" },
  },
  tags: { select: { tag: { select: { id: true, label: true } } }, orderBy: { tag: { label: "asc" } } },
  updates: {
    select: {
      id: true,
      status: true,
      reportedOn: true,
      quote: true,
      note: true,
      reason: true,
      correctsId: true,
      recordedBy: true,
      createdAt: true,
      meeting: { select: meetingRef },
      paragraph: { select: citationSelect },
    },
    orderBy: historyOrder,
  },
} satisfies Prisma.PledgeSelect;

export async function getPledge(id: string) {
  const p = await db.pledge.findUnique({
    where: { id },
    select: pledgePageSelect,
  });
  if (!p) return null;
  const targetDate = isoDayOrNull(p.targetDate);
  const corrected = new Set(p.updates.map((u) => u.correctsId).filter(Boolean));
  const deadline = deadlineStanding(targetDate, p.currentStatus, isoDay(p.currentStatusDate), today());
  const updates = p.updates.map((u) => ({
    ...u,
    reportedOn: isoDay(u.reportedOn),
    createdAt: u.createdAt.toISOString(),
    meetingId: u.meeting?.id ?? null,
    meeting: u.meeting ? { ...u.meeting, date: isoDay(u.meeting.date) } : null,
    superseded: corrected.has(u.id),
  }));
  const meeting = { ...p.meeting, date: isoDay(p.meeting.date) };
  return {
    ...p,
    targetDate,
    currentStatusDate: isoDay(p.currentStatusDate),
    standing: currentStanding(meeting.date, updates),
    overdue: deadline === "overdue",
    unconfirmed: deadline === "unconfirmed",
    meeting,
    tags: p.tags.map((t) => t.tag),
    updates,
  };
}

// Pledges with their status history, as the exports and the public API hand them out.

const citation = { select: { label: true, documentId: true } } satisfies Prisma.ParagraphDefaultArgs;

export const pledgeRecordSelect = {
  ...pledgeCore,
  predecessorId: true,
  currentStatusDate: true,
  dialogue: { select: dialogueRef },
  meeting: { select: meetingRef },
  area: { select: areaRef },
  paragraph: citation,
  tags: tagLabels,
  successors: { where: { predecessorLink: "supersedes" }, select: { id: true }, orderBy: { id: "asc" }, take: 1 },
  updates: {
    select: {
      id: true,
      status: true,
      reportedOn: true,
      meetingId: true,
      quote: true,
      note: true,
      correctsId: true,
      reason: true,
      createdAt: true,
      paragraph: citation,
    },
    orderBy: historyOrder,
  },
} satisfies Prisma.PledgeSelect;

type Row = Prisma.PledgeGetPayload<{ select: typeof pledgeRecordSelect }>;

export function toRecord(p: Row, now = today()): PledgeRecord {
  const targetDate = isoDayOrNull(p.targetDate);
  const since = isoDay(p.currentStatusDate);
  const deadline = deadlineStanding(targetDate, p.currentStatus, since, now);
  const corrected = new Set(p.updates.map((u) => u.correctsId).filter(Boolean));
  return {
    id: p.id,
    title: p.title,
    text: p.text,
    // The API and the exports name things in English (the Japanese names are the pages').
    dialogue: { id: p.dialogue.id, name: p.dialogue.name },
    madeAt: { meetingId: p.meeting.id, title: p.meeting.title, date: isoDay(p.meeting.date) },
    area: { id: p.area.id, name: p.area.name },
    side: p.side,
    source: { documentId: p.paragraph.documentId, paragraph: p.paragraph.label, quote: p.quote },
    targetDate,
    tags: p.tags.map((t) => t.tag.label).sort((a, b) => a.localeCompare(b)),
    predecessor: p.predecessorId ? { id: p.predecessorId, link: p.predecessorLink ?? "continues" } : null,
    supersededBy: p.successors[0]?.id ?? null,
    status: {
      current: p.currentStatus,
      since,
      overdue: deadline === "overdue",
      pastTargetUnconfirmed: deadline === "unconfirmed",
    },
    version: p.version,
    history: p.updates.map((u) => ({
      id: u.id,
      status: u.status,
      reportedOn: isoDay(u.reportedOn),
      meetingId: u.meetingId,
      source:
        u.paragraph && u.quote
          ? { documentId: u.paragraph.documentId, paragraph: u.paragraph.label, quote: u.quote }
          : null,
      note: u.note,
      correctsId: u.correctsId,
      reason: u.reason,
      superseded: corrected.has(u.id),
      recordedAt: u.createdAt.toISOString(),
    })),
  };
}

// The same record read in one SQL query per page (the export's hot path, and the API's): each
// pledge's row shaped as the record's JSON by PostgreSQL, with its history, tags and citations
// aggregated beside it, instead of Prisma's one query per relation joined in JavaScript (which
// cost 4 of the 5 s of a 12,500-pledge export, README "Exports at 100k x 10"). Keys in the
// record's order, the history's updates as arrays; what depends on today or on the whole
// history (overdue, superseded) and the tags' locale order are finished in JavaScript by
// finishRecord, as toRecord does them. The
// import (lib/import-export/context.ts) still reads through pledgeRecordSelect + toRecord in its
// transaction; tests/integration/export-records-sql.test.ts holds the two reads equal.
const day = (col: Prisma.Sql) => Prisma.sql`to_char(${col}, 'YYYY-MM-DD')`;
const recordJsonSql = Prisma.sql`json_build_object(
    'id', p.id, 'title', p.title, 'text', p.text,
    'dialogue', json_build_object('id', rd.id, 'name', rd.name),
    'madeAt', json_build_object('meetingId', rm.id, 'title', rm.title, 'date', ${day(Prisma.sql`rm.date`)}),
    'area', json_build_object('id', ra.id, 'name', ra.name),
    'side', p.side,
    'source', json_build_object('documentId', rp.document_id, 'paragraph', rp.label, 'quote', p.quote),
    'targetDate', ${day(Prisma.sql`p.target_date`)},
    'tags', COALESCE((SELECT json_agg(rt.label) FROM pledge_tags rpt JOIN tags rt ON rt.id = rpt.tag_id
                       WHERE rpt.pledge_id = p.id), '[]'::json),
    'predecessor', CASE WHEN p.predecessor_id IS NOT NULL THEN json_build_object(
                     'id', p.predecessor_id, 'link', COALESCE(p.predecessor_link::text, 'continues')) END,
    'supersededBy', (SELECT rs.id FROM pledges rs WHERE rs.predecessor_id = p.id AND rs.predecessor_link = 'supersedes'
                      ORDER BY rs.id ASC LIMIT 1),
    'status', json_build_object('current', p.current_status, 'since', ${day(Prisma.sql`p.current_status_date`)},
                                'overdue', false, 'pastTargetUnconfirmed', false),
    'version', p.version,
    'history', COALESCE((SELECT json_agg(json_build_array(
        ru.id, ru.status, ${day(Prisma.sql`ru.reported_on`)}, ru.meeting_id, rup.label, rup.document_id, ru.quote,
        ru.note, ru.corrects_id, ru.reason, (extract(epoch FROM ru.created_at) * 1000)::bigint)
        ORDER BY ru.reported_on ASC, ru.created_at ASC, ru.id ASC)
      FROM status_updates ru LEFT JOIN paragraphs rup ON rup.id = ru.paragraph_id WHERE ru.pledge_id = p.id), '[]'::json)
  )::text`;

// A status update as recordJsonSql lists it: an array, not a keyed object (PostgreSQL builds
// the 125,000 of a 12,500-pledge export about 40% faster so), its time as epoch milliseconds.
type HistoryRow = [
  id: string,
  status: HistoryRecord["status"],
  reportedOn: string,
  meetingId: string | null,
  paragraph: string | null,
  documentId: string | null,
  quote: string | null,
  note: string | null,
  correctsId: string | null,
  reason: string | null,
  createdAt: number,
];
type RecordRow = Omit<PledgeRecord, "history"> & { history: HistoryRow[] };

// The record from recordJsonSql's row, with what toRecord derives rather than reads.
function finishRecord(row: RecordRow, now: string): PledgeRecord {
  const r = row as unknown as PledgeRecord;
  const deadline = deadlineStanding(r.targetDate, r.status.current, r.status.since, now);
  r.status.overdue = deadline === "overdue";
  r.status.pastTargetUnconfirmed = deadline === "unconfirmed";
  r.tags.sort((a, b) => a.localeCompare(b));
  const corrected = new Set(row.history.map((h) => h[8]).filter(Boolean));
  r.history = row.history.map(
    ([id, status, reportedOn, meetingId, paragraph, documentId, quote, note, correctsId, reason, createdAt]) => ({
      id,
      status,
      reportedOn,
      meetingId,
      source: paragraph !== null && documentId !== null && quote ? { documentId, paragraph, quote } : null,
      note,
      correctsId,
      reason,
      superseded: corrected.has(id),
      recordedAt: new Date(createdAt).toISOString(),
    }),
  );
  return r;
}

// Records of the pledges `where` picks (SQL over `p`), in `tail`'s order and page.
async function readRecords(where: Prisma.Sql, tail: Prisma.Sql, now = today()): Promise<PledgeRecord[]> {
  const rows = await db.$queryRaw<{ r: string }[]>`
    SELECT ${recordJsonSql} AS r FROM pledges p
      JOIN dialogues rd ON rd.id = p.dialogue_id JOIN meetings rm ON rm.id = p.meeting_id
      JOIN areas ra ON ra.id = p.area_id JOIN paragraphs rp ON rp.id = p.paragraph_id
     WHERE ${where} ${tail}`;
  return rows.map((row) => finishRecord(JSON.parse(row.r) as RecordRow, now));
}

// Matching pledges in id order, `batchSize` at a time, one query a batch. The batches are
// ranges of ids cut first (every batchSize-th matching id), so the next `ahead` batches are read
// while the caller writes out this one (PostgreSQL and Node on their own cores), a large export
// never holds every pledge in memory, and no pledge is skipped or repeated.
export async function* pledgeRecordBatches(
  filters: PledgeFilters,
  { batchSize = 1_000, ahead = 2 } = {},
): AsyncGenerator<PledgeRecord[]> {
  const now = today();
  const condition = pledgeSqlCondition(filters);
  const cuts = await db.$queryRaw<{ id: string }[]>`
    SELECT b.id FROM (SELECT p.id, row_number() OVER (ORDER BY p.id ASC) AS n FROM pledges p WHERE ${condition}) b
     WHERE b.n % ${batchSize} = 0 ORDER BY b.id ASC`;
  const bounds: (string | undefined)[] = [undefined, ...cuts.map((c) => c.id), undefined];
  const read = (i: number) => {
    const [after, upTo] = [bounds[i], bounds[i + 1]];
    const range = Prisma.sql`${after === undefined ? Prisma.empty : Prisma.sql`AND p.id > ${after}`}
      ${upTo === undefined ? Prisma.empty : Prisma.sql`AND p.id <= ${upTo}`}`;
    const batch = readRecords(Prisma.sql`${condition} ${range}`, Prisma.sql`ORDER BY p.id ASC`, now);
    batch.catch(() => {}); // a batch read ahead of a cancelled download fails unobserved
    return batch;
  };
  const pending: Promise<PledgeRecord[]>[] = [];
  for (let next = 0; next < bounds.length - 1 || pending.length > 0;) {
    while (next < bounds.length - 1 && pending.length <= ahead) pending.push(read(next++));
    const records = await pending.shift()!;
    if (records.length > 0) yield records;
  }
}

// One page of pledge records, for the API.
export async function listPledgeRecords(filters: PledgeFilters, page: number, perPage: number) {
  const [total, records] = await Promise.all([
    countMatchingPledges(filters),
    readRecords(
      pledgeSqlCondition(filters),
      Prisma.sql`ORDER BY p.id ASC LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
    ),
  ]);
  return { total, records };
}

export async function getPledgeRecord(id: string): Promise<PledgeRecord | null> {
  const [record] = await readRecords(Prisma.sql`p.id = ${id}`, Prisma.empty);
  return record ?? null;
}

// A pledge as its edit form opens it (with the version it saves against).
const pledgeFormSelect = {
  ...pledgeCore,
  titleJa: true,
  predecessorId: true,
  areaId: true,
  meetingId: true,
  paragraphId: true,
  dialogue: { select: dialogueWithPartner },
  meeting: { select: meetingRef },
  tags: tagLabels,
  aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
} satisfies Prisma.PledgeSelect;

export async function getPledgeForEdit(id: string) {
  const p = await db.pledge.findUnique({
    where: { id },
    select: pledgeFormSelect,
  });
  if (!p) return null;
  return {
    ...p,
    targetDate: isoDayOrNull(p.targetDate),
    meeting: { ...p.meeting, date: isoDay(p.meeting.date) },
    tags: p.tags.map((t) => t.tag.label),
    aliases: p.aliases.map((a) => a.alias),
  };
}

// The pledges a pledge made on `madeOn` may continue or supersede: its dialogue's, made at or
// before that day (lib/domain/lineage.ts predecessorProblem), newest first.
export async function listPredecessorChoices(dialogueId: string, madeOn: string, exceptId?: string) {
  return db.pledge.findMany({
    where: {
      dialogueId,
      meeting: { date: { lte: dayToDate(madeOn) } },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true, title: true, titleJa: true },
    orderBy: [{ meeting: { date: "desc" } }, { title: "asc" }],
    take: 1_000,
  });
}

// What the audit trail keeps of a pledge (names, not ids).
const pledgeSnapshotSelect = {
  ...pledgeCore,
  area: { select: { name: true } },
  meeting: { select: { title: true } },
  paragraph: { select: { label: true, document: { select: { title: true } } } },
  predecessor: { select: { title: true } },
  tags: tagLabels,
} satisfies Prisma.PledgeSelect;

export async function pledgeSnapshot(tx: Prisma.TransactionClient, id: string) {
  const p = await tx.pledge.findUnique({
    where: { id },
    select: pledgeSnapshotSelect,
  });
  if (!p) return null;
  return {
    title: p.title,
    text: p.text,
    area: p.area.name,
    side: p.side,
    madeAt: p.meeting.title,
    citation: `${p.paragraph.document.title}, ${paragraphRef(p.paragraph.label)}`,
    quote: p.quote,
    targetDate: isoDayOrNull(p.targetDate),
    predecessor: p.predecessor ? `${p.predecessorLink ?? "continues"}: ${p.predecessor.title}` : null,
    tags: p.tags.map((t) => t.tag.label).sort((a, b) => a.localeCompare(b)),
    status: p.currentStatus,
    version: p.version,
  };
}

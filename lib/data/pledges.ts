import "server-only";
import { db } from "./read-db";
import { areaRef, meetingRef, dialogueWithPartner, dialogueRef } from "./selects";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, isoDayOrNull, today, dayToDate } from "@/lib/domain/dates";
import { currentStanding, deadlineStanding } from "@/lib/domain/status-history";
import { countMatchingPledges, inIdOrder, matchingPledgeIds, type PledgeFilters } from "./filters";
import { DEFAULT_SORT, defaultDirection, type PledgeSort } from "@/lib/domain/pledge-sort";
import type { PledgeRecord } from "@/lib/domain/pledge-record";
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

const BY_ID = Prisma.sql`p.id ASC`;

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

// Matching pledges in id order, `batchSize` at a time (keyset pages, so a large export never
// holds every pledge in memory and never skips or repeats one).
export async function* pledgeRecordBatches(filters: PledgeFilters, batchSize = 500): AsyncGenerator<PledgeRecord[]> {
  const now = today();
  let after: string | undefined;
  for (;;) {
    const ids = await matchingPledgeIds(filters, { after, limit: batchSize });
    if (ids.length === 0) return;
    const rows = await db.pledge.findMany({ where: { id: { in: ids } }, select: pledgeRecordSelect });
    yield inIdOrder(ids, rows).map((r) => toRecord(r, now));
    if (ids.length < batchSize) return;
    after = ids.at(-1)!;
  }
}

// One page of pledge records, for the API.
export async function listPledgeRecords(filters: PledgeFilters, page: number, perPage: number) {
  const [total, ids] = await Promise.all([
    countMatchingPledges(filters),
    matchingPledgeIds(filters, { order: BY_ID, offset: (page - 1) * perPage, limit: perPage }),
  ]);
  const rows = inIdOrder(ids, await db.pledge.findMany({ where: { id: { in: ids } }, select: pledgeRecordSelect }));
  const now = today();
  return { total, records: rows.map((r) => toRecord(r, now)) };
}

export async function getPledgeRecord(id: string): Promise<PledgeRecord | null> {
  const row = await db.pledge.findUnique({ where: { id }, select: pledgeRecordSelect });
  return row ? toRecord(row) : null;
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

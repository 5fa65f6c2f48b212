import "server-only";
import { db } from "./read-db";
import { isoDay, today } from "@/lib/domain/dates";
import type { PledgeRecord } from "@/lib/domain/pledge-record";
import { deadlineStanding } from "@/lib/domain/status-history";
import { Prisma } from "@/lib/generated/prisma/client";
import { countMatchingPledges, inIdOrder, matchingPledgeIds, type PledgeFilters } from "./filters";

const BY_ID = Prisma.sql`p.id ASC`;

// Pledges with their status history, as the exports and the public API hand them out.

const citation = { select: { label: true, documentId: true } } satisfies Prisma.ParagraphDefaultArgs;

export const recordSelect = {
  id: true,
  title: true,
  text: true,
  side: true,
  quote: true,
  targetDate: true,
  predecessorId: true,
  predecessorLink: true,
  currentStatus: true,
  currentStatusDate: true,
  version: true,
  dialogue: { select: { id: true, name: true } },
  meeting: { select: { id: true, title: true, date: true } },
  area: { select: { id: true, name: true } },
  paragraph: citation,
  tags: { select: { tag: { select: { label: true } } } },
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
    orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.PledgeSelect;

type Row = Prisma.PledgeGetPayload<{ select: typeof recordSelect }>;

export function toRecord(p: Row, now = today()): PledgeRecord {
  const targetDate = p.targetDate ? isoDay(p.targetDate) : null;
  const since = isoDay(p.currentStatusDate);
  const deadline = deadlineStanding(targetDate, p.currentStatus, since, now);
  const corrected = new Set(p.updates.map((u) => u.correctsId).filter(Boolean));
  return {
    id: p.id,
    title: p.title,
    text: p.text,
    dialogue: p.dialogue,
    madeAt: { meetingId: p.meeting.id, title: p.meeting.title, date: isoDay(p.meeting.date) },
    area: p.area,
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
    const rows = await db.pledge.findMany({ where: { id: { in: ids } }, select: recordSelect });
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
  const rows = inIdOrder(ids, await db.pledge.findMany({ where: { id: { in: ids } }, select: recordSelect }));
  const now = today();
  return { total, records: rows.map((r) => toRecord(r, now)) };
}

export async function getPledgeRecord(id: string): Promise<PledgeRecord | null> {
  const row = await db.pledge.findUnique({ where: { id }, select: recordSelect });
  return row ? toRecord(row) : null;
}

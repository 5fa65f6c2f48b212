import "server-only";
import { db } from "./read-db";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, today } from "@/lib/domain/dates";
import { deadlineStanding } from "@/lib/domain/status-history";
import { countMatchingPledges, inIdOrder, matchingPledgeIds, type PledgeFilters } from "./filters";
import type { PledgeSort } from "@/lib/domain/pledge-sort";

export const PAGE_SIZE = 25;

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

const listSelect = {
  id: true,
  title: true,
  side: true,
  currentStatus: true,
  currentStatusDate: true,
  targetDate: true,
  area: { select: { id: true, name: true } },
  meeting: { select: { id: true, title: true, date: true } },
  dialogue: { select: { id: true, name: true, partnerCountry: true } },
} satisfies Prisma.PledgeSelect;

// One page of pledges matching the filters, with the total for pagination.
export async function listPledges(
  filters: PledgeFilters,
  opts: { sort?: PledgeSort; dir?: "asc" | "desc"; page?: number } = {},
) {
  const sort = opts.sort ?? "made";
  const dir = opts.dir ?? (sort === "title" || sort === "area" ? "asc" : "desc");
  const total = await countMatchingPledges(filters);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page ?? 1), pages);
  const ids = await matchingPledgeIds(filters, {
    order: orderSql(sort, dir),
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const rows = inIdOrder(ids, await db.pledge.findMany({ where: { id: { in: ids } }, select: listSelect }));
  const now = today();
  return {
    total,
    page,
    pages,
    sort,
    dir,
    rows: rows.map((r) => {
      const targetDate = r.targetDate ? isoDay(r.targetDate) : null;
      const deadline = deadlineStanding(targetDate, r.currentStatus, isoDay(r.currentStatusDate), now);
      return {
        id: r.id,
        title: r.title,
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
  document: { select: { id: true, title: true, publisher: true, url: true } },
} satisfies Prisma.ParagraphSelect;

// Everything the pledge page shows: text, citation, lineage and the status timeline.
export async function getPledge(id: string) {
  const p = await db.pledge.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      quote: true,
      side: true,
      currentStatus: true,
      currentStatusDate: true,
      targetDate: true,
      version: true,
      createdAt: true,
      predecessorLink: true,
      area: { select: { id: true, name: true } },
      dialogue: { select: { id: true, name: true, partnerCountry: true } },
      meeting: { select: { id: true, title: true, date: true } },
      paragraph: { select: citationSelect },
      predecessor: { select: { id: true, title: true, currentStatus: true } },
      successors: {
        select: { id: true, title: true, currentStatus: true, predecessorLink: true },
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
          meeting: { select: { id: true, title: true, date: true } },
          paragraph: { select: citationSelect },
        },
        orderBy: [{ reportedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!p) return null;
  const targetDate = p.targetDate ? isoDay(p.targetDate) : null;
  const corrected = new Set(p.updates.map((u) => u.correctsId).filter(Boolean));
  const deadline = deadlineStanding(targetDate, p.currentStatus, isoDay(p.currentStatusDate), today());
  return {
    ...p,
    targetDate,
    currentStatusDate: isoDay(p.currentStatusDate),
    overdue: deadline === "overdue",
    unconfirmed: deadline === "unconfirmed",
    meeting: { ...p.meeting, date: isoDay(p.meeting.date) },
    tags: p.tags.map((t) => t.tag),
    updates: p.updates.map((u) => ({
      ...u,
      reportedOn: isoDay(u.reportedOn),
      createdAt: u.createdAt.toISOString(),
      meeting: u.meeting ? { ...u.meeting, date: isoDay(u.meeting.date) } : null,
      superseded: corrected.has(u.id),
    })),
  };
}

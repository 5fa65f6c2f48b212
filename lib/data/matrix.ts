import "server-only";
import { db } from "./read-db";
import { isoDay } from "@/lib/domain/dates";
import { matrixRow, type MatrixCell } from "@/lib/domain/status-history";
import { Prisma } from "@/lib/generated/prisma/client";
import { countMatchingPledges, inIdOrder, matchingPledgeIds, type PledgeFilters } from "./filters";

const MATRIX_PAGE_SIZE = 100;

// The pledge x meeting matrix of a dialogue: one page of pledges (oldest first), each with
// its status as of every meeting and whether that meeting reported on it.
export async function statusMatrix(dialogueId: string, filters: PledgeFilters = {}, page = 1) {
  const meetings = (
    await db.meeting.findMany({
      where: { dialogueId },
      select: {
        id: true,
        title: true,
        titleJa: true,
        date: true,
        kind: true,
        ordinal: true,
        reviewedAt: true,
        statementCollected: true,
      },
      orderBy: [{ date: "asc" }, { id: "asc" }],
    })
  ).map(({ reviewedAt, ...m }) => ({ ...m, date: isoDay(m.date), reviewed: reviewedAt !== null }));
  const scoped = { ...filters, dialogue: dialogueId };
  const total = await countMatchingPledges(scoped);
  const pages = Math.max(1, Math.ceil(total / MATRIX_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  // Oldest first, in the order of their statement's paragraphs.
  const order = Prisma.sql`m.date ASC, pp.position ASC, p.id ASC`;
  const ids = await matchingPledgeIds(scoped, {
    order,
    offset: (current - 1) * MATRIX_PAGE_SIZE,
    limit: MATRIX_PAGE_SIZE,
  });
  const found = await db.pledge.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      titleJa: true,
      meetingId: true,
      currentStatus: true,
      meeting: { select: { date: true } },
      area: { select: { name: true, nameJa: true, field: true } },
      updates: {
        select: { id: true, status: true, reportedOn: true, createdAt: true, meetingId: true, correctsId: true },
      },
    },
  });
  const rows = inIdOrder(ids, found).map((p) => ({
    id: p.id,
    title: p.title,
    titleJa: p.titleJa,
    area: p.area.name,
    areaJa: p.area.nameJa,
    currentStatus: p.currentStatus,
    cells: matrixRow(
      { meetingId: p.meetingId, madeOn: isoDay(p.meeting.date), field: p.area.field },
      p.updates.map((u) => ({ ...u, reportedOn: isoDay(u.reportedOn), createdAt: u.createdAt.toISOString() })),
      meetings,
    ) as MatrixCell[],
  }));
  return { meetings, rows, total, page: current, pages };
}

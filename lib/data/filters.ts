import { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate, today } from "@/lib/domain/dates";
import type { PledgeFilters } from "@/lib/validation/pledge-filters";
import { db } from "@/lib/db/client";
import { overdueSql, pastTargetUnconfirmedSql } from "./deadlines";

// The pledge filters every list, chart and export shares; routes parse them from their URL
// with the shapes in lib/validation/pledge-filters.ts and apply them with the two functions
// below (Prisma for lists, SQL for aggregates), which tests/integration/filters-agree.test.ts
// holds to the same answers.
export type { PledgeFilters };

// Text to find literally with LIKE (PostgreSQL's default escape character is the backslash).
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// The same filters as a Prisma where clause.
export function pledgeWhere(f: PledgeFilters): Prisma.PledgeWhereInput {
  const where: Prisma.PledgeWhereInput = {};
  if (f.dialogue) where.dialogueId = f.dialogue;
  if (f.meeting) where.meetingId = f.meeting;
  if (f.area) where.areaId = f.area;
  if (f.status) where.currentStatus = f.status;
  if (f.side) where.side = f.side;
  if (f.tag) where.tags = { some: { tagId: f.tag } };
  if (f.q) {
    // Prisma's `contains` passes % and _ through to LIKE as wildcards.
    const q = escapeLike(f.q);
    where.OR = [{ title: { contains: q, mode: "insensitive" } }, { text: { contains: q, mode: "insensitive" } }];
  }
  if (f.from || f.to) {
    where.meeting = { date: { ...(f.from ? { gte: dayToDate(f.from) } : {}), ...(f.to ? { lte: dayToDate(f.to) } : {}) } };
  }
  // Overdue and "past target, unconfirmed" narrow further, like every other filter: with
  // status=delivered nothing is left (lib/domain/status-history.ts deadlineStanding).
  const deadline = (later: boolean): Prisma.PledgeWhereInput[] => [
    { targetDate: { lt: dayToDate(today()) } },
    { currentStatus: { notIn: ["delivered", "dropped"] } },
    { currentStatusDate: later ? { gt: db.pledge.fields.targetDate } : { lte: db.pledge.fields.targetDate } },
  ];
  if (f.overdue) where.AND = [...((where.AND as Prisma.PledgeWhereInput[] | undefined) ?? []), ...deadline(true)];
  if (f.unconfirmed) where.AND = [...((where.AND as Prisma.PledgeWhereInput[] | undefined) ?? []), ...deadline(false)];
  return where;
}

// The same filters as a SQL condition on `p` (pledges), for the aggregate queries.
export function pledgeSqlCondition(f: PledgeFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.dialogue) parts.push(Prisma.sql`p.dialogue_id = ${f.dialogue}`);
  if (f.meeting) parts.push(Prisma.sql`p.meeting_id = ${f.meeting}`);
  if (f.area) parts.push(Prisma.sql`p.area_id = ${f.area}`);
  if (f.status) parts.push(Prisma.sql`p.current_status = ${f.status}::"PledgeStatus"`);
  if (f.side) parts.push(Prisma.sql`p.side = ${f.side}::"Side"`);
  if (f.tag) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM pledge_tags pt WHERE pt.pledge_id = p.id AND pt.tag_id = ${f.tag})`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    parts.push(Prisma.sql`(p.title ILIKE ${like} OR p.text ILIKE ${like})`);
  }
  if (f.from) parts.push(Prisma.sql`(SELECT fm.date FROM meetings fm WHERE fm.id = p.meeting_id) >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`(SELECT fm.date FROM meetings fm WHERE fm.id = p.meeting_id) <= ${f.to}::date`);
  if (f.overdue) parts.push(overdueSql(today()));
  if (f.unconfirmed) parts.push(pastTargetUnconfirmedSql(today()));
  return Prisma.join(parts, " AND ");
}

// Back to search params, for links that keep the current view.
export function filtersToSearch(f: PledgeFilters, extra: Record<string, string | number | undefined> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) {
    if (v === undefined || v === "") continue;
    sp.set(k, v === true ? "1" : String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}

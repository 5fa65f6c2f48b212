import { Prisma } from "@/lib/generated/prisma/client";
import { STATUSES, SIDES, type Side, type Status } from "@/lib/domain/status";
import { dayToDate, today } from "@/lib/domain/dates";

// The pledge filters every list, chart and export shares, parsed from a URL's search params.
export type PledgeFilters = {
  dialogue?: string;
  meeting?: string;
  area?: string;
  status?: Status;
  side?: Side;
  tag?: string;
  q?: string;
  overdue?: boolean;
  // Meeting date range (YYYY-MM-DD, inclusive): pledges made at meetings in it, and the
  // meetings a per-meeting chart shows.
  from?: string;
  to?: string;
};

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

// A calendar day that exists, else undefined (a bad date in a URL is ignored, not an error).
function day(v: string | undefined): string | undefined {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
  return dayToDate(v).toISOString().startsWith(v) ? v : undefined;
}

export function parsePledgeFilters(params: Params): PledgeFilters {
  const status = first(params.status);
  const side = first(params.side);
  return {
    dialogue: first(params.dialogue),
    meeting: first(params.meeting),
    area: first(params.area),
    status: STATUSES.includes(status as Status) ? (status as Status) : undefined,
    side: SIDES.includes(side as Side) ? (side as Side) : undefined,
    tag: first(params.tag),
    q: first(params.q)?.slice(0, 200),
    overdue: first(params.overdue) === "1" || undefined,
    from: day(first(params.from)),
    to: day(first(params.to)),
  };
}

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
    where.OR = [{ title: { contains: f.q, mode: "insensitive" } }, { text: { contains: f.q, mode: "insensitive" } }];
  }
  if (f.from || f.to) {
    where.meeting = { date: { ...(f.from ? { gte: dayToDate(f.from) } : {}), ...(f.to ? { lte: dayToDate(f.to) } : {}) } };
  }
  if (f.overdue) {
    where.targetDate = { lt: dayToDate(today()) };
    where.currentStatus = f.status && f.status !== "delivered" && f.status !== "dropped" ? f.status : { notIn: ["delivered", "dropped"] };
  }
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
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(Prisma.sql`(p.title ILIKE ${like} OR p.text ILIKE ${like})`);
  }
  if (f.from) parts.push(Prisma.sql`(SELECT fm.date FROM meetings fm WHERE fm.id = p.meeting_id) >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`(SELECT fm.date FROM meetings fm WHERE fm.id = p.meeting_id) <= ${f.to}::date`);
  if (f.overdue) {
    parts.push(Prisma.sql`p.target_date < ${today()}::date AND p.current_status NOT IN ('delivered', 'dropped')`);
  }
  return Prisma.join(parts, " AND ");
}

// Back to search params, for links that keep the current view.
export function filtersToSearch(f: PledgeFilters, extra: Record<string, string | number | undefined> = {}): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) {
    if (v === undefined || v === false || v === "") continue;
    sp.set(k, v === true ? "1" : String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}

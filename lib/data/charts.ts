import "server-only";
import { db } from "./read-db";
import { Prisma } from "@/lib/generated/prisma/client";
import { SIDES, type Side, type Status } from "@/lib/domain/status";
import { isoDay, isoDayOrNull, today } from "@/lib/domain/dates";
import { pledgeSqlCondition, type PledgeFilters } from "./filters";
import { emptyCounts, type StatusCounts } from "./progress";
import { overdueSql, pastTargetUnconfirmedSql } from "./deadlines";
import { unconfirmedInGapSql } from "./collection-gaps";
import { STALE_AFTER_MEETINGS, silenceTableSql } from "./silence";
import { countedOnceSql } from "./lineage";
import { isOpenSql } from "./status-as-of";

export type SideProgress = { side: Side; total: number; shareDelivered: number } & StatusCounts;

// Pledges by current status for each side that undertakes them (all three sides always present),
// a superseded pledge counted once, under its successor.
export async function progressBySide(filters: PledgeFilters): Promise<SideProgress[]> {
  const rows = await db.$queryRaw<{ side: Side; status: Status; n: bigint }[]>`
    SELECT p.side, p.current_status AS status, count(*) AS n
      FROM pledges p
     WHERE ${pledgeSqlCondition(filters)} AND ${countedOnceSql({ matching: filters })}
     GROUP BY p.side, p.current_status`;
  const bySide = new Map<Side, SideProgress>(
    SIDES.map((s) => [s, { side: s, total: 0, shareDelivered: 0, ...emptyCounts() }]),
  );
  for (const r of rows) {
    const entry = bySide.get(r.side)!;
    entry[r.status] = Number(r.n);
    entry.total += Number(r.n);
  }
  return [...bySide.values()].map((s) => ({ ...s, shareDelivered: s.total ? s.delivered / s.total : 0 }));
}

// The open pledges the attention panel counts and lists (a superseded one, even if left open,
// counts once, under its successor).
const openCountedSql = (filters: PledgeFilters) =>
  Prisma.sql`${pledgeSqlCondition(filters)} AND ${isOpenSql(Prisma.sql`p.current_status`)} AND ${countedOnceSql({ matching: filters })}`;

export type AttentionByArea = {
  areaId: string;
  area: string;
  areaJa: string | null;
  open: number;
  overdue: number;
  unconfirmed: number;
  // Of those past target, unconfirmed: how many fall in a gap of the collection.
  unconfirmedInGap: number;
  stale: number;
};

// Per area: open pledges, those past their target date, and those with no report across the
// last STALE_AFTER_MEETINGS meetings of their dialogue (as of today).
export async function attentionByArea(filters: PledgeFilters): Promise<AttentionByArea[]> {
  const now = today();
  const openPledges = openCountedSql(filters);
  const rows = await db.$queryRaw<
    {
      id: string;
      name: string;
      name_ja: string | null;
      open: bigint;
      overdue: bigint;
      unconfirmed: bigint;
      unconfirmed_in_gap: bigint;
      stale: bigint;
    }[]
  >`
    WITH silence AS (${silenceTableSql(openPledges, now)})
    SELECT a.id, a.name, a.name_ja,
           count(p.id) AS open,
           count(p.id) FILTER (WHERE ${overdueSql(now)}) AS overdue,
           count(p.id) FILTER (WHERE ${pastTargetUnconfirmedSql(now)}) AS unconfirmed,
           count(p.id) FILTER (WHERE ${unconfirmedInGapSql(now)}) AS unconfirmed_in_gap,
           count(p.id) FILTER (WHERE s.silent >= ${STALE_AFTER_MEETINGS}) AS stale
      FROM areas a
      LEFT JOIN (silence s JOIN pledges p ON p.id = s.id) ON p.area_id = a.id
     ${filters.area ? Prisma.sql`WHERE a.id = ${filters.area}` : Prisma.empty}
     GROUP BY a.id, a.name, a.name_ja, a.position
     ORDER BY a.position, a.name`;
  return rows.map((r) => ({
    areaId: r.id,
    area: r.name,
    areaJa: r.name_ja,
    open: Number(r.open),
    overdue: Number(r.overdue),
    unconfirmed: Number(r.unconfirmed),
    unconfirmedInGap: Number(r.unconfirmed_in_gap),
    stale: Number(r.stale),
  }));
}

export type AttentionPledge = {
  id: string;
  title: string;
  titleJa: string | null;
  area: string;
  areaJa: string | null;
  status: Status;
  targetDate: string | null;
  overdue: boolean;
  unconfirmed: boolean;
  silent: number;
  lastReport: string | null;
};

// One attention row as the query returns it.
type AttentionRow = {
  id: string;
  title: string;
  title_ja: string | null;
  area: string;
  area_ja: string | null;
  status: Status;
  target_date: Date | null;
  silent: number;
  overdue: boolean;
  unconfirmed: boolean;
  last_report: Date | null;
};

// The open pledges that need attention (overdue or stale), most neglected first, at most `limit`
// (the last report is looked up for those only, not for every open pledge).
export async function pledgesNeedingAttention(
  filters: PledgeFilters,
  limit = 50,
): Promise<{ rows: AttentionPledge[]; total: number }> {
  const now = today();
  const rows = await db.$queryRaw<(AttentionRow & { total: bigint })[]>`
    WITH silence AS (${silenceTableSql(openCountedSql(filters), now)})
    SELECT y.*, (SELECT max(su.reported_on) FROM effective_status_updates su WHERE su.pledge_id = y.id) AS last_report
      FROM (
        SELECT x.*, count(*) OVER () AS total FROM (
          SELECT p.id, p.title, p.title_ja, a.name AS area, a.name_ja AS area_ja, a.position, p.current_status AS status, p.target_date, s.silent,
                 ${overdueSql(now)} AS overdue, ${pastTargetUnconfirmedSql(now)} AS unconfirmed
            FROM silence s
            JOIN pledges p ON p.id = s.id
            JOIN areas a ON a.id = p.area_id
        ) x
        WHERE x.silent >= ${STALE_AFTER_MEETINGS} OR x.target_date < ${now}::date
        ORDER BY x.overdue DESC, x.unconfirmed DESC, x.silent DESC, x.position, x.title, x.id
        LIMIT ${limit}
      ) y
     ORDER BY y.overdue DESC, y.unconfirmed DESC, y.silent DESC, y.position, y.title, y.id`;
  return { rows: rows.map(toAttention), total: Number(rows[0]?.total ?? 0) };
}

function toAttention(r: AttentionRow): AttentionPledge {
  const targetDate = isoDayOrNull(r.target_date);
  return {
    id: r.id,
    title: r.title,
    titleJa: r.title_ja,
    area: r.area,
    areaJa: r.area_ja,
    status: r.status,
    targetDate,
    overdue: r.overdue,
    unconfirmed: r.unconfirmed,
    silent: Number(r.silent),
    lastReport: isoDayOrNull(r.last_report),
  };
}

export type MeetingCoverage = {
  meetingId: string;
  title: string;
  titleJa: string | null;
  date: string;
  earlier: number;
  reported: number;
};

// For each meeting of a dialogue: how many pledges made before it existed, and how many of
// those it reported on (an uncorrected update citing it): the heat map's headline. Read from
// the trigger-kept pledge x meeting grid (pledge_meeting_status). A pledge superseded by one
// made before the meeting counts once, under its successor.
export async function reportCoverageByMeeting(
  dialogueId: string,
  filters: PledgeFilters = {},
): Promise<MeetingCoverage[]> {
  const asOfMeeting = {
    ...filters,
    dialogue: dialogueId,
    status: undefined,
    overdue: undefined,
    unconfirmed: undefined,
    gap: undefined,
  };
  const cond = Prisma.sql`${pledgeSqlCondition(asOfMeeting)} AND ${countedOnceSql({ by: { before: Prisma.sql`s.meeting_date` }, matching: asOfMeeting })}`;
  const rows = await db.$queryRaw<
    { id: string; title: string; title_ja: string | null; date: Date; earlier: bigint; reported: bigint }[]
  >`
    SELECT m.id, m.title, m.title_ja, m.date,
           count(p.id) FILTER (WHERE s.made_on < m.date) AS earlier,
           count(p.id) FILTER (WHERE s.made_on < m.date AND s.reported) AS reported
      FROM meetings m
      LEFT JOIN (pledge_meeting_status s JOIN pledges p ON p.id = s.pledge_id AND ${cond}) ON s.meeting_id = m.id
     WHERE m.dialogue_id = ${dialogueId}
       ${filters.from ? Prisma.sql`AND m.date >= ${filters.from}::date` : Prisma.empty}
       ${filters.to ? Prisma.sql`AND m.date <= ${filters.to}::date` : Prisma.empty}
     GROUP BY m.id, m.title, m.title_ja, m.date
     ORDER BY m.date, m.id`;
  return rows.map((r) => ({
    meetingId: r.id,
    title: r.title,
    titleJa: r.title_ja,
    date: isoDay(r.date),
    earlier: Number(r.earlier),
    reported: Number(r.reported),
  }));
}

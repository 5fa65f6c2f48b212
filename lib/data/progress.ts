import "server-only";
import { db } from "./read-db";
import { Prisma } from "@/lib/generated/prisma/client";
import { STATUSES, type Status } from "@/lib/domain/status";
import { isoDay, today } from "@/lib/domain/dates";
import { overdueSql, pastTargetUnconfirmedSql } from "./deadlines";
import { unconfirmedInGapSql } from "./collection-gaps";
import { pledgeSqlCondition, type PledgeFilters } from "./filters";
import { countedOnceSql, supersededSql } from "./lineage";

export type StatusCounts = Record<Status, number>;
export const emptyCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

// Headline figures for the dashboard: totals by current status, overdue, past target and
// unconfirmed (and how many of those fall in a gap of the collection), share delivered. A
// superseded pledge counts once, under its successor (lineage.ts).
export async function headlineFigures(filters: PledgeFilters) {
  const now = today();
  const rows = await db.$queryRaw<
    { status: Status; n: bigint; overdue: bigint; unconfirmed: bigint; unconfirmed_in_gap: bigint }[]
  >`
    SELECT p.current_status AS status, count(*) AS n,
           count(*) FILTER (WHERE ${overdueSql(now)}) AS overdue,
           count(*) FILTER (WHERE ${pastTargetUnconfirmedSql(now)}) AS unconfirmed,
           count(*) FILTER (WHERE ${unconfirmedInGapSql(now)}) AS unconfirmed_in_gap
      FROM pledges p
     WHERE ${pledgeSqlCondition(filters)} AND ${countedOnceSql({ matching: filters })}
     GROUP BY p.current_status`;
  const byStatus = emptyCounts();
  let overdue = 0;
  let unconfirmed = 0;
  let unconfirmedInGap = 0;
  for (const r of rows) {
    byStatus[r.status] = Number(r.n);
    overdue += Number(r.overdue);
    unconfirmed += Number(r.unconfirmed);
    unconfirmedInGap += Number(r.unconfirmed_in_gap);
  }
  const total = STATUSES.reduce((n, s) => n + byStatus[s], 0);
  return {
    total,
    byStatus,
    overdue,
    unconfirmed,
    unconfirmedInGap,
    shareDelivered: total ? byStatus.delivered / total : 0,
  };
}

// How far the evidence runs: the latest reviewed meeting whose statement is in the collection,
// or the latest dated report if later (within a dialogue when given). Null when there is none.
export async function evidenceUpTo(dialogueId?: string, asOf = today()): Promise<string | null> {
  const dialogue = dialogueId ? Prisma.sql`AND dialogue_id = ${dialogueId}` : Prisma.empty;
  const [row] = await db.$queryRaw<{ day: Date | null }[]>`
    SELECT GREATEST(
      (SELECT max(date) FROM meetings WHERE reviewed_at IS NOT NULL AND statement_collected AND date <= ${asOf}::date ${dialogue}),
      (SELECT max(su.reported_on) FROM effective_status_updates su JOIN pledges p ON p.id = su.pledge_id
        WHERE su.reported_on <= ${asOf}::date ${dialogueId ? Prisma.sql`AND p.dialogue_id = ${dialogueId}` : Prisma.empty})
    ) AS day`;
  return row?.day ? isoDay(row.day) : null;
}

// `area` is the English name, `areaJa` the Japanese one (lib/i18n/names.ts chooses at render, so
// the cached aggregate serves both languages).
export type AreaProgress = {
  areaId: string;
  area: string;
  areaJa: string | null;
  total: number;
  shareDelivered: number;
} & StatusCounts;

// Pledges by current status for each area (areas without pledges included, for a stable axis),
// a superseded pledge counted once, under its successor.
export async function progressByArea(filters: PledgeFilters): Promise<AreaProgress[]> {
  const rows = await db.$queryRaw<
    { id: string; name: string; name_ja: string | null; status: Status | null; n: bigint }[]
  >`
    SELECT a.id, a.name, a.name_ja, p.current_status AS status, count(p.id) AS n
      FROM areas a
      LEFT JOIN pledges p ON p.area_id = a.id AND ${pledgeSqlCondition({ ...filters, area: undefined })} AND ${countedOnceSql({ matching: filters })}
     ${filters.area ? Prisma.sql`WHERE a.id = ${filters.area}` : Prisma.empty}
     GROUP BY a.id, a.name, a.name_ja, a.position, p.current_status
     ORDER BY a.position, a.name`;
  const byArea = new Map<string, AreaProgress>();
  for (const r of rows) {
    const entry = byArea.get(r.id) ?? {
      areaId: r.id,
      area: r.name,
      areaJa: r.name_ja,
      total: 0,
      shareDelivered: 0,
      ...emptyCounts(),
    };
    if (r.status) {
      entry[r.status] = Number(r.n);
      entry.total += Number(r.n);
    }
    byArea.set(r.id, entry);
  }
  return [...byArea.values()].map((a) => ({ ...a, shareDelivered: a.total ? a.delivered / a.total : 0 }));
}

export type MeetingProgress = {
  meetingId: string;
  title: string;
  titleJa: string | null;
  date: string;
  total: number;
} & StatusCounts;

// How the picture looked as of each meeting of a dialogue: every pledge made by then, by its
// status as of that meeting's date (latest uncorrected update on or before it, else "pledged"),
// read from the trigger-kept pledge x meeting grid (pledge_meeting_status). A pledge superseded
// by one made at or before the meeting counts once, under its successor.
// A meeting range (filters.from/to) limits both the meetings shown and the pledges counted.
export async function statusMixByMeeting(dialogueId: string, filters: PledgeFilters = {}): Promise<MeetingProgress[]> {
  // Status and deadlines are as of each meeting here, not today's.
  const asOfMeeting = {
    ...filters,
    dialogue: dialogueId,
    status: undefined,
    overdue: undefined,
    unconfirmed: undefined,
    gap: undefined,
  };
  const rows = await db.$queryRaw<
    { id: string; title: string; title_ja: string | null; date: Date; status: Status | null; n: bigint }[]
  >`
    SELECT m.id, m.title, m.title_ja, m.date, s.status, count(p.id) AS n
      FROM meetings m
      LEFT JOIN (pledge_meeting_status s JOIN pledges p ON p.id = s.pledge_id
                 AND ${pledgeSqlCondition(asOfMeeting)}
                 AND ${countedOnceSql({ by: { onOrBefore: Prisma.sql`s.meeting_date` }, matching: asOfMeeting })})
        ON s.meeting_id = m.id
     WHERE m.dialogue_id = ${dialogueId}
       ${filters.from ? Prisma.sql`AND m.date >= ${filters.from}::date` : Prisma.empty}
       ${filters.to ? Prisma.sql`AND m.date <= ${filters.to}::date` : Prisma.empty}
     GROUP BY m.id, m.title, m.title_ja, m.date, s.status
     ORDER BY m.date, m.id`;
  const byMeeting = new Map<string, MeetingProgress>();
  for (const r of rows) {
    const entry = byMeeting.get(r.id) ?? {
      meetingId: r.id,
      title: r.title,
      titleJa: r.title_ja,
      date: isoDay(r.date),
      total: 0,
      ...emptyCounts(),
    };
    const n = Number(r.n);
    if (n > 0 && r.status) {
      entry[r.status] += n;
      entry.total += n;
    }
    byMeeting.set(r.id, entry);
  }
  return [...byMeeting.values()];
}

// The most recently recorded status updates (by the date they report), for the dashboard feed.
export async function latestUpdates(filters: PledgeFilters, limit = 8) {
  const rows = await db.$queryRaw<
    {
      id: string;
      status: Status;
      reported_on: Date;
      quote: string | null;
      quote_language: string | null;
      pledge_id: string;
      title: string;
      title_ja: string | null;
      meeting_id: string | null;
      meeting_title: string | null;
      meeting_title_ja: string | null;
    }[]
  >`
    SELECT su.id, su.status, su.reported_on, su.quote, d.language AS quote_language,
           p.id AS pledge_id, p.title, p.title_ja,
           m.id AS meeting_id, m.title AS meeting_title, m.title_ja AS meeting_title_ja
      FROM effective_status_updates su
      JOIN pledges p ON p.id = su.pledge_id
      LEFT JOIN meetings m ON m.id = su.meeting_id
      LEFT JOIN paragraphs qp ON qp.id = su.paragraph_id
      LEFT JOIN source_documents d ON d.id = qp.document_id
     WHERE ${pledgeSqlCondition(filters)}
     ORDER BY su.reported_on DESC, su.created_at DESC, su.id DESC
     LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    reportedOn: isoDay(r.reported_on),
    quote: r.quote,
    // The language of the quote's source document ("en" or "ja").
    quoteLanguage: r.quote_language ?? "en",
    pledge: { id: r.pledge_id, title: r.title, titleJa: r.title_ja },
    meeting: r.meeting_id ? { id: r.meeting_id, title: r.meeting_title ?? "", titleJa: r.meeting_title_ja } : null,
  }));
}

// What the data set holds: pledges and meetings, how many pledges come from contacts that are
// not 2+2 meetings (one-off calls, forums, service chiefs' talks), and how many are restated by
// a later pledge (so the figures count them once), for the scope statement.
export async function dataSetScope(filters: PledgeFilters) {
  const [row] = await db.$queryRaw<
    { pledges: bigint; meetings: bigint; not_two_plus_two: bigint; not_collected: bigint; superseded: bigint }[]
  >`
    SELECT (SELECT count(*) FROM pledges p WHERE ${pledgeSqlCondition(filters)}) AS pledges,
           (SELECT count(*) FROM pledges p WHERE ${pledgeSqlCondition(filters)} AND ${supersededSql({ matching: filters })}) AS superseded,
           (SELECT count(*) FROM meetings m ${filters.dialogue ? Prisma.sql`WHERE m.dialogue_id = ${filters.dialogue}` : Prisma.empty}) AS meetings,
           (SELECT count(*) FROM pledges p JOIN meetings pm ON pm.id = p.meeting_id
             WHERE pm.kind <> 'two_plus_two' AND ${pledgeSqlCondition(filters)}) AS not_two_plus_two,
           (SELECT count(*) FROM meetings m WHERE NOT m.statement_collected
               ${filters.dialogue ? Prisma.sql`AND m.dialogue_id = ${filters.dialogue}` : Prisma.empty}) AS not_collected`;
  return {
    pledges: Number(row?.pledges ?? 0),
    meetings: Number(row?.meetings ?? 0),
    notTwoPlusTwo: Number(row?.not_two_plus_two ?? 0),
    notCollected: Number(row?.not_collected ?? 0),
    superseded: Number(row?.superseded ?? 0),
  };
}

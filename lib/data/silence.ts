import { Prisma } from "@/lib/generated/prisma/client";

// A pledge counts as stale when it is open and at least this many meetings passed without a report.
export const STALE_AFTER_MEETINGS = 2;

// Whether meeting `m` counts as silence on a pledge of area field `field` when it did not report
// on it (lib/domain/coverage.ts meetingStanding): its statement is in the collection, an editor
// has reviewed it, and the coverage rule (SQL function meeting_expects_report) expects it to.
function meetingCountsAsSilenceSql(m: Prisma.Sql, field: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${m}.statement_collected AND ${m}.reviewed_at IS NOT NULL AND meeting_expects_report(${m}.kind, ${field}))`;
}

// SQL for "meetings without a report" (lib/domain/status-history.ts meetingsWithoutReport):
// the number of meetings of the pledge's dialogue, on or before `asOf`, held after the later of
// the meeting that made the pledge and the last meeting that reported on it, that count as
// silence on it (meetingCountsAsSilenceSql). A report is an uncorrected update citing that
// meeting, or one with no meeting dated on the meeting's day: the `reported` flag of the
// trigger-kept pledge x meeting grid (pledge_meeting_status), which covers every meeting of
// the pledge's dialogue from the day it was made.
// Kept in one place because the charts and the briefing must agree; the integration tests
// check it against the domain function. Set-based (one pass over the pledges' grid rows and
// the dialogues' meetings, not subqueries per pledge): a CTE body yielding (id, silent) for
// the pledges `p` (joined to the meeting `pm` that made them) that match `condition`.
export function silenceTableSql(condition: Prisma.Sql, asOf: string): Prisma.Sql {
  return Prisma.sql`
    WITH base AS (
      SELECT p.id, p.dialogue_id, pm.date AS made_on, pa.field
        FROM pledges p JOIN meetings pm ON pm.id = p.meeting_id JOIN areas pa ON pa.id = p.area_id
       WHERE ${condition}
    ), anchor AS (
      SELECT b.id, b.dialogue_id, b.field,
             GREATEST(b.made_on, COALESCE(max(r.meeting_date) FILTER (WHERE r.reported), b.made_on)) AS since
        FROM base b
        LEFT JOIN pledge_meeting_status r ON r.pledge_id = b.id AND r.meeting_date <= ${asOf}::date
       GROUP BY b.id, b.dialogue_id, b.made_on, b.field
    )
    SELECT a.id, count(sm.id)::int AS silent
      FROM anchor a
      LEFT JOIN meetings sm ON sm.dialogue_id = a.dialogue_id AND sm.date > a.since AND sm.date <= ${asOf}::date
       AND ${meetingCountsAsSilenceSql(Prisma.sql`sm`, Prisma.sql`a.field`)}
     GROUP BY a.id`;
}

import { Prisma } from "@/lib/generated/prisma/client";
import { pastTargetUnconfirmedSql } from "./deadlines";

// A gap of the collection, in SQL on pledges `p`: a meeting of the pledge's dialogue, held after
// the pledge's latest report (`current_status_date`) and by `asOf`, whose kind is expected to
// cover the pledge's area (meeting_expects_report, the coverage rule) but whose statement is not
// in the collection. Such a meeting may have reported on the pledge; nobody here can say.
// (The 3rd Japan-UK 2+2 of December 2017 is recorded without its statement, so every 2016 pledge
// not reported on since falls in its gap.)
// `since` is the day of the latest report (by default today's, `current_status_date`; the
// briefing passes the day of the latest report on or before its own day).
export function inCollectionGapSql(
  asOf: string,
  p: Prisma.Sql = Prisma.raw("p"),
  since: Prisma.Sql = Prisma.sql`${p}.current_status_date`,
): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM meetings gm JOIN areas ga ON ga.id = ${p}.area_id
     WHERE gm.dialogue_id = ${p}.dialogue_id AND NOT gm.statement_collected
       AND gm.date > ${since} AND gm.date <= ${asOf}::date
       AND meeting_expects_report(gm.kind, ga.field))`;
}

// Past target, unconfirmed, and in a gap of the collection: the figure rests on what was not
// collected, not on what was delivered.
export function unconfirmedInGapSql(asOf: string, p: Prisma.Sql = Prisma.raw("p")): Prisma.Sql {
  return Prisma.sql`(${pastTargetUnconfirmedSql(asOf, p)} AND ${inCollectionGapSql(asOf, p)})`;
}

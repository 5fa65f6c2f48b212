import { Prisma } from "@/lib/generated/prisma/client";

// The status a pledge had at a point in time, in SQL (lib/domain/status-history.ts is the
// rule): its latest uncorrected update by then, else "pledged". Shared by the review screen,
// the statement intake and the briefing, so "open before this meeting" means one thing.

// A LATERAL body: the latest uncorrected update `su` of pledge `p` reported before `day`
// (`before`) or on or before it (`onOrBefore`), among those meeting `also` if given; every
// column of effective_status_updates.
export function latestUpdateSql(
  by: { before: Prisma.Sql } | { onOrBefore: Prisma.Sql },
  also: Prisma.Sql = Prisma.sql`TRUE`,
): Prisma.Sql {
  const when =
    "before" in by ? Prisma.sql`su.reported_on < ${by.before}` : Prisma.sql`su.reported_on <= ${by.onOrBefore}`;
  return Prisma.sql`
    SELECT su.* FROM effective_status_updates su
     WHERE su.pledge_id = p.id AND ${when} AND ${also}
     ORDER BY su.reported_on DESC, su.created_at DESC, su.id DESC
     LIMIT 1`;
}

// The status from such a lateral `u` (null when there was no update): "pledged" by default.
export const statusFromSql = (u: string) => Prisma.sql`COALESCE(${Prisma.raw(u)}.status, 'pledged')`;

// SQL true when a status (an expression) is open (lib/domain/status.ts isOpen).
export const isOpenSql = (status: Prisma.Sql) => Prisma.sql`${status} NOT IN ('delivered', 'dropped')`;

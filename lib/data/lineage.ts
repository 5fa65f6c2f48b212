import { Prisma } from "@/lib/generated/prisma/client";

// When a later pledge restates an earlier one with a new target (the EU-Japan EPA, 2015 ->
// 2016), the two are one commitment: the figures count it once, under the later pledge, from
// the day the later pledge was made. Lists still show both (the earlier one closed, linked to
// its successor). This is the one SQL definition of "superseded" that the aggregates share.

type Cutoff = { onOrBefore: Prisma.Sql } | { before: Prisma.Sql };

// The pledges that supersede pledge `p` (columns id, title, made_on), made by the cutoff: on or
// before a day, strictly before one (a meeting counting the pledges made before it), or at any
// time (the current figures) when it is left out.
export function successorsSql(by?: Cutoff): Prisma.Sql {
  const when = !by
    ? Prisma.empty
    : "onOrBefore" in by
      ? Prisma.sql`AND succ_m.date <= ${by.onOrBefore}`
      : Prisma.sql`AND succ_m.date < ${by.before}`;
  return Prisma.sql`
    SELECT succ.id, succ.title, succ_m.date AS made_on
      FROM pledges succ JOIN meetings succ_m ON succ_m.id = succ.meeting_id
     WHERE succ.predecessor_id = p.id AND succ.predecessor_link = 'supersedes' ${when}`;
}

// SQL true when pledge `p` is superseded by the cutoff / counts in the figures (is not).
export const supersededSql = (by?: Cutoff) => Prisma.sql`EXISTS (${successorsSql(by)})`;
export const countedOnceSql = (by?: Cutoff) => Prisma.sql`NOT ${supersededSql(by)}`;

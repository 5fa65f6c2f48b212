import { Prisma } from "@/lib/generated/prisma/client";
import { pledgeSqlCondition, type PledgeFilters } from "./filters";

// When a later pledge restates an earlier one with a new target (the EU-Japan EPA, 2015 ->
// 2016), the two are one commitment: the figures count it once, under the later pledge, from
// the day the later pledge was made. Lists still show both (the earlier one closed, linked to
// its successor). This is the one SQL definition of "superseded" that the aggregates share.
//
// A figure counts what its filters select, so a successor stands for its predecessor only when
// the same filters select it too: with a range that ends before the restatement, or an area or
// search the successor falls outside, the earlier pledge is the only instance and counts.

type Cutoff = { onOrBefore: Prisma.Sql } | { before: Prisma.Sql };
type Options = {
  // Made on or before a day, strictly before one (a meeting counting the pledges made before
  // it), or at any time (the current figures) when left out.
  by?: Cutoff;
  // The filters of the figure; the successor must match them too.
  matching?: PledgeFilters;
};

// The pledges `succ` that supersede pledge `p` (columns id, title, made_on).
export function successorsSql({ by, matching = {} }: Options = {}): Prisma.Sql {
  const when = !by
    ? Prisma.empty
    : "onOrBefore" in by
      ? Prisma.sql`AND succ_m.date <= ${by.onOrBefore}`
      : Prisma.sql`AND succ_m.date < ${by.before}`;
  return Prisma.sql`
    SELECT succ.id, succ.title, succ_m.date AS made_on
      FROM pledges succ JOIN meetings succ_m ON succ_m.id = succ.meeting_id
     WHERE succ.predecessor_id = p.id AND succ.predecessor_link = 'supersedes' ${when}
       AND ${pledgeSqlCondition(matching, "succ")}`;
}

// SQL true when pledge `p` is superseded / counts in the figures (is not).
export const supersededSql = (options: Options = {}) => Prisma.sql`EXISTS (${successorsSql(options)})`;
export const countedOnceSql = (options: Options = {}) => Prisma.sql`NOT ${supersededSql(options)}`;

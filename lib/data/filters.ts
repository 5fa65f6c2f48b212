import { Prisma } from "@/lib/generated/prisma/client";
import { today } from "@/lib/domain/dates";
import type { PledgeFilters } from "@/lib/validation/pledge-filters";
import { db } from "./read-db";
import { overdueSql, pastTargetUnconfirmedSql } from "./deadlines";
import { unconfirmedInGapSql } from "./collection-gaps";

// The pledge filters every list, chart and export shares; routes parse them from their URL
// with the shapes in lib/validation/pledge-filters.ts. They have one SQL definition
// (pledgeSqlCondition): the aggregates embed it, the lists page through matchingPledgeIds.
export type { PledgeFilters };

// Text to find literally with LIKE (PostgreSQL's default escape character is the backslash).
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// The filters as a SQL condition on the pledges aliased `p` (or another alias: a successor
// must match the same filters to count for its predecessor, lib/data/lineage.ts).
export function pledgeSqlCondition(f: PledgeFilters, alias = "p"): Prisma.Sql {
  const p = Prisma.raw(alias);
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.dialogue) parts.push(Prisma.sql`${p}.dialogue_id = ${f.dialogue}`);
  if (f.meeting) parts.push(Prisma.sql`${p}.meeting_id = ${f.meeting}`);
  if (f.area) parts.push(Prisma.sql`${p}.area_id = ${f.area}`);
  if (f.asof) {
    // The trigger-kept pledge x meeting grid: a row per pledge made by the meeting, with its status then.
    const then = f.status ? Prisma.sql`AND pms.status = ${f.status}::"PledgeStatus"` : Prisma.empty;
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM pledge_meeting_status pms WHERE pms.pledge_id = ${p}.id AND pms.meeting_id = ${f.asof} ${then})`,
    );
  } else if (f.status) parts.push(Prisma.sql`${p}.current_status = ${f.status}::"PledgeStatus"`);
  if (f.side) parts.push(Prisma.sql`${p}.side = ${f.side}::"Side"`);
  if (f.tag)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM pledge_tags pt WHERE pt.pledge_id = ${p}.id AND pt.tag_id = ${f.tag})`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    parts.push(Prisma.sql`(${p}.title ILIKE ${like} OR ${p}.text ILIKE ${like})`);
  }
  if (f.from)
    parts.push(Prisma.sql`(SELECT fm.date FROM meetings fm WHERE fm.id = ${p}.meeting_id) >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`(SELECT fm.date FROM meetings fm WHERE fm.id = ${p}.meeting_id) <= ${f.to}::date`);
  if (f.overdue) parts.push(overdueSql(today(), p));
  if (f.unconfirmed) parts.push(pastTargetUnconfirmedSql(today(), p));
  if (f.gap === "exclude") parts.push(Prisma.sql`NOT ${unconfirmedInGapSql(today(), p)}`);
  if (f.gap === "only") parts.push(unconfirmedInGapSql(today(), p));
  return Prisma.join(parts, " AND ");
}

// The pledges a list shows: ids of those matching the filters, one page, either in `order`
// from `offset`, or in id order after the id `after` (keyset pages, which are only sound in
// id order). `order` is SQL over `p`, the meeting `m` that made it, its area `a` and its
// cited paragraph `pp`: left joins on keys, which PostgreSQL drops when the order does not use
// them. Lists then read the rows they show by id.
type IdPage = { limit: number } & ({ order: Prisma.Sql; offset: number } | { after: string | undefined });

export async function matchingPledgeIds(f: PledgeFilters, page: IdPage): Promise<string[]> {
  const [after, order, offset] =
    "after" in page
      ? [page.after === undefined ? Prisma.empty : Prisma.sql`AND p.id > ${page.after}`, Prisma.sql`p.id ASC`, 0]
      : [Prisma.empty, page.order, page.offset];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT p.id FROM pledges p
      LEFT JOIN meetings m ON m.id = p.meeting_id LEFT JOIN areas a ON a.id = p.area_id LEFT JOIN paragraphs pp ON pp.id = p.paragraph_id
     WHERE ${pledgeSqlCondition(f)} ${after}
     ORDER BY ${order}
     LIMIT ${page.limit} OFFSET ${offset}`;
  return rows.map((r) => r.id);
}

export async function countMatchingPledges(f: PledgeFilters): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pledges p WHERE ${pledgeSqlCondition(f)}`;
  return Number(row?.n ?? 0);
}

// Rows read by id (`findMany({ where: { id: { in: ids } } })`) back in the order of `ids`.
export function inIdOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
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

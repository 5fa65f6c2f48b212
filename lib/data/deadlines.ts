import { Prisma } from "@/lib/generated/prisma/client";
import { isOpenSql } from "./status-as-of";

// Overdue versus past target, unconfirmed, in SQL on pledges `p` (lib/domain/status-history.ts
// deadlineStanding is the rule; tests/integration/deadlines.test.ts holds them together).
// `current_status_date` is the day of the latest report, or of the meeting that made the pledge.
// `p` names the pledges' alias (a query may ask it of another alias, such as a successor).
const pastTargetAndOpen = (asOf: string, p: Prisma.Sql) =>
  Prisma.sql`${p}.target_date IS NOT NULL AND ${p}.target_date < ${asOf}::date AND ${isOpenSql(Prisma.sql`${p}.current_status`)}`;

// A report after the target date found the pledge still open.
export function overdueSql(asOf: string, p: Prisma.Sql = Prisma.raw("p")): Prisma.Sql {
  return Prisma.sql`(${pastTargetAndOpen(asOf, p)} AND ${p}.current_status_date > ${p}.target_date)`;
}

// The target passed and no later source says either way.
export function pastTargetUnconfirmedSql(asOf: string, p: Prisma.Sql = Prisma.raw("p")): Prisma.Sql {
  return Prisma.sql`(${pastTargetAndOpen(asOf, p)} AND ${p}.current_status_date <= ${p}.target_date)`;
}

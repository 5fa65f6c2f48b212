import "server-only";
import { db } from "./read-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditDiff } from "@/lib/domain/audit-diff";
import { dayToDate } from "@/lib/domain/dates";
import type { AuditFilters } from "@/lib/validation/audit";

// The audit trail: every change, newest first, filterable, each with a readable diff.

const AUDIT_PAGE_SIZE = 50;

function where(f: AuditFilters): Prisma.AuditEventWhereInput {
  const w: Prisma.AuditEventWhereInput = {};
  if (f.user) w.userId = f.user;
  if (f.entity) w.entityType = f.entity;
  if (f.entityId) w.entityId = f.entityId;
  if (f.from || f.to) {
    w.createdAt = {
      ...(f.from ? { gte: dayToDate(f.from) } : {}),
      // "to" is inclusive of that whole day.
      ...(f.to ? { lt: new Date(dayToDate(f.to).getTime() + 86_400_000) } : {}),
    };
  }
  return w;
}

const eventSelect = {
  id: true,
  createdAt: true,
  actor: true,
  action: true,
  entityType: true,
  entityId: true,
  entityLabel: true,
  before: true,
  after: true,
  user: { select: { id: true, name: true } },
} satisfies Prisma.AuditEventSelect;

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

const present = (e: EventRow) => ({
  id: e.id,
  at: e.createdAt.toISOString(),
  actor: e.actor,
  userName: e.user?.name ?? null,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  entityLabel: e.entityLabel,
  diff: auditDiff(e.before, e.after),
});

export type AuditEntry = ReturnType<typeof present>;

export async function listAuditEvents(filters: AuditFilters, page = 1) {
  const w = where(filters);
  const total = await db.auditEvent.count({ where: w });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.auditEvent.findMany({
    where: w,
    select: eventSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
  });
  return { total, page: current, pages, events: rows.map(present) };
}

// One pledge's own changes (edits, status updates, corrections), newest first.
export async function pledgeHistory(pledgeId: string, limit = 100) {
  const rows = await db.auditEvent.findMany({
    where: { entityType: "pledge", entityId: pledgeId },
    select: eventSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(present);
}

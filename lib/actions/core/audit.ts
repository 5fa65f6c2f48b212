import "server-only";
import { db } from "@/lib/db/client";
import { auditDiff } from "@/lib/domain/audit-diff";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";
import type { ConflictChange } from "./result";
import type { StaleVersionError } from "./errors";
import type { AUDIT_ENTITY_TYPES } from "@/lib/validation/audit";

// Writing audit events (inside the action's transaction) and reading back the changes a
// stale form missed.

type EntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export type AuditInput = {
  action: string;
  entityType: EntityType;
  entityId: string;
  entityLabel?: string;
  before?: unknown;
  after?: unknown;
};

// JSON-safe snapshot: Dates become ISO strings, undefined fields disappear.
const asJson = (value: unknown) =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

export async function writeAudit(
  tx: Prisma.TransactionClient,
  actor: SessionUser | { system: string },
  event: AuditInput,
) {
  await tx.auditEvent.create({
    data: {
      userId: "id" in actor ? actor.id : null,
      actor: "id" in actor ? actor.email : `system: ${actor.system}`,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      entityLabel: event.entityLabel?.slice(0, 300),
      before: asJson(event.before),
      after: asJson(event.after),
    },
    select: { id: true },
  });
}

// The saves that moved the record past the version the form was opened at.
export async function conflictChanges(error: StaleVersionError): Promise<ConflictChange[]> {
  const events = await db.auditEvent.findMany({
    where: { entityType: error.entityType, entityId: error.entityId },
    select: { createdAt: true, actor: true, action: true, before: true, after: true, user: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: 20,
  });
  const version = (v: unknown) =>
    v && typeof v === "object" && "version" in v ? Number((v as { version: unknown }).version) : 0;
  return events
    .filter((e) => version(e.after) > error.expectedVersion)
    .reverse()
    .map((e) => ({
      at: e.createdAt.toISOString(),
      actor: e.user ? `${e.user.name} (${e.actor})` : e.actor,
      action: e.action,
      changes: auditDiff(e.before, e.after),
    }));
}

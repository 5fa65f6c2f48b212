import "server-only";
import { db } from "./read-db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Accounts for the admin screen (never the password hash).
export async function listUsers() {
  const users = await db.user.findMany({
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      version: true,
      lastSignInAt: true,
      createdAt: true,
    },
    orderBy: [{ disabled: "asc" }, { role: "desc" }, { email: "asc" }],
  });
  return users.map((u) => ({
    ...u,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  }));
}

// Names for the audit filter: everyone who ever made a change.
export async function listAuditActors() {
  return db.user.findMany({
    where: { auditEvents: { some: {} } },
    select: { id: true, name: true, email: true },
    orderBy: { name: "asc" },
  });
}

export async function userSnapshot(tx: Prisma.TransactionClient, id: string) {
  const u = await tx.user.findUnique({
    where: { id },
    select: { email: true, name: true, role: true, disabled: true, version: true },
  });
  return u && { email: u.email, name: u.name, role: u.role, disabled: u.disabled, version: u.version };
}

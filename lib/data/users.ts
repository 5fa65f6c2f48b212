import "server-only";
import { db } from "./read-db";

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

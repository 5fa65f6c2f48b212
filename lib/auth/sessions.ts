import "server-only";
import crypto from "node:crypto";
import { writeAudit } from "@/lib/actions/core/audit";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// Sessions kept in PostgreSQL (so every app instance sees sign-outs at once): the session
// cookie carries the row's id; sign-out ends the row; the row's expiry is fixed at sign-in,
// however often the session is used afterwards.

export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

export async function startSession(
  userId: string,
  client: Prisma.TransactionClient = db,
): Promise<{ id: string; expiresAt: Date }> {
  // Rows long expired are of no use: prune a day after expiry.
  await client.session.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 86_400_000) } } });
  const id = crypto.randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000);
  await client.session.create({ data: { id, userId, expiresAt }, select: { id: true } });
  return { id, expiresAt };
}

// An event on the audit trail for the account itself (sign-in attempts are pruned after a
// day; these stay). The session's id is kept, so a sign-in and its sign-out pair up.
async function auditSession(tx: Prisma.TransactionClient, userId: string, action: string, sessionId: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true },
  });
  await writeAudit(tx, user, {
    action,
    entityType: "user",
    entityId: user.id,
    entityLabel: user.email,
    after: { session: sessionId.slice(0, 8) },
  });
}

// A successful sign-in: its session row and its audit event, in one transaction.
export function startSignedInSession(userId: string): Promise<{ id: string; expiresAt: Date }> {
  return db.$transaction(async (tx) => {
    const session = await startSession(userId, tx);
    await auditSession(tx, userId, "user.sign_in", session.id);
    return session;
  });
}

// Sign-out: ends the row and records it (once: a second sign-out of an ended session does nothing).
export async function endSession(id: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.session.updateManyAndReturn({
      where: { id, endedAt: null },
      data: { endedAt: new Date() },
      select: { userId: true },
    });
    for (const row of ended) await auditSession(tx, row.userId, "user.sign_out", id);
  });
}

export async function sessionIsActive(id: string): Promise<boolean> {
  const row = await db.session.findFirst({
    where: { id, endedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return row !== null;
}

import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db/client";

// Sessions kept in PostgreSQL (so every app instance sees sign-outs at once): the session
// cookie carries the row's id; sign-out ends the row; the row's expiry is fixed at sign-in,
// however often the session is used afterwards.

export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

export async function startSession(userId: string): Promise<{ id: string; expiresAt: Date }> {
  // Rows long expired are of no use: prune a day after expiry.
  await db.session.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 86_400_000) } } });
  const id = crypto.randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000);
  await db.session.create({ data: { id, userId, expiresAt }, select: { id: true } });
  return { id, expiresAt };
}

export async function endSession(id: string): Promise<void> {
  await db.session.updateMany({ where: { id, endedAt: null }, data: { endedAt: new Date() } });
}

export async function sessionIsActive(id: string): Promise<boolean> {
  const row = await db.session.findFirst({
    where: { id, endedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  return row !== null;
}

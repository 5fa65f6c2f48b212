import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";
import { verifyPassword } from "./password";

// Checking a sign-in, rate-limited per account and per client address. The attempts live
// in PostgreSQL, so the limits hold across restarts and across several app instances.

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  // Failures in the window since the account's last successful sign-in.
  perAccount: 5,
  // Failures in the window from one address, whatever the account (password spraying).
  perAddress: 20,
};

type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };
export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

async function failuresInWindow(email: string, address: string | null) {
  const window = SIGN_IN_LIMITS.windowMinutes;
  const [row] = await db.$queryRaw<{ account: bigint; address: bigint; oldest: Date | null }[]>`
    WITH recent AS (
      SELECT a.email, a.address, a.created_at FROM sign_in_attempts a
       WHERE NOT a.succeeded AND a.created_at > now() - make_interval(mins => ${window}::int)
    ), account AS (
      SELECT r.created_at FROM recent r
       WHERE r.email = ${email}
         AND r.created_at > COALESCE((SELECT max(s.created_at) FROM sign_in_attempts s WHERE s.email = ${email} AND s.succeeded), '-infinity')
    )
    SELECT (SELECT count(*) FROM account) AS account,
           (SELECT count(*) FROM recent r WHERE ${address}::text IS NOT NULL AND r.address = ${address}) AS address,
           (SELECT min(created_at) FROM account) AS oldest`;
  return { account: Number(row?.account ?? 0), address: Number(row?.address ?? 0), oldest: row?.oldest ?? null };
}

export async function authenticate(rawEmail: string, password: string, address: string | null): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase().slice(0, 254);
  // The attempt is written (as a failure) before the count, so parallel guesses cannot all
  // pass the check before any of them is recorded. A success then marks it succeeded.
  const attempt = await db.signInAttempt.create({ data: { email, address }, select: { id: true } });
  const failures = await failuresInWindow(email, address);
  if (failures.account > SIGN_IN_LIMITS.perAccount || failures.address > SIGN_IN_LIMITS.perAddress) {
    const since = failures.oldest ? (Date.now() - failures.oldest.getTime()) / 60_000 : 0;
    return { ok: false, reason: "rate_limited", retryAfterMinutes: Math.max(1, Math.ceil(SIGN_IN_LIMITS.windowMinutes - since)) };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid) return { ok: false, reason: "invalid" };
  if (user.disabled) return { ok: false, reason: "disabled" };
  await db.$transaction([
    db.signInAttempt.update({ where: { id: attempt.id }, data: { succeeded: true } }),
    db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } }),
    // Attempts older than a day count for nothing; keep the table small.
    db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 86_400_000) } } }),
  ]);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

// The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (a proxy
// appends the address it received from). Next sets the header to the socket address when
// no proxy did. Without a proxy a client can forge it, so the per-account limit is what
// protects each password; the per-address one stops spraying behind a proxy.
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const raw = headers?.["x-forwarded-for"] ?? headers?.["x-real-ip"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((s) => s.trim()).filter(Boolean).at(-1);
  return last ? last.slice(0, 64) : null;
}

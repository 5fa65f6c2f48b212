import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "./roles";
import { verifyPassword } from "./password";
import { attemptSucceeded, beginAttempt } from "./throttle";

// Checking a sign-in, throttled per account (or per device that signed in before) and per
// client address (lib/auth/throttle.ts). A disabled account gets the wrong-password answer,
// so a guess never learns that the password was right.

type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };
export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

export type SignInSource = { address: string | null; device: (email: string) => string | null };

function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase().slice(0, 254);
}

export async function authenticate(rawEmail: string, password: string, source: SignInSource): Promise<SignInResult> {
  const email = normalizeEmail(rawEmail);
  const attempt = await beginAttempt({ email, address: source.address, device: source.device(email) }, "sign_in");
  if (attempt.waitMinutes > 0) return { ok: false, reason: "rate_limited", retryAfterMinutes: attempt.waitMinutes };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabled: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || user.disabled) return { ok: false, reason: "invalid" };
  await attemptSucceeded(attempt.id);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}

// The client's address, only when the deployment says a reverse proxy is in front
// (TRUST_PROXY=true): then the last X-Forwarded-For entry is what that proxy saw. Without
// a proxy the header is whatever the client sent, so there is no address to limit by (the
// per-account and per-device limits still hold).
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  trustProxy = process.env.TRUST_PROXY === "true",
): string | null {
  if (!trustProxy) return null;
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last ? last.slice(0, 64) : null;
}

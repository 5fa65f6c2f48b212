import "server-only";
import { db } from "@/lib/db/client";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import type { Role } from "./roles";
import { acquireHashSlot } from "./hash-slots";
import { verifyPassword } from "./password";
import { attemptSucceeded, beginAttempt } from "./throttle";

// Checking a sign-in, throttled per account (or per device that signed in before) and per
// client address (lib/auth/throttle.ts). A disabled account gets the wrong-password answer,
// so a guess never learns that the password was right.

type AuthenticatedUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };
export type SignInResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "busy" }
  | { ok: false; reason: "rate_limited"; retryAfterMinutes: number };

export type SignInSource = { address: string | null; device: (email: string) => string | null };

function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase().slice(0, 254);
}

// "busy" when the process already runs its ceiling of password hashes and its short queue is
// full (lib/auth/hash-slots.ts): nothing recorded, nothing hashed.
export async function authenticate(rawEmail: string, password: string, source: SignInSource): Promise<SignInResult> {
  const release = await acquireHashSlot();
  if (!release) return { ok: false, reason: "busy" };
  try {
    return await checkSignIn(rawEmail, password, source);
  } finally {
    release();
  }
}

async function checkSignIn(rawEmail: string, password: string, source: SignInSource): Promise<SignInResult> {
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

// The client's address. With TRUST_PROXY=true (a reverse proxy you run is in front) the last
// X-Forwarded-For entry, what that proxy saw. Otherwise the header is whatever the client
// sent (Next fills it in from the socket only when absent), so the address comes from the
// socket itself: the server started by `npm start` (and the e2e server) preloads
// lib/http/peer-address-preload.mjs, which writes the socket's address into PEER_ADDRESS_HEADER over
// anything the client sent, and says so in the environment. Under a bare `next start`
// there is no trustworthy address: null (the per-account and per-device limits still hold).
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | undefined,
  trustProxy = process.env.TRUST_PROXY === "true",
  peerHeader = process.env.PLEDGE_PEER_ADDRESS === PEER_ADDRESS_HEADER,
): string | null {
  if (!trustProxy) {
    const peer = peerHeader ? headers?.[PEER_ADDRESS_HEADER] : undefined;
    return typeof peer === "string" && peer ? peer.slice(0, 64) : null;
  }
  const raw = headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last ? last.slice(0, 64) : null;
}

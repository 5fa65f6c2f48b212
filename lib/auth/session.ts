import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import { hasRole, type Role } from "./roles";
import { readRequiresSignIn } from "./read-policy";

// Who is asking, checked against the database on every call: a session that was signed
// out or has passed its lifetime (the sessions table), a disabled account, or one whose role
// or password changed since sign-in (session_version moved on) counts as signed out at once,
// whatever its cookie says.

export type SessionClaims = { userId: string; sessionVersion: number; sessionId: string };
export type SessionUser = { id: string; email: string; name: string; role: Role };

async function claimsFromNextAuth(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || typeof session.sessionVersion !== "number" || !session.sessionId) return null;
  return { userId: session.user.id, sessionVersion: session.sessionVersion, sessionId: session.sessionId };
}

let claimsSource: () => Promise<SessionClaims | null> = claimsFromNextAuth;

// Integration tests have no request (next-auth reads cookies from it): they say who is
// signed in here instead. Everything after the claims (row re-read, role check) still runs.
export function setSessionClaimsSource(source: (() => Promise<SessionClaims | null>) | null): void {
  if (process.env.NODE_ENV === "production") throw new Error("The session source cannot be replaced in production");
  claimsSource = source ?? claimsFromNextAuth;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  const claims = await claimsSource();
  if (!claims) return null;
  const session = await db.session.findFirst({
    where: {
      id: claims.sessionId,
      userId: claims.userId,
      endedAt: null,
      expiresAt: { gt: new Date() },
      user: { disabled: false, sessionVersion: claims.sessionVersion },
    },
    select: { user: { select: { id: true, email: true, name: true, role: true } } },
  });
  return session?.user ?? null;
}

// The same, once per page render (layout and page share it).
export const currentUser = cache(getSessionUser);

export type RoleCheck = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403; message: string };

// For route handlers and the action wrapper: who may do this, as an HTTP-shaped answer.
export async function checkRole(role: Role): Promise<RoleCheck> {
  const user = await getSessionUser();
  if (!user)
    return { ok: false, status: 401, message: "Sign in to do this. (If you were signed in, your session has ended.)" };
  if (!hasRole(user.role, role)) {
    return {
      ok: false,
      status: 403,
      message: `Your account (${user.role}) cannot do this: it needs the ${role} role.`,
    };
  }
  return { ok: true, user };
}

const signInUrl = (returnTo: string, extra = "") => `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}${extra}`;

// For pages: the signed-in user with at least `role`, else off to the sign-in page.
export async function requireRole(role: Role, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInUrl(returnTo));
  if (!hasRole(user.role, role)) redirect(signInUrl(returnTo, `&denied=${role}`));
  return user;
}

export async function requireReader(returnTo = "/"): Promise<SessionUser | null> {
  if (!readRequiresSignIn()) return currentUser();
  return requireRole("viewer", returnTo);
}

import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/options";
import { getSessionUser, setSessionClaimsSource } from "@/lib/auth/session";
import { SESSION_LIFETIME_SECONDS } from "@/lib/auth/sessions";
import { changeOwnPassword } from "@/lib/actions/account/actions";
import { THROTTLE } from "@/lib/auth/throttle-policy";
import { actAs, createTestUser } from "./support/acting";

// Sessions live in PostgreSQL: sign-out ends one on the server, and its lifetime is fixed at
// sign-in, however often it is used.

type JwtCallback = (params: { token: JWT; user?: unknown }) => Promise<JWT>;
const jwt = authOptions.callbacks!.jwt as unknown as JwtCallback;
const signOut = authOptions.events!.signOut!;

async function signedInToken(user: { id: string; email: string; name: string; role: string }): Promise<JWT> {
  return jwt({ token: { email: user.email, name: user.name }, user: { ...user, sessionVersion: 1 } });
}

async function claimsOf(token: JWT) {
  setSessionClaimsSource(async () => ({ userId: token.uid!, sessionVersion: token.sv!, sessionId: token.sid! }));
  return getSessionUser();
}

describe("sessions", () => {
  // Issue 20: attempts are pruned after a day, so sign-in and sign-out belong on the audit trail.
  it("records each sign-in and sign-out on the audit trail, once", async () => {
    const user = await createTestUser("editor");
    const token = await signedInToken(user);
    await signOut({ token, session: undefined as never });
    await signOut({ token, session: undefined as never });
    const events = await db.auditEvent.findMany({
      where: { entityType: "user", entityId: user.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, userId: true, actor: true, after: true },
    });
    const mark = { session: token.sid!.slice(0, 8) };
    expect(events).toEqual([
      { action: "user.sign_in", userId: user.id, actor: user.email, after: mark },
      { action: "user.sign_out", userId: user.id, actor: user.email, after: mark },
    ]);
  });

  it("starts a session row at sign-in whose expiry is fixed then", async () => {
    const user = await createTestUser("editor");
    const token = await signedInToken(user);
    const row = await db.session.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row.userId).toBe(user.id);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(SESSION_LIFETIME_SECONDS * 1000, -4);
    expect(token.sexp).toBe(row.expiresAt.getTime());
    // Using the session (each /api/auth/session call runs this callback) does not move it.
    const used = await jwt({ token: { ...token } });
    expect(used.sexp).toBe(token.sexp);
    expect((await db.session.findUniqueOrThrow({ where: { id: token.sid! } })).expiresAt).toEqual(row.expiresAt);
    expect(await claimsOf(token)).toMatchObject({ id: user.id });
  });

  it("ends the session on the server at sign-out: the same cookie is refused afterwards", async () => {
    const user = await createTestUser("editor");
    const token = await signedInToken(user);
    const other = await signedInToken(user);
    await signOut({ token, session: undefined as never });
    expect(await claimsOf(token)).toBeNull();
    await expect(jwt({ token: { ...token } })).rejects.toThrow(/session ended/);
    // Only that session: the account's other sessions go on.
    expect(await claimsOf(other)).toMatchObject({ id: user.id });
  });

  it("refuses a session past its lifetime, whatever the cookie's own expiry", async () => {
    const user = await createTestUser("editor");
    const token = await signedInToken(user);
    await db.session.update({ where: { id: token.sid! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await claimsOf(token)).toBeNull();
    await expect(jwt({ token: { ...token } })).rejects.toThrow(/session ended/);
    // A token whose own lifetime has passed is refused without asking the database.
    const fresh = await signedInToken(user);
    await expect(jwt({ token: { ...fresh, sexp: Date.now() - 1 } })).rejects.toThrow(/session ended/);
    // A token from before sessions existed (no session id) is refused too.
    await expect(jwt({ token: { uid: user.id, role: "editor", sv: 1 } })).rejects.toThrow(/session ended/);
  });

  it("rate-limits the current-password check of a password change", async () => {
    const user = await createTestUser("viewer");
    await actAs(user);
    const attempt = { current: "not it", password: "a brand new password 1", confirm: "a brand new password 1" };
    for (let i = 0; i < THROTTLE.thresholds.account; i++) {
      expect(await changeOwnPassword(null, attempt)).toMatchObject({
        ok: false,
        fieldErrors: { current: ["That is not your current password"] },
      });
    }
    const right = { ...attempt, current: user.password };
    const refused = await changeOwnPassword(null, right);
    expect(refused).toMatchObject({ ok: false });
    expect(JSON.stringify(refused)).toMatch(/Too many failed attempts/);
    // Sign-in has its own count: the owner can still sign in.
    expect(await db.signInAttempt.count({ where: { email: user.email, purpose: "sign_in" } })).toBe(0);
  });
});

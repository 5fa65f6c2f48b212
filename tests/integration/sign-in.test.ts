import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate, clientAddress, SIGN_IN_LIMITS } from "@/lib/auth/sign-in";
import { createTestUser } from "./support/acting";

// Password checks and the rate limits, whose state lives in PostgreSQL.

describe("authenticate", () => {
  it("signs in with the right password (any case of e-mail) and records the time", async () => {
    const user = await createTestUser("editor");
    const result = await authenticate(user.email.toUpperCase(), user.password, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: user.name, role: "editor", sessionVersion: 1 } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    const user = await createTestUser("editor");
    expect(await authenticate(user.email, "wrong password", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("nobody@example.org", "whatever", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells a disabled account so, only once the password is right", async () => {
    const user = await createTestUser("editor", { disabled: true });
    expect(await authenticate(user.email, "wrong", "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(user.email, user.password, "10.0.0.3")).toEqual({ ok: false, reason: "disabled" });
  });

  it("locks an account after too many failures, even with the right password, from any address", async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(await authenticate(user.email, `guess ${i}`, `10.1.0.${i}`)).toMatchObject({ ok: false, reason: "invalid" });
    }
    const locked = await authenticate(user.email, user.password, "10.1.1.1");
    expect(locked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (!locked.ok && locked.reason === "rate_limited") expect(locked.retryAfterMinutes).toBeGreaterThanOrEqual(1);
    // The state is in the database: another instance (or a restart) sees the same lock.
    const failures = await db.signInAttempt.count({ where: { email: user.email, succeeded: false } });
    expect(failures).toBe(SIGN_IN_LIMITS.perAccount + 1);
  });

  it("counts only failures since the last successful sign-in", async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) await authenticate(user.email, "typo", "10.2.0.1");
    expect((await authenticate(user.email, user.password, "10.2.0.1")).ok).toBe(true);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) await authenticate(user.email, "typo", "10.2.0.1");
    expect((await authenticate(user.email, user.password, "10.2.0.1")).ok).toBe(true);
  });

  it("limits one address trying many accounts (password spraying)", async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await authenticate(`sprayed-${i}@example.org`, "Winter2026!", "192.0.2.66");
    expect(await authenticate(user.email, user.password, "192.0.2.66")).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((await authenticate(user.email, user.password, "192.0.2.67")).ok).toBe(true);
  });

  it("forgets failures older than the window", async () => {
    const user = await createTestUser("editor");
    const old = new Date(Date.now() - (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    await db.signInAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ email: user.email, address: "10.3.0.1", createdAt: old })) });
    expect((await authenticate(user.email, user.password, "10.3.0.1")).ok).toBe(true);
  });

  it("rejects parallel guesses beyond the limit (the attempt is written before the check)", async () => {
    const user = await createTestUser("editor");
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => authenticate(user.email, `parallel ${i}`, "10.4.0.1")));
    expect(results.filter((r) => !r.ok && r.reason === "rate_limited").length).toBeGreaterThanOrEqual(12 - SIGN_IN_LIMITS.perAccount);
  });
});

describe("clientAddress", () => {
  it("takes the address the nearest proxy appended", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9, 10.0.0.5" })).toBe("10.0.0.5");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" })).toBe("198.51.100.1");
    expect(clientAddress({ "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(clientAddress({})).toBeNull();
    expect(clientAddress(undefined)).toBeNull();
  });
});

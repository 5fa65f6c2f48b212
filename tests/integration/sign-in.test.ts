import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { acquireHashSlot, HASH_QUEUE, HASH_SLOTS } from "@/lib/auth/hash-slots";
import { authenticate, clientAddress, type SignInSource } from "@/lib/auth/sign-in";
import { PEER_ADDRESS_HEADER } from "@/lib/http/peer-address";
import { THROTTLE } from "@/lib/auth/throttle-policy";
import { createTestUser } from "./support/acting";

// Password checks and the throttling, whose state lives in PostgreSQL.

const from = (address: string | null, device: string | null = null): SignInSource => ({
  address,
  device: () => device,
});
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const failures = (email: string, count: number, at: Date, extra: { address?: string; device?: string } = {}) =>
  db.signInAttempt.createMany({ data: Array.from({ length: count }, () => ({ email, createdAt: at, ...extra })) });
const ACCOUNT = THROTTLE.thresholds.account;

describe("authenticate", () => {
  it("signs in with the right password (any case of e-mail) and records the time", async () => {
    const user = await createTestUser("editor");
    const result = await authenticate(user.email.toUpperCase(), user.password, from("10.0.0.1"));
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, role: "editor", sessionVersion: 1 },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeInstanceOf(Date);
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    const user = await createTestUser("editor");
    expect(await authenticate(user.email, "wrong password", from("10.0.0.2"))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate("nobody@example.org", "whatever", from("10.0.0.2"))).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("answers a disabled account with the right password exactly as a wrong password", async () => {
    const user = await createTestUser("editor", { disabled: true });
    const wrong = await authenticate(user.email, "wrong", from("10.0.0.3"));
    const right = await authenticate(user.email, user.password, from("10.0.0.3"));
    expect(right).toEqual(wrong);
    expect(right).toEqual({ ok: false, reason: "invalid" });
  });

  it("makes an account wait after too many failures, even with the right password, from any address", async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < ACCOUNT; i++) {
      expect(await authenticate(user.email, `guess ${i}`, from(`10.1.0.${i}`))).toMatchObject({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate(user.email, user.password, from("10.1.1.1"))).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterMinutes: 1,
    });
    // The refused attempt is not a failure: waiting does not grow by trying during the wait.
    expect(await db.signInAttempt.count({ where: { email: user.email, succeeded: false, throttled: false } })).toBe(
      ACCOUNT,
    );
  });

  it("doubles the wait with each further failure, up to a cap, and then lets the owner in", async () => {
    const user = await createTestUser("editor");
    // 7 failures: a 4-minute wait after the last one.
    await failures(user.email, ACCOUNT + 2, minutesAgo(3));
    expect(await authenticate(user.email, user.password, from(null))).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterMinutes: 1,
    });
    const other = await createTestUser("editor");
    // 6 failures: a 2-minute wait, already over.
    await failures(other.email, ACCOUNT + 1, minutesAgo(3));
    expect((await authenticate(other.email, other.password, from(null))).ok).toBe(true);
    // However many failures, the wait never exceeds the cap: no lock-out for good.
    const third = await createTestUser("editor");
    await failures(third.email, 200, minutesAgo(THROTTLE.capMinutes + 1));
    expect((await authenticate(third.email, third.password, from(null))).ok).toBe(true);
  });

  it("judges a browser that signed in before (device cookie) on its own failures, not the account's", async () => {
    const user = await createTestUser("admin");
    // Someone elsewhere keeps guessing the known admin e-mail.
    await failures(user.email, 30, minutesAgo(0));
    expect(await authenticate(user.email, user.password, from(null))).toMatchObject({ reason: "rate_limited" });
    expect((await authenticate(user.email, user.password, from(null, "device-of-the-admin"))).ok).toBe(true);
    // The device's own failures still count.
    await failures(user.email, ACCOUNT, minutesAgo(0), { device: "device-of-the-admin" });
    expect(await authenticate(user.email, user.password, from(null, "device-of-the-admin"))).toMatchObject({
      reason: "rate_limited",
    });
  });

  it("counts only failures since the last successful sign-in", async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < ACCOUNT - 1; i++) await authenticate(user.email, "typo", from("10.2.0.1"));
    expect((await authenticate(user.email, user.password, from("10.2.0.1"))).ok).toBe(true);
    for (let i = 0; i < ACCOUNT - 1; i++) await authenticate(user.email, "typo", from("10.2.0.1"));
    expect((await authenticate(user.email, user.password, from("10.2.0.1"))).ok).toBe(true);
  });

  it("limits one address trying many accounts (password spraying)", async () => {
    const user = await createTestUser("editor");
    for (let i = 0; i < THROTTLE.thresholds.address; i++)
      await authenticate(`sprayed-${i}@example.org`, "Winter2026!", from("192.0.2.66"));
    expect(await authenticate(user.email, user.password, from("192.0.2.66"))).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    expect((await authenticate(user.email, user.password, from("192.0.2.67"))).ok).toBe(true);
    // A browser that signed in before gets in from the sprayed address.
    expect((await authenticate(user.email, user.password, from("192.0.2.66", "device-of-the-editor"))).ok).toBe(true);
  });

  it("forgets and prunes failures older than the look-back", async () => {
    const user = await createTestUser("editor");
    await failures(user.email, 10, minutesAgo(THROTTLE.lookbackHours * 60 + 1));
    expect((await authenticate(user.email, user.password, from(null))).ok).toBe(true);
    expect(await db.signInAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(0);
  });

  // At most ACCOUNT of them reach the password check; the rest wait out the limit or, beyond the
  // hash ceiling's queue, are told the server is busy.
  it("rejects parallel guesses beyond the limit (the attempt is written before the check)", async () => {
    const user = await createTestUser("editor");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => authenticate(user.email, `parallel ${i}`, from("10.4.0.1"))),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(ACCOUNT);
    expect(results.every((r) => !r.ok && ["invalid", "rate_limited", "busy"].includes(r.reason))).toBe(true);
  });

  // Issue 20: 529 attempts with random e-mails in 15 s from one client, each hashed, with no
  // TRUST_PROXY. The socket's own address (written by lib/http/peer-address-preload.mjs) limits it, and
  // a made-up X-Forwarded-For changes nothing.
  it("limits a flood of random e-mails by the socket's address without TRUST_PROXY", async () => {
    const headers = (i: number) => ({ [PEER_ADDRESS_HEADER]: "192.0.2.80", "x-forwarded-for": `198.51.100.${i}` });
    const source = (i: number) => from(clientAddress(headers(i), false, true));
    for (let i = 0; i < THROTTLE.thresholds.address; i++) {
      expect(await authenticate(`flood-${i}@example.org`, "guess", source(i))).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await authenticate("flood-last@example.org", "guess", source(99))).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
  });

  it("answers busy at once, hashing and recording nothing, when every hash slot and the queue are taken", async () => {
    const user = await createTestUser("editor");
    const held = await Promise.all(Array.from({ length: HASH_SLOTS }, () => acquireHashSlot()));
    // Each waiter gives its slot back as soon as it has one, so the queue drains in turn.
    const queued = Array.from({ length: HASH_QUEUE }, () =>
      acquireHashSlot().then((release) => {
        release?.();
        return release;
      }),
    );
    expect(await authenticate(user.email, user.password, from("10.5.0.1"))).toEqual({ ok: false, reason: "busy" });
    expect(await db.signInAttempt.count({ where: { email: user.email } })).toBe(0);
    held.forEach((release) => release?.());
    expect((await Promise.all(queued)).every((release) => release !== null)).toBe(true);
    expect((await authenticate(user.email, user.password, from("10.5.0.1"))).ok).toBe(true);
  });
});

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless the deployment says a proxy is in front", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, false, false)).toBeNull();
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" }, false, true)).toBeNull();
  });

  it("without a proxy, takes the socket's address, but only where the preload wrote it", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" };
    expect(clientAddress(headers, false, true)).toBe("203.0.113.7");
    // Under a bare `next start` the header is whatever the client sent.
    expect(clientAddress(headers, false, false)).toBeNull();
    expect(clientAddress(headers, true, true)).toBe("198.51.100.1");
  });

  it("behind a proxy, takes the address the nearest proxy appended", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9, 10.0.0.5" }, true)).toBe("10.0.0.5");
    expect(clientAddress({ "x-forwarded-for": "198.51.100.1" }, true)).toBe("198.51.100.1");
    expect(clientAddress({}, true)).toBeNull();
    expect(clientAddress(undefined, true)).toBeNull();
  });
});

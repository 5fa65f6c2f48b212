import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { editorAction } from "@/lib/actions/core/action";
import { changeUserRole, createUser, setUserDisabled } from "@/lib/actions/users/actions";
import { setSessionClaimsSource } from "@/lib/auth/session";
import { startSession } from "@/lib/auth/sessions";
import { actAs, createTestUser, effects, expectOk, form } from "./support/acting";
import { databaseFingerprint } from "./support/fixtures";

// The one wrapper every write goes through: session, role, validation, one transaction
// with its audit event, and plain-word refusals.

const ZTag = z.object({ label: z.string().min(2, "Too short") });

// A minimal action for the wrapper's own behaviour (the real ones have their own tests).
const addTag = editorAction(ZTag, async ({ label }, { tx, audit }) => {
  const tag = await tx.tag.create({ data: { slug: `t-${label}`, label }, select: { id: true } });
  await audit({ action: "tag.create", entityType: "pledge", entityId: tag.id, after: { label } });
  return { data: { id: tag.id }, message: "ok", redirectTo: "/somewhere" };
});

describe("editorAction / adminAction", () => {
  it("refuses anonymous callers with 401 before looking at the input", async () => {
    await actAs(null);
    const before = await databaseFingerprint();
    const result = await addTag(null, { label: "x" });
    expect(result).toMatchObject({ ok: false, status: 401, code: "unauthenticated" });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses a viewer with 403, and an editor on an admin action", async () => {
    await actAs(await createTestUser("viewer"));
    expect(await addTag(null, { label: "abc" })).toMatchObject({ ok: false, status: 403, code: "forbidden" });
    await actAs(await createTestUser("editor"));
    expect(await createUser(null, { email: "x@example.org", name: "X", role: "viewer" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await db.user.count({ where: { email: "x@example.org" } })).toBe(0);
  });

  it("runs an allowed write with its audit event, then revalidates and redirects", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const data = expectOk(await addTag(null, form({ label: "alpha" })));
    const tag = await db.tag.findUniqueOrThrow({ where: { id: data.id } });
    expect(tag.label).toBe("alpha");
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: data.id } });
    expect(event).toMatchObject({
      userId: editor.id,
      actor: editor.email,
      action: "tag.create",
      before: null,
      after: { label: "alpha" },
    });
    expect(effects.revalidations).toBe(1);
    expect(effects.redirects).toEqual(["/somewhere"]);
  });

  it("gives field-level messages for bad input and writes nothing", async () => {
    await actAs(await createTestUser("editor"));
    const before = await databaseFingerprint();
    const result = await addTag(null, { label: "a", password: "secret" });
    expect(result).toMatchObject({ ok: false, status: 422, code: "invalid", fieldErrors: { label: ["Too short"] } });
    if (!result.ok) expect(result.values).toEqual({ label: "a" }); // the password is never echoed
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("rolls the whole transaction back when the action fails half-way", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await actAs(await createTestUser("editor"));
    const failing = editorAction(ZTag, async ({ label }, { tx, audit }) => {
      await tx.tag.create({ data: { slug: "half-way", label } });
      await audit({ action: "tag.create", entityType: "pledge", entityId: "half-way" });
      throw new Error("boom");
    });
    const before = await databaseFingerprint();
    expect(await failing(null, { label: "half" })).toMatchObject({ ok: false, status: 500, code: "error" });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("rolls back a write that recorded no audit event", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    await actAs(await createTestUser("editor"));
    const silent = editorAction(ZTag, async ({ label }, { tx }) => {
      await tx.tag.create({ data: { slug: "silent", label } });
      return { data: null, message: "ok" };
    });
    expect(await silent(null, { label: "quiet" })).toMatchObject({ ok: false, status: 500 });
    expect(await db.tag.count({ where: { slug: "silent" } })).toBe(0);
  });

  it("refuses a disabled user's existing session at once", async () => {
    const admin = await createTestUser("admin");
    const editor = await createTestUser("editor");
    // The editor's session (its claims) stays as issued; meanwhile an admin disables the account.
    const claims = { userId: editor.id, sessionVersion: 1, sessionId: (await startSession(editor.id)).id };
    await actAs(admin);
    expectOk(await setUserDisabled(null, { userId: editor.id, version: 1, disabled: "true" }));
    setSessionClaimsSource(async () => claims);
    expect(await addTag(null, { label: "late" })).toMatchObject({ ok: false, status: 401 });
    expect(await db.tag.count({ where: { label: "late" } })).toBe(0);
  });

  it("applies a role change at once: the old session no longer writes", async () => {
    const admin = await createTestUser("admin");
    const editor = await createTestUser("editor");
    const claims = { userId: editor.id, sessionVersion: 1, sessionId: (await startSession(editor.id)).id };
    await actAs(admin);
    expectOk(await changeUserRole(null, { userId: editor.id, version: 1, role: "viewer" }));
    setSessionClaimsSource(async () => claims);
    expect(await addTag(null, { label: "demoted" })).toMatchObject({ ok: false, status: 401 });
    // Signed in again (new claims), the account is a viewer now.
    await actAs(editor);
    expect(await addTag(null, { label: "demoted" })).toMatchObject({ ok: false, status: 403 });
  });

  it("maps a unique violation to plain words on the field", async () => {
    await actAs(await createTestUser("admin"));
    expectOk(await createUser(null, { email: "dup@example.org", name: "One", role: "viewer" }));
    const again = await createUser(null, { email: "DUP@example.org", name: "Two", role: "viewer" });
    expect(again).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { email: ["An account with this e-mail already exists"] },
    });
  });
});

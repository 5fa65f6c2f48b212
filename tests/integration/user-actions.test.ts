import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { changeOwnPassword } from "@/lib/actions/account/actions";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/actions/users/actions";
import { verifyPassword } from "@/lib/auth/password";
import { getSessionUser } from "@/lib/auth/session";
import { actAs, createTestUser, expectOk } from "./support/acting";
import { databaseFingerprint } from "./support/fixtures";

// Account management by admins, and a user changing their own password.

const row = (id: string) =>
  db.user.findUniqueOrThrow({
    where: { id },
    select: { role: true, disabled: true, version: true, sessionVersion: true, passwordHash: true },
  });

describe("createUser", () => {
  it("creates an account with a generated password shown once, hashed at rest, audited without it", async () => {
    const admin = await createTestUser("admin");
    await actAs(admin);
    const data = expectOk(
      await createUser(null, { email: "New.Editor@Example.org", name: "New Editor", role: "editor", password: "" }),
    );
    expect(data.email).toBe("new.editor@example.org");
    expect(data.generatedPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    const saved = await row(data.userId);
    expect(saved.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(saved.passwordHash, data.generatedPassword!)).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: data.userId } });
    expect(event.after).toEqual({
      email: "new.editor@example.org",
      name: "New Editor",
      role: "editor",
      disabled: false,
      version: 1,
    });
    expect(JSON.stringify(event)).not.toContain(data.generatedPassword);
  });

  it("uses a chosen password and returns none", async () => {
    await actAs(await createTestUser("admin"));
    const data = expectOk(
      await createUser(null, {
        email: "chosen@example.org",
        name: "Chosen",
        role: "viewer",
        password: "a long enough passphrase",
      }),
    );
    expect(data.generatedPassword).toBeNull();
  });

  it.each([
    ["a bad e-mail", { email: "not-an-email" }, "email"],
    ["a short password", { password: "short" }, "password"],
    ["an unknown role", { role: "owner" }, "role"],
    ["markup in the name", { name: "<script>x</script>" }, "name"],
    ["a missing name", { name: "" }, "name"],
  ])("refuses %s", async (_, over, field) => {
    await actAs(await createTestUser("admin"));
    const before = await databaseFingerprint();
    const result = await createUser(null, { email: "ok@example.org", name: "Ok", role: "viewer", ...over });
    expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { [field]: [expect.any(String)] } });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("changeUserRole, setUserDisabled, resetUserPassword", () => {
  it("changes a role and ends the account's sessions", async () => {
    await actAs(await createTestUser("admin"));
    const user = await createTestUser("viewer");
    expectOk(await changeUserRole(null, { userId: user.id, version: "1", role: "editor" }));
    expect(await row(user.id)).toMatchObject({ role: "editor", version: 2, sessionVersion: 2 });
  });

  it("disables and enables an account; a disabled one cannot act", async () => {
    await actAs(await createTestUser("admin"));
    const user = await createTestUser("editor");
    expectOk(await setUserDisabled(null, { userId: user.id, version: "1", disabled: "true" }));
    expect(await row(user.id)).toMatchObject({ disabled: true, version: 2 });
    await actAs(user);
    expect(await getSessionUser()).toBeNull();
    await actAs(await createTestUser("admin"));
    expectOk(await setUserDisabled(null, { userId: user.id, version: "2", disabled: "false" }));
    await actAs(user);
    expect(await getSessionUser()).toMatchObject({ id: user.id, role: "editor" });
  });

  it("resets a password: a new generated one works, the old one does not", async () => {
    await actAs(await createTestUser("admin"));
    const user = await createTestUser("editor");
    const data = expectOk(await resetUserPassword(null, { userId: user.id, version: "1" }));
    const saved = await row(user.id);
    expect(await verifyPassword(saved.passwordHash, data.generatedPassword)).toBe(true);
    expect(await verifyPassword(saved.passwordHash, user.password)).toBe(false);
    expect(saved.sessionVersion).toBe(2);
  });

  it("refuses a stale form (another admin acted first)", async () => {
    await actAs(await createTestUser("admin"));
    const user = await createTestUser("viewer");
    expectOk(await changeUserRole(null, { userId: user.id, version: "1", role: "editor" }));
    const stale = await setUserDisabled(null, { userId: user.id, version: "1", disabled: "true" });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    if (!stale.ok)
      expect(stale.conflict?.[0]?.changes).toContainEqual({ field: "Role", before: "viewer", after: "editor" });
    expect((await row(user.id)).disabled).toBe(false);
  });

  it("refuses admins acting on their own account", async () => {
    const admin = await createTestUser("admin");
    await actAs(admin);
    expect(await changeUserRole(null, { userId: admin.id, version: "1", role: "viewer" })).toMatchObject({
      ok: false,
      fieldErrors: { role: [expect.stringMatching(/own account/)] },
    });
    expect(await setUserDisabled(null, { userId: admin.id, version: "1", disabled: "true" })).toMatchObject({
      ok: false,
      status: 422,
    });
  });

  it("keeps at least one enabled admin, even when two admins demote each other at once", async () => {
    await db.user.updateMany({ where: { role: "admin" }, data: { disabled: true } });
    const [a, b] = [await createTestUser("admin"), await createTestUser("admin")];
    await actAs(a);
    const first = changeUserRole(null, { userId: b.id, version: "1", role: "editor" });
    await actAs(b);
    const second = changeUserRole(null, { userId: a.id, version: "1", role: "editor" });
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "admin", disabled: false } })).toBe(1);
  });

  it("says when the account does not exist", async () => {
    await actAs(await createTestUser("admin"));
    expect(await resetUserPassword(null, { userId: "nobody", version: "1" })).toMatchObject({ ok: false, status: 404 });
  });
});

describe("changeOwnPassword", () => {
  it("needs the current password, then ends the account's sessions", async () => {
    const user = await createTestUser("viewer");
    await actAs(user);
    const wrong = await changeOwnPassword(null, {
      current: "not it",
      password: "a brand new passphrase",
      confirm: "a brand new passphrase",
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { current: [expect.any(String)] } });
    const mismatch = await changeOwnPassword(null, {
      current: user.password,
      password: "a brand new passphrase",
      confirm: "another one entirely",
    });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.any(String)] } });
    if (!mismatch.ok) expect(mismatch.values).toEqual({});
    expectOk(
      await changeOwnPassword(null, {
        current: user.password,
        password: "a brand new passphrase",
        confirm: "a brand new passphrase",
      }),
    );
    expect(await verifyPassword((await row(user.id)).passwordHash, "a brand new passphrase")).toBe(true);
    expect(await getSessionUser()).toBeNull();
  });

  it("is refused to anonymous callers", async () => {
    await actAs(null);
    expect(
      await changeOwnPassword(null, { current: "x", password: "y".repeat(12), confirm: "y".repeat(12) }),
    ).toMatchObject({ ok: false, status: 401 });
  });
});

import { describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccount, resetAccountPassword } from "@/lib/auth/accounts";
import { ensureFirstAdmin, FIRST_ADMIN_EMAIL } from "@/lib/auth/first-admin";
import { verifyPassword } from "@/lib/auth/password";
import { testDatabaseUrl } from "./helpers";

// Accounts made outside a request: `npm run user:create` and the zero-config first admin.

const prisma = () => new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl() }) });

describe("createAccount / resetAccountPassword", () => {
  it("creates an audited account with a generated password, and resets it", async () => {
    const client = prisma();
    try {
      const created = await createAccount(
        client,
        { email: "Script@Example.org", role: "editor" },
        { system: "user:create" },
      );
      expect(created).toMatchObject({ email: "script@example.org", name: "Script", role: "editor", generated: true });
      const event = await client.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
      expect(event).toMatchObject({ actor: "system: user:create", action: "user.create", userId: null });
      const reset = await resetAccountPassword(client, "script@example.org", { system: "user:create" });
      const row = await client.user.findUniqueOrThrow({ where: { id: created.id } });
      expect(await verifyPassword(row.passwordHash, reset.password)).toBe(true);
      expect(await verifyPassword(row.passwordHash, created.password)).toBe(false);
      expect(row.sessionVersion).toBe(2);
      await expect(
        createAccount(client, { email: "script@example.org", role: "viewer" }, { system: "t" }),
      ).rejects.toThrow();
      await expect(
        createAccount(client, { email: "x@example.org", role: "viewer", password: "short" }, { system: "t" }),
      ).rejects.toThrow(/12 characters/);
    } finally {
      await client.$disconnect();
    }
  });
});

describe("ensureFirstAdmin", () => {
  it("creates one admin with a random password printed once, and never again", async () => {
    const lines: string[] = [];
    expect(await ensureFirstAdmin(testDatabaseUrl(), "http://localhost:3000/sign-in", (t) => lines.push(t))).toBe(true);
    const printed = lines.join("\n");
    const password = printed.match(/password:\s+(\S+)/)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(printed).toContain(FIRST_ADMIN_EMAIL);
    const client = prisma();
    try {
      const admin = await client.user.findUniqueOrThrow({ where: { email: FIRST_ADMIN_EMAIL } });
      expect(admin.role).toBe("admin");
      expect(await verifyPassword(admin.passwordHash, password!)).toBe(true);
    } finally {
      await client.$disconnect();
    }
    const again: string[] = [];
    expect(await ensureFirstAdmin(testDatabaseUrl(), "http://localhost:3000/sign-in", (t) => again.push(t))).toBe(
      false,
    );
    expect(again).toEqual([]);
  });
});

import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ZCreateUser, ZEmail, ZNewPassword } from "@/lib/validation/users";
import { generatePassword, hashPassword } from "./password";
import type { Role } from "./roles";

// Account changes made outside a request (the `user:create` script, the first admin of the
// zero-config start, e2e fixtures), audited like the admin screen's, as "system: <who>".

type Actor = { system: string };

async function audit(
  prisma: Pick<PrismaClient, "auditEvent">,
  actor: Actor,
  action: string,
  user: { id: string; email: string; name: string; role: Role },
) {
  await prisma.auditEvent.create({
    data: {
      actor: `system: ${actor.system}`,
      action,
      entityType: "user",
      entityId: user.id,
      entityLabel: `${user.name} <${user.email}>`,
      after: {
        email: user.email,
        name: user.name,
        role: user.role,
        ...(action === "user.reset_password" ? { password: `reset by ${actor.system}` } : {}),
      },
    },
  });
}

export type CreatedAccount = {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  generated: boolean;
};

// Creates an account; without a password, generates one (returned, to be shown once).
export async function createAccount(
  prisma: PrismaClient,
  input: { email: string; name?: string; role: Role; password?: string },
  actor: Actor,
): Promise<CreatedAccount> {
  const parsed = ZCreateUser.parse({ ...input, name: input.name ?? input.email.split("@")[0] });
  const password = parsed.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: { email: parsed.email, name: parsed.name, role: parsed.role, passwordHash },
      select: { id: true, email: true, name: true, role: true },
    });
    await audit(tx, actor, "user.create", created);
    return created;
  });
  return { ...user, password, generated: !parsed.password };
}

// A new password for an existing account (lost admin password); ends its sessions.
export async function resetAccountPassword(
  prisma: PrismaClient,
  email: string,
  actor: Actor,
  password?: string,
): Promise<CreatedAccount> {
  const address = ZEmail.parse(email);
  const next = password === undefined ? generatePassword() : ZNewPassword.parse(password);
  const passwordHash = await hashPassword(next);
  const user = await prisma.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { email: address },
      data: { passwordHash, sessionVersion: { increment: 1 }, version: { increment: 1 } },
      select: { id: true, email: true, name: true, role: true },
    });
    await audit(tx, actor, "user.reset_password", updated);
    return updated;
  });
  return { ...user, password: next, generated: !password };
}

export async function hasEnabledAdmin(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count({ where: { role: "admin", disabled: false } })) > 0;
}

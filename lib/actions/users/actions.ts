"use server";
import "server-only";
import { createTranslator } from "next-intl";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { ZChangeRole, ZCreateUser, ZResetPassword, ZSetDisabled } from "@/lib/validation/users";
import { adminAction } from "@/lib/actions/core/action";
import { NotFoundError } from "@/lib/actions/core/errors";
import { claimUser } from "@/lib/actions/core/locks";
import { userSnapshot } from "@/lib/data/users";
import { actionCatalogue } from "@/lib/i18n/action-locale";
import { keepAnAdmin, notSelf } from "./guards";

// Account management (admins). A role change, disabling and a password reset each bump the
// session version, so the account's existing sessions stop working for writes at once.

const label = (u: { name: string; email: string }) => `${u.name} <${u.email}>`;

const words = async () => createTranslator({ ...(await actionCatalogue()), namespace: "account.action" });

// Creates an account; when no password is given one is generated and returned once.
export const createUser = adminAction(ZCreateUser, async (input, { tx, audit }) => {
  const t = await words();
  const password = input.password ?? generatePassword();
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(password) },
    select: { id: true },
  });
  await audit({
    action: "user.create",
    entityType: "user",
    entityId: user.id,
    entityLabel: label(input),
    after: await userSnapshot(tx, user.id),
  });
  return {
    data: { userId: user.id, email: input.email, generatedPassword: input.password ? null : password },
    message: t("created", { email: input.email }),
  };
});

export const changeUserRole = adminAction(ZChangeRole, async (input, { tx, audit, user: actor }) => {
  const t = await words();
  const before = await userSnapshot(tx, input.userId);
  if (!before) throw new NotFoundError("This account");
  notSelf(actor.id, input.userId, "role", t("selfRole"));
  if (before.role === "admin" && input.role !== "admin") await keepAnAdmin(tx, input.userId, "role", t("lastAdmin"));
  await claimUser(tx, input.userId, input.version, { role: input.role, sessionVersion: { increment: 1 } });
  const after = await userSnapshot(tx, input.userId);
  await audit({
    action: "user.role",
    entityType: "user",
    entityId: input.userId,
    entityLabel: label(before),
    before,
    after,
  });
  return {
    data: { userId: input.userId },
    message: t("roleChanged", { email: before.email, role: input.role }),
  };
});

export const setUserDisabled = adminAction(ZSetDisabled, async (input, { tx, audit, user: actor }) => {
  const t = await words();
  const before = await userSnapshot(tx, input.userId);
  if (!before) throw new NotFoundError("This account");
  notSelf(actor.id, input.userId, "disabled", input.disabled ? t("selfDisable") : t("selfEnable"));
  if (input.disabled && before.role === "admin") await keepAnAdmin(tx, input.userId, "disabled", t("lastAdmin"));
  await claimUser(tx, input.userId, input.version, { disabled: input.disabled, sessionVersion: { increment: 1 } });
  const after = await userSnapshot(tx, input.userId);
  await audit({
    action: input.disabled ? "user.disable" : "user.enable",
    entityType: "user",
    entityId: input.userId,
    entityLabel: label(before),
    before,
    after,
  });
  return {
    data: { userId: input.userId },
    message: t(input.disabled ? "disabled" : "enabled", { email: before.email }),
  };
});

// A new random password, shown once to the admin to pass on; old sessions end.
export const resetUserPassword = adminAction(ZResetPassword, async (input, { tx, audit }) => {
  const t = await words();
  const before = await userSnapshot(tx, input.userId);
  if (!before) throw new NotFoundError("This account");
  const password = generatePassword();
  await claimUser(tx, input.userId, input.version, {
    passwordHash: await hashPassword(password),
    sessionVersion: { increment: 1 },
  });
  const after = { ...(await userSnapshot(tx, input.userId)), password: "reset by an admin" };
  await audit({
    action: "user.reset_password",
    entityType: "user",
    entityId: input.userId,
    entityLabel: label(before),
    before,
    after,
  });
  return {
    data: { userId: input.userId, email: before.email, generatedPassword: password },
    message: t("newPassword", { email: before.email }),
  };
});

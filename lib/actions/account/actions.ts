"use server";
import "server-only";
import { createTranslator } from "next-intl";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { attemptSucceeded, beginAttempt } from "@/lib/auth/throttle";
import { ZChangeOwnPassword } from "@/lib/validation/users";
import { signedInAction } from "@/lib/actions/core/action";
import { FieldError } from "@/lib/actions/core/errors";
import { actionCatalogue } from "@/lib/i18n/action-locale";

// Changing one's own password. It ends every session of the account, this one included,
// so a stolen session cannot outlive the password change. The current-password check is
// throttled like a sign-in (its own count per account), so a session cannot guess it.
export const changeOwnPassword = signedInAction(ZChangeOwnPassword, async (input, { tx, audit, user }) => {
  const t = createTranslator(await actionCatalogue());
  const attempt = await beginAttempt({ email: user.email, address: null, device: null }, "password_change");
  if (attempt.waitMinutes > 0) throw new FieldError("current", t("auth.error.wait", { minutes: attempt.waitMinutes }));
  const row = await tx.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true, version: true },
  });
  if (!(await verifyPassword(row.passwordHash, input.current)))
    throw new FieldError("current", t("account.action.wrongCurrent"));
  await attemptSucceeded(attempt.id);
  await tx.user.update({
    where: { id: user.id },
    data: {
      passwordHash: await hashPassword(input.password),
      sessionVersion: { increment: 1 },
      version: { increment: 1 },
    },
    select: { id: true },
  });
  await audit({
    action: "user.change_password",
    entityType: "user",
    entityId: user.id,
    entityLabel: `${user.name} <${user.email}>`,
    before: { version: row.version },
    after: { version: row.version + 1, password: "changed by its owner" },
  });
  return { data: { userId: user.id }, message: t("account.action.passwordChanged") };
});

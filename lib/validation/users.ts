import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { ZVersion } from "./ids";
import { passwordWeakness } from "./password-strength";
import { plain } from "./text";

// Accounts: what the admin screens, the sign-in form and `npm run user:create` accept.

export const ZEmail = z
  .string({ message: "Enter an e-mail address" })
  .trim()
  .toLowerCase()
  .max(254, "That e-mail address is too long")
  .pipe(z.email({ message: "Enter a valid e-mail address, like name@example.org" }));

const ZRole = z.enum(ROLES, { message: "Choose viewer, editor or admin" });

const ZUserName = plain(
  z.string({ message: "Enter a name" }).trim().min(1, "Enter a name").max(100, "Keep the name under 100 characters"),
);

// Long passphrases beat complexity rules (NIST SP 800-63B): a minimum length, no maximum worth
// mentioning, and no common, breached or patterned password (lib/validation/password-strength.ts).
// Every way of setting a password goes through this schema.
export const ZNewPassword = z
  .string({ message: "Enter a password" })
  .min(12, "Use at least 12 characters")
  .max(200, "Keep the password under 200 characters")
  .superRefine((password, ctx) => {
    if (ctx.issues.length > 0) return;
    const weakness = passwordWeakness(password);
    if (weakness) ctx.addIssue({ code: "custom", message: weakness });
  });

export const ZCreateUser = z.object({
  email: ZEmail,
  name: ZUserName,
  role: ZRole,
  // Empty: the server generates one and shows it once.
  password: z.preprocess((v) => (v === "" ? undefined : v), ZNewPassword.optional()),
});

export const ZChangeRole = z.object({ userId: z.string().min(1), version: ZVersion, role: ZRole });
export const ZSetDisabled = z.object({
  userId: z.string().min(1),
  version: ZVersion,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const ZResetPassword = z.object({ userId: z.string().min(1), version: ZVersion });

export const ZChangeOwnPassword = z
  .object({ current: z.string().min(1, "Enter your current password"), password: ZNewPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { message: "The two new passwords differ", path: ["confirm"] });

export const ZSignIn = z.object({ email: ZEmail, password: z.string().min(1, "Enter your password").max(200) });

"use client";
import { signOut } from "next-auth/react";
import { useEffect } from "react";
import { changeOwnPassword } from "@/lib/actions/account/actions";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

// Changing one's own password. Success ends every session of the account (this one too),
// so the page signs out and asks for the new password.
export function PasswordForm() {
  const { state, pending, onSubmit, errors } = useActionForm(changeOwnPassword);
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: "/sign-in?changed=1" });
  }, [state]);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <Field label="Current password" name="current" errors={errors("current")}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required />}
      </Field>
      <Field
        label="New password"
        name="password"
        errors={errors("password")}
        hint="At least 12 characters; a few unrelated words make a good one"
      >
        {(p) => <input {...p} type="password" autoComplete="new-password" minLength={12} required />}
      </Field>
      <Field label="New password again" name="confirm" errors={errors("confirm")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" required />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Change password"}
      </button>
    </form>
  );
}

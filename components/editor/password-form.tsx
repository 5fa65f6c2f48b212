"use client";
import { signOut } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { changeOwnPassword } from "@/lib/actions/account/actions";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

// Changing one's own password. Success ends every session of the account (this one too),
// so the page signs out and asks for the new password, in the language the form was in.
export function PasswordForm() {
  const t = useTranslations("account.own");
  const locale = useLocale();
  const { state, pending, onSubmit, errors } = useActionForm(changeOwnPassword);
  useEffect(() => {
    if (state?.ok) void signOut({ callbackUrl: `/${locale}/sign-in?changed=1` });
  }, [state, locale]);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <Field label={t("current")} name="current" errors={errors("current")}>
        {(p) => <input {...p} type="password" autoComplete="current-password" required />}
      </Field>
      <Field label={t("new")} name="password" errors={errors("password")} hint={t("newHint")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" minLength={12} required />}
      </Field>
      <Field label={t("confirm")} name="confirm" errors={errors("confirm")}>
        {(p) => <input {...p} type="password" autoComplete="new-password" required />}
      </Field>
      <button type="submit" disabled={pending}>
        {pending ? t("saving") : t("submit")}
      </button>
    </form>
  );
}

"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/actions/users/actions";
import type { ActionState } from "@/lib/actions/core/result";
import { ROLES } from "@/lib/auth/roles";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

type GeneratedPassword = { email: string; generatedPassword: string | null };

// A password the server generated, shown once for the admin to pass on securely.
function OneTimePassword({ state }: { state: ActionState<GeneratedPassword> }) {
  const t = useTranslations("account.admin");
  if (!state?.ok || !state.data.generatedPassword) return null;
  return (
    <p className="notice notice-ok">
      {t.rich("passwordFor", {
        email: state.data.email,
        password: state.data.generatedPassword,
        code: (chunks) => <code data-testid="generated-password">{chunks}</code>,
      })}
      <br />
      <span className="small">{t("shownOnce")}</span>
    </p>
  );
}

export function CreateUserForm() {
  const t = useTranslations("account");
  const roles = useTranslations("auth.role");
  const { state, pending, onSubmit, errors } = useActionForm(createUser);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <OneTimePassword state={state} />
      <div className="form-grid">
        <Field label={t("field.email")} name="email" errors={errors("email")}>
          {(p) => <input {...p} type="email" required autoComplete="off" />}
        </Field>
        <Field label={t("field.name")} name="name" errors={errors("name")}>
          {(p) => <input {...p} type="text" required maxLength={100} />}
        </Field>
        <Field label={t("field.role")} name="role" errors={errors("role")}>
          {(p) => (
            <select {...p} defaultValue="editor">
              {ROLES.map((r) => (
                <option key={r} value={r} title={roles(`meaning.${r}`)}>
                  {roles(`label.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.password")} name="password" errors={errors("password")} hint={t("admin.passwordHint")}>
          {(p) => <input {...p} type="password" autoComplete="new-password" minLength={12} />}
        </Field>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("admin.creating") : t("admin.create")}
      </button>
    </form>
  );
}

type Row = { id: string; email: string; role: string; disabled: boolean; version: number };

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

// The per-account controls: role, enable/disable, password reset. Each form carries the
// account's version, so two admins acting at once cannot silently undo each other.
export function UserRowActions({ user, self }: { user: Row; self: boolean }) {
  const t = useTranslations("account.admin");
  const roles = useTranslations("auth.role");
  const role = useActionForm(changeUserRole);
  const disable = useActionForm(setUserDisabled);
  const reset = useActionForm(resetUserPassword);
  if (self) return <span className="muted small">{t("self")}</span>;
  const hiddenFields = (
    <>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
  const email = user.email;
  return (
    <div className="row-actions">
      <form onSubmit={role.onSubmit} className="inline-form">
        {hiddenFields}
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          {t("roleOf", { email })}
        </label>
        <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roles(`label.${r}`)}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="secondary" disabled={role.pending}>
          {t.rich("changeRole", { email, hidden })}
        </button>
      </form>
      <form onSubmit={disable.onSubmit} className="inline-form">
        {hiddenFields}
        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
        <button type="submit" className="secondary" disabled={disable.pending}>
          {t.rich(user.disabled ? "enable" : "disable", { email, hidden })}
        </button>
      </form>
      <form onSubmit={reset.onSubmit} className="inline-form">
        {hiddenFields}
        <button type="submit" className="secondary" disabled={reset.pending}>
          {t.rich("resetPassword", { email, hidden })}
        </button>
      </form>
      {[role.state, disable.state, reset.state].map((s, i) => (s ? <FormMessage key={i} state={s} /> : null))}
      <OneTimePassword state={reset.state} />
    </div>
  );
}

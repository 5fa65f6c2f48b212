"use client";
import { changeUserRole, createUser, resetUserPassword, setUserDisabled } from "@/lib/actions/users/actions";
import type { ActionState } from "@/lib/actions/core/result";
import { ROLES, ROLE_LABELS, ROLE_MEANINGS } from "@/lib/auth/roles";
import { Field } from "./field";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

type GeneratedPassword = { email: string; generatedPassword: string | null };

// A password the server generated, shown once for the admin to pass on securely.
function OneTimePassword({ state }: { state: ActionState<GeneratedPassword> }) {
  if (!state?.ok || !state.data.generatedPassword) return null;
  return (
    <p className="notice notice-ok">
      Password for {state.data.email}: <code data-testid="generated-password">{state.data.generatedPassword}</code>
      <br />
      <span className="small">It is shown only now. Pass it on securely; its owner can change it under “Account”.</span>
    </p>
  );
}

export function CreateUserForm() {
  const { state, pending, onSubmit, errors } = useActionForm(createUser);
  return (
    <form onSubmit={onSubmit} noValidate className="editor-form">
      <FormMessage state={state} />
      <OneTimePassword state={state} />
      <div className="form-grid">
        <Field label="E-mail" name="email" errors={errors("email")}>
          {(p) => <input {...p} type="email" required autoComplete="off" />}
        </Field>
        <Field label="Name" name="name" errors={errors("name")}>
          {(p) => <input {...p} type="text" required maxLength={100} />}
        </Field>
        <Field label="Role" name="role" errors={errors("role")}>
          {(p) => (
            <select {...p} defaultValue="editor">
              {ROLES.map((r) => (
                <option key={r} value={r} title={ROLE_MEANINGS[r]}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Password"
          name="password"
          errors={errors("password")}
          hint="Leave empty to generate one (shown once)"
        >
          {(p) => <input {...p} type="password" autoComplete="new-password" minLength={12} />}
        </Field>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create account"}
      </button>
    </form>
  );
}

type Row = { id: string; email: string; role: string; disabled: boolean; version: number };

// The per-account controls: role, enable/disable, password reset. Each form carries the
// account's version, so two admins acting at once cannot silently undo each other.
export function UserRowActions({ user, self }: { user: Row; self: boolean }) {
  const role = useActionForm(changeUserRole);
  const disable = useActionForm(setUserDisabled);
  const reset = useActionForm(resetUserPassword);
  if (self) return <span className="muted small">Your own account: another admin manages it.</span>;
  const hidden = (
    <>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
  return (
    <div className="row-actions">
      <form onSubmit={role.onSubmit} className="inline-form">
        {hidden}
        <label className="sr-only" htmlFor={`role-${user.id}`}>
          Role of {user.email}
        </label>
        <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="secondary" disabled={role.pending}>
          Change role<span className="sr-only"> of {user.email}</span>
        </button>
      </form>
      <form onSubmit={disable.onSubmit} className="inline-form">
        {hidden}
        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
        <button type="submit" className="secondary" disabled={disable.pending}>
          {user.disabled ? "Enable" : "Disable"}
          <span className="sr-only"> {user.email}</span>
        </button>
      </form>
      <form onSubmit={reset.onSubmit} className="inline-form">
        {hidden}
        <button type="submit" className="secondary" disabled={reset.pending}>
          Reset password<span className="sr-only"> of {user.email}</span>
        </button>
      </form>
      {[role.state, disable.state, reset.state].map((s, i) => (s ? <FormMessage key={i} state={s} /> : null))}
      <OneTimePassword state={reset.state} />
    </div>
  );
}

import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { ROLE_LABELS, ROLE_MEANINGS } from "@/lib/auth/roles";
import { PasswordForm } from "@/components/editor/password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireRole("viewer", "/account");
  return (
    <div className="narrow">
      <h1>Your account</h1>
      <dl className="facts panel">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>E-mail</dt>
        <dd>{user.email}</dd>
        <dt>Role</dt>
        <dd>
          {ROLE_LABELS[user.role]}: {ROLE_MEANINGS[user.role]}
        </dd>
      </dl>
      <section className="panel" aria-labelledby="change-password">
        <h2 id="change-password">Change your password</h2>
        <PasswordForm />
      </section>
    </div>
  );
}

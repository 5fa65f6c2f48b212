import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { PasswordForm } from "@/components/editor/password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.own");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requireRole("viewer", "/account");
  const t = await getTranslations("account");
  const roles = await getTranslations("auth.role");
  return (
    <div className="narrow">
      <h1>{t("own.title")}</h1>
      <dl className="facts panel">
        <dt>{t("field.name")}</dt>
        <dd>{user.name}</dd>
        <dt>{t("field.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("field.role")}</dt>
        <dd>
          {roles(`label.${user.role}`)}: {roles(`meaning.${user.role}`)}
        </dd>
      </dl>
      <section className="panel" aria-labelledby="change-password">
        <h2 id="change-password">{t("own.changePassword")}</h2>
        <PasswordForm />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users";
import type { Locale } from "@/lib/i18n/routing";
import { CreateUserForm, UserRowActions } from "@/components/editor/user-admin";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.users");
  return { title: t("title") };
}

// British English, as the app's dates are.
const INTL: Record<Locale, string> = { en: "en-GB", ja: "ja-JP" };

const when = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleString(INTL[locale], { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function UsersPage() {
  const me = await requireRole("admin", "/edit/users");
  const users = await listUsers();
  const t = await getTranslations("account.users");
  const fields = await getTranslations("account.field");
  const roles = await getTranslations("auth.role");
  const locale = await getLocale();
  return (
    <>
      <h1>{t("title")}</h1>
      <dl className="facts panel">
        {ROLES.map((r) => (
          <div key={r} style={{ display: "contents" }}>
            <dt>{roles(`label.${r}`)}</dt>
            <dd>{roles(`meaning.${r}`)}</dd>
          </div>
        ))}
      </dl>
      <section className="panel" aria-labelledby="new-user">
        <h2 id="new-user">{t("newAccount")}</h2>
        <CreateUserForm />
      </section>
      <section className="panel" aria-labelledby="accounts">
        <h2 id="accounts">{t("accounts", { count: users.length })}</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("account")}</th>
                <th scope="col">{fields("role")}</th>
                <th scope="col">{t("lastSignIn")}</th>
                <th scope="col">{t("manage")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} data-testid={`user-${u.email}`} className={u.disabled ? "superseded-row" : undefined}>
                  <td>
                    {u.name}
                    <div className="muted small">{u.email}</div>
                  </td>
                  <td>
                    {roles(`label.${u.role}`)}
                    {u.disabled && <div className="error-text small">{t("disabled")}</div>}
                  </td>
                  <td className="small">
                    {u.lastSignInAt ? t("at", { time: when(u.lastSignInAt, locale) }) : t("never")}
                  </td>
                  <td>
                    <UserRowActions user={u} self={u.id === me.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

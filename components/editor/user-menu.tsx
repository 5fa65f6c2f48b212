import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

// The header's account area: "Sign in", or who is signed in with the links their role opens.
export async function UserMenu() {
  const user = await currentUser();
  const t = await getTranslations("auth");
  if (!user) {
    return (
      <div className="user-menu">
        <Link href="/sign-in">{t("menu.signIn")}</Link>
      </div>
    );
  }
  return (
    <nav className="user-menu" aria-label={t("menu.label")} data-testid="user-menu">
      {hasRole(user.role, "editor") && (
        <ul className="nav-list editor-nav">
          <li>
            <Link href="/edit">{t("menu.editing")}</Link>
          </li>
          <li>
            <Link href="/edit/meetings/new">{t("menu.addMeeting")}</Link>
          </li>
          <li>
            <Link href="/edit/review">{t("menu.review")}</Link>
          </li>
          <li>
            <Link href="/edit/audit">{t("menu.audit")}</Link>
          </li>
          {hasRole(user.role, "admin") && (
            <li>
              <Link href="/edit/users">{t("menu.users")}</Link>
            </li>
          )}
        </ul>
      )}
      <span className="user-name">
        <Link href="/account">{user.name}</Link> <span className="role-pill">{t(`role.label.${user.role}`)}</span>
      </span>
      <SignOutButton />
    </nav>
  );
}

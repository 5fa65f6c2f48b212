import { Link } from "@/lib/i18n/navigation";
import { currentUser } from "@/lib/auth/session";
import { hasRole, ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

// The header's account area: "Sign in", or who is signed in with the links their role opens.
export async function UserMenu() {
  const user = await currentUser();
  if (!user) {
    return (
      <div className="user-menu">
        <Link href="/sign-in">Sign in</Link>
      </div>
    );
  }
  return (
    <nav className="user-menu" aria-label="Account" data-testid="user-menu">
      {hasRole(user.role, "editor") && (
        <ul className="nav-list editor-nav">
          <li>
            <Link href="/edit">Editing</Link>
          </li>
          <li>
            <Link href="/edit/meetings/new">Add meeting</Link>
          </li>
          <li>
            <Link href="/edit/review">Review a meeting</Link>
          </li>
          <li>
            <Link href="/edit/audit">Audit</Link>
          </li>
          {hasRole(user.role, "admin") && (
            <li>
              <Link href="/edit/users">Users</Link>
            </li>
          )}
        </ul>
      )}
      <span className="user-name">
        <Link href="/account">{user.name}</Link> <span className="role-pill">{ROLE_LABELS[user.role]}</span>
      </span>
      <SignOutButton />
    </nav>
  );
}

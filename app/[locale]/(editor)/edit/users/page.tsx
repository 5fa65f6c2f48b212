import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { ROLE_LABELS, ROLE_MEANINGS, ROLES } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users";
import { CreateUserForm, UserRowActions } from "@/components/editor/user-admin";

export const metadata: Metadata = { title: "Users" };

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC"
    : "never";

export default async function UsersPage() {
  const me = await requireRole("admin", "/edit/users");
  const users = await listUsers();
  return (
    <>
      <h1>Users</h1>
      <dl className="facts panel">
        {ROLES.map((r) => (
          <div key={r} style={{ display: "contents" }}>
            <dt>{ROLE_LABELS[r]}</dt>
            <dd>{ROLE_MEANINGS[r]}</dd>
          </div>
        ))}
      </dl>
      <section className="panel" aria-labelledby="new-user">
        <h2 id="new-user">New account</h2>
        <CreateUserForm />
      </section>
      <section className="panel" aria-labelledby="accounts">
        <h2 id="accounts">Accounts ({users.length})</h2>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Role</th>
                <th scope="col">Last sign-in</th>
                <th scope="col">Manage</th>
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
                    {ROLE_LABELS[u.role]}
                    {u.disabled && <div className="error-text small">disabled</div>}
                  </td>
                  <td className="small">{when(u.lastSignInAt)}</td>
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

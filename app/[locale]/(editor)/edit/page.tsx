import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Editing" };

export default async function EditorHome() {
  const user = await requireRole("editor", "/edit");
  return (
    <>
      <h1>Editing</h1>
      <p className="lead">
        After each meeting: add it with its statement, record the pledges it made, then review what it reported on
        earlier ones.
      </p>
      <ul className="link-cards">
        <li>
          <Link href="/edit/meetings/new">Add a meeting</Link> by pasting its statement.
        </li>
        <li>
          <Link href="/edit/pledges/new">Add a pledge</Link> made at a meeting, citing its paragraph.
        </li>
        <li>
          <Link href="/edit/review">Review a meeting</Link>: set what it reported on every open pledge, at once.
        </li>
        <li>
          To record one status update or correct one, open the <Link href="/pledges">pledge</Link>.
        </li>
        <li>
          <Link href="/edit/import">Import pledges from CSV</Link>: edit the exported file in a spreadsheet, check it,
          apply it.
        </li>
        <li>
          <Link href="/edit/audit">Audit trail</Link>: every change, who made it and when.
        </li>
        {hasRole(user.role, "admin") && (
          <>
            <li>
              <Link href="/edit/users">Users</Link>: accounts and roles.
            </li>
            <li>
              <Link href="/edit/dialogues">Dialogues</Link>: start tracking a new framework (its meetings need it
              first), or rename one.
            </li>
            <li>
              <Link href="/edit/areas">Areas</Link>: the cooperation-area taxonomy, its names and order.
            </li>
          </>
        )}
      </ul>
    </>
  );
}

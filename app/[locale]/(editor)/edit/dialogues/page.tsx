import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Suspense } from "react";
import { requireRole } from "@/lib/auth/session";
import { listDialoguesForAdmin } from "@/lib/data/dialogues";
import { SavedNotice } from "@/components/editor/saved-notice";

export const metadata: Metadata = { title: "Dialogues" };

export default async function DialoguesPage() {
  await requireRole("admin", "/edit/dialogues");
  const dialogues = await listDialoguesForAdmin();
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <h1>Dialogues</h1>
      <p className="lead">
        The frameworks whose meetings are tracked. To start tracking a new one,{" "}
        <Link href="/edit/dialogues/new">add the dialogue</Link>; editors can then add its meetings. Dialogues are never
        deleted: meetings and pledges refer to them.
      </p>
      <div className="table-scroll">
        <table data-testid="dialogue-list">
          <thead>
            <tr>
              <th scope="col">Dialogue</th>
              <th scope="col">Partner</th>
              <th scope="col">Meetings</th>
              <th scope="col">Pledges</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {dialogues.map((d) => (
              <tr key={d.id} data-testid={`dialogue-${d.id}`}>
                <td>
                  {d.name}
                  <div className="muted small">
                    <code>{d.id}</code>
                  </div>
                </td>
                <td>{d.partnerCountry}</td>
                <td className="num">{d.meetings}</td>
                <td className="num">{d.pledges}</td>
                <td>
                  <Link href={`/edit/dialogues/${d.id}`} aria-label={`Edit ${d.name}`}>
                    Edit
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

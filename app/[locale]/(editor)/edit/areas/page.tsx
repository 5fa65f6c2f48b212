import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Suspense } from "react";
import { requireRole } from "@/lib/auth/session";
import { listAreasForAdmin } from "@/lib/data/areas";
import { SavedNotice } from "@/components/editor/saved-notice";

export const metadata: Metadata = { title: "Areas" };

export default async function AreasPage() {
  await requireRole("admin", "/edit/areas");
  const areas = await listAreasForAdmin();
  return (
    <>
      <Suspense>
        <SavedNotice />
      </Suspense>
      <h1>Areas</h1>
      <p className="lead">
        The cooperation-area taxonomy, in the order the dashboard and charts show it.{" "}
        <Link href="/edit/areas/new">Add an area</Link>, or edit one to rename it or move it. Areas are never deleted:
        pledges refer to them.
      </p>
      <div className="table-scroll">
        <table data-testid="area-list">
          <thead>
            <tr>
              <th scope="col">Position</th>
              <th scope="col">Area</th>
              <th scope="col">Pledges</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id} data-testid={`area-${a.id}`}>
                <td className="num">{a.position}</td>
                <td>
                  {a.name}
                  <div className="muted small">
                    <code>{a.id}</code>
                    {a.description && <> · {a.description}</>}
                  </div>
                </td>
                <td className="num">{a.pledges}</td>
                <td>
                  <Link href={`/edit/areas/${a.id}`} aria-label={`Edit ${a.name}`}>
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

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { CSV_COLUMNS } from "@/lib/import-export/csv";
import { ImportForm } from "@/components/editor/import-form";

export const metadata: Metadata = { title: "Import pledges from CSV" };

export default async function ImportPage() {
  await requireRole("editor", "/edit/import");
  return (
    <>
      <h1>Import pledges from CSV</h1>
      <p className="lead">
        Download the pledges as CSV from the <Link href="/pledges">Pledges page</Link>, edit the file in a spreadsheet,
        and upload it here. Rows are matched by their <code>id</code>: only the cells you changed are changed. A row
        with an empty id creates a new pledge. A changed status needs its evidence: the meeting (or date), the document,
        the paragraph and the quoted words.
      </p>
      <ImportForm />
      <details className="panel">
        <summary>The columns of the file</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Editable</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((c) => (
              <tr key={c.key}>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{c.editable ? "yes" : "no (ignored)"}</td>
                <td>{c.help}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { listMeetingChoices } from "@/lib/data/meetings";
import { formatDay } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Review a meeting" };

export default async function ChooseReviewPage() {
  await requireRole("editor", "/edit/review");
  const meetings = await listMeetingChoices();
  return (
    <>
      <h1>Review a meeting</h1>
      <p className="lead">
        Choose the meeting whose statement you are reading. The review lists every pledge of its dialogue still open
        before it.
      </p>
      {meetings.length === 0 ? (
        <p className="empty panel">
          No meetings yet. <Link href="/edit/meetings/new">Add one</Link>.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Meeting</th>
              <th scope="col">Dialogue</th>
              <th scope="col">Date</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link href={`/edit/meetings/${m.id}/review`}>{m.title}</Link>
                </td>
                <td>{m.dialogue.name}</td>
                <td>{formatDay(m.date)}</td>
                <td>
                  {m.documents ? (
                    `${m.documents} document${m.documents === 1 ? "" : "s"}`
                  ) : (
                    <Link href={`/edit/meetings/${m.id}/document`}>add a document</Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

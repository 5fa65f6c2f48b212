import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { listDialogues, listMeetings } from "@/lib/data/cached";
import { dialogueParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { formatDay } from "@/lib/domain/dates";
import { MEETING_FORMAT_LABELS, MEETING_KIND_LABELS } from "@/lib/domain/status";
import { DialogueFilter } from "@/components/dialogue-filter";

export const metadata: Metadata = { title: "Meetings" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MeetingsPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(dialogueParams, await searchParams);
  const { dialogue } = data;
  const [dialogues, meetings] = await Promise.all([listDialogues(), listMeetings(dialogue)]);
  return (
    <>
      <h1>Meetings</h1>
      <ParamNotice problems={problems} />
      <p className="lead">Each meeting, what was pledged there, and what it reported on earlier pledges.</p>
      <DialogueFilter dialogues={dialogues} selected={dialogue} />
      {meetings.length === 0 ? (
        <div className="panel empty">No meetings recorded for this dialogue yet.</div>
      ) : (
        <div className="panel table-scroll" style={{ marginTop: "1rem" }}>
          <table>
            <caption className="sr-only">Meetings, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Meeting</th>
                <th scope="col">Kind</th>
                <th scope="col">Format and place</th>
                <th scope="col" className="num">
                  Pledges made
                </th>
                <th scope="col" className="num">
                  Updates reported
                </th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td>{formatDay(m.date)}</td>
                  <td>
                    <Link href={`/meetings/${m.id}`}>{m.title}</Link>
                    <div className="muted small">{m.dialogue.name}</div>
                  </td>
                  <td>{MEETING_KIND_LABELS[m.kind]}</td>
                  <td>
                    {MEETING_FORMAT_LABELS[m.format]}
                    {m.place && `, ${m.place}`}
                  </td>
                  <td className="num">{m.pledgesMade}</td>
                  <td className="num">{m.updatesReported}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { requireRole } from "@/lib/auth/session";
import { listAreas } from "@/lib/data/areas";
import { getMeetingForEdit, listMeetingChoices } from "@/lib/data/meetings";
import { listPredecessorChoices } from "@/lib/data/pledges";
import { meetingDocuments } from "@/lib/data/documents";
import { getDraft } from "@/lib/intake/stored";
import { formatDay } from "@/lib/domain/dates";
import { PledgeForm } from "@/components/editor/pledge-form";
import { meetingChoiceParams } from "@/lib/validation/editor-params";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";

export const metadata: Metadata = { title: "Add a pledge" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPledgePage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(meetingChoiceParams, await searchParams);
  const meetingId = data.meeting;
  await requireRole("editor", `/edit/pledges/new${meetingId ? `?meeting=${encodeURIComponent(meetingId)}` : ""}`);
  const meeting = meetingId ? await getMeetingForEdit(meetingId) : null;
  if (!meeting) {
    const meetings = await listMeetingChoices();
    return (
      <>
        <h1>Add a pledge</h1>
        <ParamNotice problems={problems} />
        <p className="lead">First, the meeting where it was pledged: its statement is what the pledge cites.</p>
        <form method="get" className="filters">
          <label>
            Meeting
            <select name="meeting" required defaultValue="">
              <option value="">Choose…</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.dialogue.name}: {m.title}, {formatDay(m.date)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Continue</button>
        </form>
      </>
    );
  }
  const [areas, predecessors, documents] = await Promise.all([
    listAreas(),
    listPredecessorChoices(meeting.dialogue.id, meeting.date),
    meetingDocuments(meeting.id),
  ]);
  // ?draft= opens a draft pledge the statement intake found, pre-filled.
  const draft = data.draft ? await getDraft(data.draft) : null;
  const prefill =
    draft && draft.meetingId === meeting.id
      ? {
          title: draft.title,
          text: draft.quote,
          areaId: draft.areaId ?? undefined,
          side: draft.side,
          paragraphId: draft.paragraphId,
          quote: draft.quote,
        }
      : undefined;
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`}>← {meeting.title}</Link> ·{" "}
        <Link href="/edit/pledges/new">choose another meeting</Link>
      </p>
      <h1>Add a pledge</h1>
      <p className="lead">
        Pledged at {meeting.title}, {formatDay(meeting.date)} ({meeting.dialogue.name}).
      </p>
      <PledgeForm
        meeting={meeting}
        partnerCountry={meeting.dialogue.partnerCountry}
        areas={areas}
        predecessors={predecessors}
        documents={documents}
        pledge={prefill}
      />
    </>
  );
}

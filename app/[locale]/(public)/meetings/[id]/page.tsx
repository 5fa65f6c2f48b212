import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getMeeting } from "@/lib/data/meetings";
import { progressByArea } from "@/lib/data/cached";
import { AreaProgressPanel } from "@/components/area-progress";
import { formatDay } from "@/lib/domain/dates";
import { MEETING_FORMAT_LABELS, MEETING_KIND_LABELS, sideLabel } from "@/lib/domain/status";
import { paragraphRef } from "@/lib/domain/statement-parser";
import { paragraphAnchor } from "@/components/citation";
import { ParagraphList } from "@/components/paragraph-list";
import { StatusBadge } from "@/components/status-badge";
import { MeetingEditorBar } from "@/components/editor/editor-bars";
import { MeetingParticipants, MeetingReviewState } from "@/components/meeting-review-state";
import { pathId } from "@/lib/validation/ids";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const meeting = id ? await getMeeting(id) : null;
  return { title: meeting ? meeting.title : "Meeting not found" };
}

export default async function MeetingPage({ params }: Props) {
  const meeting = await getMeeting(pathId((await params).id) ?? notFound());
  if (!meeting) notFound();
  const byArea = (await progressByArea({ meeting: meeting.id })).filter((r) => r.total > 0);
  const paragraphPosition = new Map(
    meeting.documents.flatMap((d) => d.paragraphs.map((p) => [p.id, p.position] as const)),
  );
  const citeLink = (p: { id: string; label: string; documentId: string }) => {
    const position = paragraphPosition.get(p.id);
    const href = position ? `#${paragraphAnchor(position)}` : `/documents/${p.documentId}`;
    return <a href={href}>{paragraphRef(p.label)}</a>;
  };
  return (
    <article>
      <p className="small">
        <Link href={`/meetings?dialogue=${meeting.dialogue.id}`}>{meeting.dialogue.name}</Link>
      </p>
      <h1>{meeting.title}</h1>
      <p className="lead">
        {formatDay(meeting.date)} · {MEETING_KIND_LABELS[meeting.kind]} · {MEETING_FORMAT_LABELS[meeting.format]}
        {meeting.place && ` · ${meeting.place}`}
      </p>
      {meeting.summary && <p>{meeting.summary}</p>}
      <MeetingReviewState meeting={meeting} />
      <MeetingEditorBar meetingId={meeting.id} />
      <MeetingParticipants participants={meeting.participants} partnerCountry={meeting.dialogue.partnerCountry} />
      {byArea.length > 0 && (
        <AreaProgressPanel
          rows={byArea}
          filters={{ meeting: meeting.id }}
          title="Pledges made here, by area and current status"
        />
      )}
      <div className="grid-2">
        <section className="panel" aria-labelledby="made-here">
          <h2 id="made-here">Pledged at this meeting ({meeting.pledges.length})</h2>
          {meeting.pledges.length === 0 ? (
            <p className="muted">No pledges recorded from this meeting.</p>
          ) : (
            <ul>
              {meeting.pledges.map((p) => (
                <li key={p.id}>
                  <Link href={`/pledges/${p.id}`}>{p.title}</Link> <StatusBadge status={p.currentStatus} />
                  <div className="muted small">
                    {p.area.name} · {sideLabel(p.side, meeting.dialogue.partnerCountry)} · {citeLink(p.paragraph)}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="reported-here">
          <h2 id="reported-here">Reported here on earlier pledges ({meeting.updates.length})</h2>
          {meeting.updates.length === 0 ? (
            <p className="muted">This meeting reported on no earlier pledge.</p>
          ) : (
            <ul>
              {meeting.updates.map((u) => (
                <li key={u.id}>
                  <Link href={`/pledges/${u.pledge.id}`}>{u.pledge.title}</Link> <StatusBadge status={u.status} />
                  <div className="muted small">
                    made at {u.pledge.meeting.title}
                    {u.paragraph && <> · {citeLink(u.paragraph)}</>}
                  </div>
                  {u.quote && <blockquote className="small">“{u.quote}”</blockquote>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {meeting.documents.length === 0 ? (
        <section className="panel">
          <h2>Source document</h2>
          <p className="muted">
            {meeting.statementCollected
              ? "No source document has been stored for this meeting yet."
              : "Statement not collected."}
          </p>
        </section>
      ) : (
        meeting.documents.map((d) => (
          <section className="panel" key={d.id} aria-label={`Source: ${d.title}`}>
            <h2>Source: {d.title}</h2>
            <p className="muted small">
              {d.publisher}
              {d.publishedOn && `, ${formatDay(d.publishedOn)}`} ·{" "}
              <Link href={`/documents/${d.id}`}>open on its own page</Link>
            </p>
            <ParagraphList paragraphs={d.paragraphs} />
          </section>
        ))
      )}
    </article>
  );
}

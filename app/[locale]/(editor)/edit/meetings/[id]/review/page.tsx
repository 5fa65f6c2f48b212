import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMeetingForEdit } from "@/lib/data/meetings";
import { meetingDocuments } from "@/lib/data/documents";
import { meetingReviewRows } from "@/lib/data/review";
import { meetingIntake } from "@/lib/intake/stored";
import { formatDay } from "@/lib/domain/dates";
import { ReviewForm } from "@/components/editor/review-form";
import { MarkReviewedButton } from "@/components/editor/mark-reviewed-button";
import { pathId } from "@/lib/validation/ids";
import { IntakePanel } from "@/components/editor/intake-panel";

export const metadata: Metadata = { title: "Meeting review" };

type Props = { params: Promise<{ id: string }> };

export default async function MeetingReviewPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("editor", `/edit/meetings/${id}/review`);
  const meeting = await getMeetingForEdit(id);
  if (!meeting) notFound();
  const [rows, documents, intake] = await Promise.all([meetingReviewRows(id), meetingDocuments(id), meetingIntake(id)]);
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`}>← {meeting.title}</Link>
      </p>
      <h1>Review: {meeting.title}</h1>
      <p className="lead">
        {formatDay(meeting.date)} · {rows.length} pledge{rows.length === 1 ? "" : "s"} of {meeting.dialogue.name} open
        before it. For each, set what this meeting reported and cite it, or leave “No report”. Everything is saved at
        once, and the meeting is then marked as reviewed (by you, now). If it reported nothing new, use “Reviewed,
        nothing more to record”: until a meeting is reviewed, its silence on a pledge is not counted.
      </p>
      {documents.length === 0 ? (
        <p className="notice notice-error">
          This meeting has no source document to cite.{" "}
          <Link href={`/edit/meetings/${id}/document`}>Add its statement</Link> first.
        </p>
      ) : (
        <>
          <MarkReviewedButton meetingId={meeting.id} />
          <IntakePanel
            meetingId={meeting.id}
            proposals={intake.proposals.length}
            drafts={intake.drafts}
            computedAt={intake.computedAt?.toISOString() ?? null}
            partnerCountry={meeting.dialogue.partnerCountry}
          />
          <ReviewForm
            meeting={{ id: meeting.id, title: meeting.title }}
            rows={rows}
            documents={documents}
            proposals={intake.proposals}
          />
        </>
      )}
    </>
  );
}

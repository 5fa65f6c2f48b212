import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMeetingForEdit } from "@/lib/data/meetings";
import { EditMeetingForm } from "@/components/editor/meeting-form";
import { pathId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Edit meeting" };

type Props = { params: Promise<{ id: string }> };

export default async function EditMeetingPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("editor", `/edit/meetings/${id}`);
  const meeting = await getMeetingForEdit(id);
  if (!meeting) notFound();
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`}>← {meeting.title}</Link>
      </p>
      <h1>Edit meeting</h1>
      <p className="lead">
        {meeting.dialogue.name}. Changing the date moves the status updates reported at this meeting with it.
      </p>
      <EditMeetingForm meeting={meeting} />
    </>
  );
}

import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { getMeetingForEdit } from "@/lib/data/meetings";
import { AddDocumentForm } from "@/components/editor/meeting-form";
import { pathId } from "@/lib/validation/ids";

export const metadata: Metadata = { title: "Add a source document" };

type Props = { params: Promise<{ id: string }> };

export default async function AddDocumentPage({ params }: Props) {
  const id = pathId((await params).id) ?? notFound();
  await requireRole("editor", `/edit/meetings/${id}/document`);
  const meeting = await getMeetingForEdit(id);
  if (!meeting) notFound();
  return (
    <>
      <p className="small">
        <Link href={`/meetings/${meeting.id}`}>← {meeting.title}</Link>
      </p>
      <h1>Add a source document</h1>
      <p className="lead">Another statement, overview or press release reporting on {meeting.title}.</p>
      <AddDocumentForm meetingId={meeting.id} />
    </>
  );
}

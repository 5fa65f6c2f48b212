import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { listDialogues } from "@/lib/data/cached";
import { NewMeetingForm } from "@/components/editor/meeting-form";

export const metadata: Metadata = { title: "Add a meeting" };

export default async function NewMeetingPage() {
  await requireRole("editor", "/edit/meetings/new");
  const dialogues = await listDialogues();
  return (
    <>
      <h1>Add a meeting</h1>
      <p className="lead">
        Enter the meeting, paste its statement, check how it splits into numbered paragraphs, and save. Pledges and
        status updates then cite those paragraphs.
      </p>
      <NewMeetingForm dialogues={dialogues.map((d) => ({ id: d.id, name: d.name }))} />
    </>
  );
}

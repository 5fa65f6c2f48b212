import "server-only";
import { getDocumentForCitation, getMeetingForEdit, meetingDocuments } from "./editor-forms";

// Where a status was reported: at a meeting (cite its statement) or on a date (cite a document).
export type SourceChoice = { kind: "meeting" | "document"; id: string };

// The meeting (if any) and documents a status update may cite, for the chosen source.
export async function loadCitationSource(choice: SourceChoice, dialogueId: string) {
  if (choice.kind === "meeting") {
    const meeting = await getMeetingForEdit(choice.id);
    if (!meeting || meeting.dialogue.id !== dialogueId) return null;
    return { meeting: { id: meeting.id, title: meeting.title }, documents: await meetingDocuments(meeting.id) };
  }
  const document = await getDocumentForCitation(choice.id);
  return document ? { meeting: null, documents: [document] } : null;
}

import "server-only";
import { db } from "./read-db";
import { meetingRef, documentSummary } from "./selects";
import { isoDay, isoDayOrNull } from "@/lib/domain/dates";
import { getMeetingForEdit } from "@/lib/data/meetings";

// A source document with its numbered paragraphs and the meetings it reports.
export async function getDocument(id: string) {
  const d = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      ...documentSummary,
      paragraphs: {
        select: {
          id: true,
          position: true,
          label: true,
          text: true,
          _count: { select: { pledges: true, updates: true } },
        },
        orderBy: { position: "asc" },
      },
      meetings: { select: { meeting: { select: meetingRef } } },
    },
  });
  if (!d) return null;
  return {
    ...d,
    publishedOn: isoDayOrNull(d.publishedOn),
    meetings: d.meetings
      .map(({ meeting: m }) => ({ ...m, date: isoDay(m.date) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    paragraphs: d.paragraphs.map(({ _count, ...p }) => ({ ...p, citations: _count.pledges + _count.updates })),
  };
}

// Reads behind the editor forms: choices for selects, the paragraphs a citation may come
// from, and a record as it stands when its form is opened (with its version).

export type CitableDocument = { id: string; title: string; paragraphs: { id: string; label: string; text: string }[] };

const documentSelect = {
  id: true,
  title: true,
  paragraphs: { select: { id: true, label: true, text: true }, orderBy: { position: "asc" } },
} as const;

// The source documents of a meeting, with their paragraphs, for the citation picker.
export async function meetingDocuments(meetingId: string): Promise<CitableDocument[]> {
  const links = await db.meetingDocument.findMany({
    where: { meetingId },
    select: { document: { select: documentSelect } },
    orderBy: { document: { createdAt: "asc" } },
  });
  return links.map((l) => l.document);
}

async function getDocumentForCitation(id: string): Promise<CitableDocument | null> {
  return db.sourceDocument.findUnique({ where: { id }, select: documentSelect });
}

// Every source document (title and date), for status updates reported outside a meeting.
export async function listDocumentChoices() {
  const docs = await db.sourceDocument.findMany({
    select: { id: true, title: true, publishedOn: true },
    orderBy: [{ publishedOn: "desc" }, { title: "asc" }],
  });
  return docs.map((d) => ({ id: d.id, title: d.title, publishedOn: isoDayOrNull(d.publishedOn) }));
}

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

import "server-only";
import { db } from "./read-db";
import { dayToDate, isoDay } from "@/lib/domain/dates";

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

export async function getDocumentForCitation(id: string): Promise<CitableDocument | null> {
  return db.sourceDocument.findUnique({ where: { id }, select: documentSelect });
}

// Every source document (title and date), for status updates reported outside a meeting.
export async function listDocumentChoices() {
  const docs = await db.sourceDocument.findMany({
    select: { id: true, title: true, publishedOn: true },
    orderBy: [{ publishedOn: "desc" }, { title: "asc" }],
  });
  return docs.map((d) => ({ id: d.id, title: d.title, publishedOn: d.publishedOn ? isoDay(d.publishedOn) : null }));
}

export async function listMeetingChoices(dialogueId?: string) {
  const meetings = await db.meeting.findMany({
    where: dialogueId ? { dialogueId } : {},
    select: {
      id: true,
      title: true,
      date: true,
      dialogue: { select: { id: true, name: true } },
      _count: { select: { documents: true } },
    },
    orderBy: [{ date: "desc" }, { title: "asc" }],
  });
  return meetings.map((m) => ({
    id: m.id,
    title: m.title,
    date: isoDay(m.date),
    dialogue: m.dialogue,
    documents: m._count.documents,
  }));
}

export async function getMeetingForEdit(id: string) {
  const m = await db.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      date: true,
      place: true,
      format: true,
      kind: true,
      ordinal: true,
      summary: true,
      version: true,
      dialogue: { select: { id: true, name: true, partnerCountry: true } },
    },
  });
  return m && { ...m, date: isoDay(m.date) };
}

export async function getPledgeForEdit(id: string) {
  const p = await db.pledge.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      text: true,
      side: true,
      quote: true,
      targetDate: true,
      predecessorId: true,
      predecessorLink: true,
      areaId: true,
      meetingId: true,
      paragraphId: true,
      version: true,
      currentStatus: true,
      dialogue: { select: { id: true, name: true, partnerCountry: true } },
      meeting: { select: { id: true, title: true, date: true } },
      tags: { select: { tag: { select: { label: true } } } },
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
    },
  });
  if (!p) return null;
  return {
    ...p,
    targetDate: p.targetDate ? isoDay(p.targetDate) : null,
    meeting: { ...p.meeting, date: isoDay(p.meeting.date) },
    tags: p.tags.map((t) => t.tag.label),
    aliases: p.aliases.map((a) => a.alias),
  };
}

// Pledges of a dialogue a new pledge may continue or supersede (most recent first).
// The pledges a pledge made on `madeOn` may continue or supersede: its dialogue's, made at or
// before that day (lib/domain/lineage.ts predecessorProblem), newest first.
export async function listPredecessorChoices(dialogueId: string, madeOn: string, exceptId?: string) {
  return db.pledge.findMany({
    where: {
      dialogueId,
      meeting: { date: { lte: dayToDate(madeOn) } },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { id: true, title: true },
    orderBy: [{ meeting: { date: "desc" } }, { title: "asc" }],
    take: 1_000,
  });
}

// A status update as its correction form needs it.
export async function getStatusUpdateForCorrection(id: string) {
  const u = await db.statusUpdate.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      reportedOn: true,
      quote: true,
      note: true,
      meetingId: true,
      paragraph: { select: { id: true, label: true, documentId: true } },
      correctedBy: { select: { id: true } },
      pledge: { select: { id: true } },
    },
  });
  return u && { ...u, reportedOn: isoDay(u.reportedOn), corrected: !!u.correctedBy };
}

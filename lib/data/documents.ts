import "server-only";
import { db } from "./read-db";
import { meetingRef, documentSummary } from "./selects";
import { isoDay, isoDayOrNull } from "@/lib/domain/dates";
import { getMeetingForEdit } from "@/lib/data/meetings";

const documentParagraphs = {
  select: {
    id: true,
    position: true,
    label: true,
    text: true,
    _count: { select: { pledges: true, updates: true } },
  },
  orderBy: { position: "asc" },
} as const;

type RawParagraph = {
  id: string;
  position: number;
  label: string;
  text: string;
  _count: { pledges: number; updates: number };
};
const withCitations = (paragraphs: RawParagraph[]) =>
  paragraphs.map(({ _count, ...p }) => ({ ...p, citations: _count.pledges + _count.updates }));

// A source document with its numbered paragraphs and the meetings it reports; the same text in
// the other language when one is recorded as aligned with it (read side by side, paragraph by
// paragraph); and the meetings' other documents in the other language (an overview that is not
// a translation).
export async function getDocument(id: string) {
  const d = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      ...documentSummary,
      paragraphs: documentParagraphs,
      meetings: {
        select: {
          meeting: {
            select: { ...meetingRef, documents: { select: { document: { select: documentSummary } } } },
          },
        },
      },
      aligned: { select: { ...documentSummary, paragraphs: documentParagraphs } },
      alignedBy: { select: { ...documentSummary, paragraphs: documentParagraphs }, orderBy: { id: "asc" }, take: 1 },
    },
  });
  if (!d) return null;
  const counterpart = d.aligned ?? d.alignedBy[0] ?? null;
  const otherLanguage = new Map(
    d.meetings
      .flatMap(({ meeting }) => meeting.documents.map(({ document }) => document))
      .filter((o) => o.language !== d.language && o.id !== counterpart?.id)
      .map((o) => [o.id, o]),
  );
  return {
    id: d.id,
    title: d.title,
    language: d.language,
    excerpt: d.excerpt,
    publisher: d.publisher,
    url: d.url,
    publishedOn: isoDayOrNull(d.publishedOn),
    meetings: d.meetings
      .map(({ meeting: m }) => ({ id: m.id, title: m.title, titleJa: m.titleJa, date: isoDay(m.date) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    paragraphs: withCitations(d.paragraphs),
    counterpart: counterpart && {
      id: counterpart.id,
      title: counterpart.title,
      language: counterpart.language,
      excerpt: counterpart.excerpt,
      paragraphs: withCitations(counterpart.paragraphs),
    },
    otherLanguage: [...otherLanguage.values()].map((o) => ({
      id: o.id,
      title: o.title,
      language: o.language,
      excerpt: o.excerpt,
    })),
  };
}

// Reads behind the editor forms: choices for selects, the paragraphs a citation may come
// from, and a record as it stands when its form is opened (with its version).

export type CitableDocument = {
  id: string;
  title: string;
  language: string;
  paragraphs: { id: string; label: string; text: string }[];
};

const documentSelect = {
  id: true,
  title: true,
  language: true,
  paragraphs: { select: { id: true, label: true, text: true }, orderBy: { position: "asc" } },
} as const;

// The source documents of a meeting, with their paragraphs, for the citation picker: the
// English ones first (the citations most often point there), then the Japanese, each in the
// order they were added.
export async function meetingDocuments(meetingId: string): Promise<CitableDocument[]> {
  const links = await db.meetingDocument.findMany({
    where: { meetingId },
    select: { document: { select: documentSelect } },
    orderBy: [{ document: { language: "asc" } }, { document: { createdAt: "asc" } }, { document: { id: "asc" } }],
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

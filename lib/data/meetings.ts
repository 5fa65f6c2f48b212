import "server-only";
import { db } from "./read-db";
import {
  areaRef,
  dialogueWithPartner,
  dialogueRef,
  participantsInOrder,
  paragraphCitation,
  documentSummary,
} from "./selects";
import { isoDay, isoDayOrNull } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

// The columns that say what a meeting is, in every view of it.
const meetingCore = {
  id: true,
  title: true,
  date: true,
  place: true,
  format: true,
  kind: true,
  ordinal: true,
} satisfies Prisma.MeetingSelect;

// A meeting as the meetings list shows it (with its Japanese title, lib/i18n/names.ts).
const meetingListSelect = {
  ...meetingCore,
  titleJa: true,
  dialogue: { select: dialogueRef },
  _count: { select: { pledges: true, updates: true } },
} satisfies Prisma.MeetingSelect;

// Meetings newest first, with how many pledges each made and how many updates it reported.
export async function listMeetings(dialogueId?: string) {
  const rows = await db.meeting.findMany({
    where: dialogueId ? { dialogueId } : {},
    select: meetingListSelect,
    orderBy: [{ date: "desc" }, { title: "asc" }],
  });
  return rows.map(({ _count, ...m }) => ({
    ...m,
    date: isoDay(m.date),
    pledgesMade: _count.pledges,
    updatesReported: _count.updates,
  }));
}

// Everything the meeting page shows, with the Japanese names and titles beside the English ones.
const meetingPageSelect = {
  ...meetingCore,
  titleJa: true,
  summary: true,
  statementCollected: true,
  reviewedAt: true,
  reviewer: { select: { name: true } },
  participants: participantsInOrder,
  dialogue: { select: dialogueWithPartner },
  pledges: {
    select: {
      id: true,
      title: true,
      titleJa: true,
      currentStatus: true,
      side: true,
      area: { select: areaRef },
      paragraph: { select: paragraphCitation },
    },
    orderBy: [{ paragraph: { position: "asc" } }, { title: "asc" }],
  },
  updates: {
    where: { correctedBy: null },
    select: {
      id: true,
      status: true,
      quote: true,
      note: true,
      pledge: {
        select: { id: true, title: true, titleJa: true, meeting: { select: { id: true, title: true, titleJa: true } } },
      },
      paragraph: { select: { ...paragraphCitation, document: { select: { language: true } } } },
    },
    orderBy: [{ paragraph: { position: "asc" } }, { createdAt: "asc" }],
  },
  documents: {
    select: {
      document: {
        select: {
          ...documentSummary,
          paragraphs: {
            select: { id: true, label: true, text: true, position: true },
            orderBy: { position: "asc" },
          },
        },
      },
    },
  },
} satisfies Prisma.MeetingSelect;

// A meeting with what it pledged, what it reported on earlier pledges, and its source documents.
export async function getMeeting(id: string) {
  const m = await db.meeting.findUnique({
    where: { id },
    select: meetingPageSelect,
  });
  if (!m) return null;
  const { reviewer, ...rest } = m;
  return {
    ...rest,
    date: isoDay(m.date),
    reviewedAt: isoDayOrNull(m.reviewedAt),
    reviewedBy: reviewer?.name ?? null,
    documents: m.documents.map(({ document: d }) => ({
      ...d,
      publishedOn: isoDayOrNull(d.publishedOn),
    })),
  };
}

// A meeting as the public API hands it out.
const meetingRecordSelect = {
  ...meetingCore,
  statementCollected: true,
  reviewedAt: true,
  participants: participantsInOrder,
  dialogue: { select: dialogueRef },
  documents: {
    select: { document: { select: documentSummary } },
  },
  _count: { select: { pledges: true, updates: true } },
} satisfies Prisma.MeetingSelect;

// Meetings as the public API gives them.

export async function listMeetingRecords(dialogueId: string | undefined, page: number, perPage: number) {
  const where = dialogueId ? { dialogueId } : {};
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      select: meetingRecordSelect,
      orderBy: [{ date: "asc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
  ]);
  return {
    total,
    records: rows.map(({ _count, documents, reviewedAt, dialogue, ...m }) => ({
      ...m,
      // The API names things in English (the Japanese names are the pages').
      dialogue: { id: dialogue.id, name: dialogue.name },
      date: isoDay(m.date),
      // The day an editor last reviewed it; null until then (its silence does not count).
      reviewedOn: isoDayOrNull(reviewedAt),
      pledgesMade: _count.pledges,
      updatesReported: _count.updates,
      documents: documents.map(({ document: d }) => ({
        ...d,
        publishedOn: isoDayOrNull(d.publishedOn),
      })),
    })),
  };
}

export async function listMeetingChoices(dialogueId?: string) {
  const meetings = await db.meeting.findMany({
    where: dialogueId ? { dialogueId } : {},
    select: {
      id: true,
      title: true,
      titleJa: true,
      date: true,
      dialogue: { select: dialogueRef },
      _count: { select: { documents: true } },
    },
    orderBy: [{ date: "desc" }, { title: "asc" }],
  });
  return meetings.map((m) => ({
    id: m.id,
    title: m.title,
    titleJa: m.titleJa,
    date: isoDay(m.date),
    dialogue: m.dialogue,
    documents: m._count.documents,
  }));
}

// A meeting as its edit form opens it (with its Japanese title, for the screens that name it).
const meetingFormSelect = {
  ...meetingCore,
  titleJa: true,
  summary: true,
  version: true,
  dialogue: { select: dialogueWithPartner },
} satisfies Prisma.MeetingSelect;

export async function getMeetingForEdit(id: string) {
  const m = await db.meeting.findUnique({
    where: { id },
    select: meetingFormSelect,
  });
  return m && { ...m, date: isoDay(m.date) };
}

// What the audit trail keeps of a meeting (names, not ids).
const meetingSnapshotSelect = {
  ...meetingCore,
  summary: true,
  statementCollected: true,
  version: true,
  dialogue: { select: { name: true } },
} satisfies Prisma.MeetingSelect;

export async function meetingSnapshot(tx: Prisma.TransactionClient, id: string) {
  const m = await tx.meeting.findUnique({
    where: { id },
    select: meetingSnapshotSelect,
  });
  if (!m) return null;
  return {
    dialogue: m.dialogue.name,
    title: m.title,
    date: isoDay(m.date),
    place: m.place,
    format: m.format,
    kind: m.kind,
    ordinal: m.ordinal,
    summary: m.summary,
    statementCollected: m.statementCollected,
    version: m.version,
  };
}

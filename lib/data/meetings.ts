import "server-only";
import { db } from "./read-db";
import { isoDay } from "@/lib/domain/dates";

// Meetings newest first, with how many pledges each made and how many updates it reported.
export async function listMeetings(dialogueId?: string) {
  const rows = await db.meeting.findMany({
    where: dialogueId ? { dialogueId } : {},
    select: {
      id: true,
      title: true,
      date: true,
      place: true,
      format: true,
      kind: true,
      ordinal: true,
      dialogue: { select: { id: true, name: true } },
      _count: { select: { pledges: true, updates: true } },
    },
    orderBy: [{ date: "desc" }, { title: "asc" }],
  });
  return rows.map(({ _count, ...m }) => ({
    ...m,
    date: isoDay(m.date),
    pledgesMade: _count.pledges,
    updatesReported: _count.updates,
  }));
}

// A meeting with what it pledged, what it reported on earlier pledges, and its source documents.
export async function getMeeting(id: string) {
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
      statementCollected: true,
      reviewedAt: true,
      reviewer: { select: { name: true } },
      participants: { select: { name: true, office: true, side: true }, orderBy: { position: "asc" } },
      dialogue: { select: { id: true, name: true, partnerCountry: true } },
      pledges: {
        select: {
          id: true,
          title: true,
          currentStatus: true,
          side: true,
          area: { select: { id: true, name: true } },
          paragraph: { select: { id: true, label: true, documentId: true } },
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
          pledge: { select: { id: true, title: true, meeting: { select: { id: true, title: true } } } },
          paragraph: { select: { id: true, label: true, documentId: true } },
        },
        orderBy: [{ paragraph: { position: "asc" } }, { createdAt: "asc" }],
      },
      documents: {
        select: {
          document: {
            select: {
              id: true,
              title: true,
              publisher: true,
              publishedOn: true,
              url: true,
              paragraphs: {
                select: { id: true, label: true, text: true, position: true },
                orderBy: { position: "asc" },
              },
            },
          },
        },
      },
    },
  });
  if (!m) return null;
  const { reviewer, ...rest } = m;
  return {
    ...rest,
    date: isoDay(m.date),
    reviewedAt: m.reviewedAt ? isoDay(m.reviewedAt) : null,
    reviewedBy: reviewer?.name ?? null,
    documents: m.documents.map(({ document: d }) => ({
      ...d,
      publishedOn: d.publishedOn ? isoDay(d.publishedOn) : null,
    })),
  };
}

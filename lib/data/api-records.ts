import "server-only";
import { db } from "./read-db";
import { isoDay } from "@/lib/domain/dates";
import { progressByArea } from "./progress";

// Meetings and areas as the public API gives them (pledges: see pledge-records.ts).

export async function listMeetingRecords(dialogueId: string | undefined, page: number, perPage: number) {
  const where = dialogueId ? { dialogueId } : {};
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      select: {
        id: true,
        title: true,
        date: true,
        place: true,
        format: true,
        kind: true,
        ordinal: true,
        statementCollected: true,
        reviewedAt: true,
        participants: { select: { name: true, office: true, side: true }, orderBy: { position: "asc" } },
        dialogue: { select: { id: true, name: true } },
        documents: {
          select: { document: { select: { id: true, title: true, publisher: true, publishedOn: true, url: true } } },
        },
        _count: { select: { pledges: true, updates: true } },
      },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
  ]);
  return {
    total,
    records: rows.map(({ _count, documents, reviewedAt, ...m }) => ({
      ...m,
      date: isoDay(m.date),
      // The day an editor last reviewed it; null until then (its silence does not count).
      reviewedOn: reviewedAt ? isoDay(reviewedAt) : null,
      pledgesMade: _count.pledges,
      updatesReported: _count.updates,
      documents: documents.map(({ document: d }) => ({
        ...d,
        publishedOn: d.publishedOn ? isoDay(d.publishedOn) : null,
      })),
    })),
  };
}

// The area taxonomy with pledge counts by current status (within a dialogue when given).
// The taxonomy is a short list, so the page is cut from the one aggregate query.
export async function listAreaRecords(dialogueId: string | undefined, page: number, perPage: number) {
  const [areas, progress] = await Promise.all([
    db.area.findMany({ select: { id: true, description: true } }),
    progressByArea({ dialogue: dialogueId }),
  ]);
  const descriptions = new Map(areas.map((a) => [a.id, a.description]));
  const records = progress.map(({ areaId, area, total, shareDelivered, ...byStatus }) => ({
    id: areaId,
    name: area,
    description: descriptions.get(areaId) ?? null,
    pledges: total,
    shareDelivered: Math.round(shareDelivered * 1000) / 1000,
    byStatus,
  }));
  return { total: records.length, records: records.slice((page - 1) * perPage, page * perPage) };
}

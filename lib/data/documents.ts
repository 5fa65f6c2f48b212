import "server-only";
import { db } from "./read-db";
import { isoDay } from "@/lib/domain/dates";

// A source document with its numbered paragraphs and the meetings it reports.
export async function getDocument(id: string) {
  const d = await db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      publisher: true,
      publishedOn: true,
      url: true,
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
      meetings: { select: { meeting: { select: { id: true, title: true, date: true } } } },
    },
  });
  if (!d) return null;
  return {
    ...d,
    publishedOn: d.publishedOn ? isoDay(d.publishedOn) : null,
    meetings: d.meetings
      .map(({ meeting: m }) => ({ ...m, date: isoDay(m.date) }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    paragraphs: d.paragraphs.map(({ _count, ...p }) => ({ ...p, citations: _count.pledges + _count.updates })),
  };
}

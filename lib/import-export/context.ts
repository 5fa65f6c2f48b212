import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, today } from "@/lib/domain/dates";
import type { ParsedCsv } from "@/lib/import-export/csv";
import { referencedDocumentIds, referencedPledgeIds, type ImportContext } from "@/lib/import-export/plan";
import { latestEffective } from "@/lib/domain/pledge-record";
import { pledgeRecordSelect, toRecord } from "@/lib/data/pledges";

// What the import's dry run needs to know about the tracker, loaded in a few queries: the
// reference lists, the pledges the file names, and the paragraphs of the documents it cites.
// Takes the client to read with, so the apply step can load it inside its transaction.
export async function loadImportContext(client: Prisma.TransactionClient, csv: ParsedCsv): Promise<ImportContext> {
  const ids = referencedPledgeIds(csv);
  // One query after another: inside a transaction they share one connection.
  const dialogues = await client.dialogue.findMany({ select: { id: true } });
  const areas = await client.area.findMany({
    select: { id: true, name: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const meetings = await client.meeting.findMany({
    select: { id: true, dialogueId: true, date: true, title: true, documents: { select: { documentId: true } } },
  });
  const rows = ids.length
    ? await client.pledge.findMany({ where: { id: { in: ids } }, select: pledgeRecordSelect })
    : [];
  const now = today();
  const pledges = new Map(rows.map((r) => [r.id, toRecord(r, now)]));
  // Predecessors the stored pledges name, for files that leave the predecessor columns out.
  const missing = [
    ...new Set(
      [...pledges.values()].map((p) => p.predecessor?.id).filter((id): id is string => !!id && !pledges.has(id)),
    ),
  ];
  if (missing.length) {
    for (const r of await client.pledge.findMany({ where: { id: { in: missing } }, select: pledgeRecordSelect }))
      pledges.set(r.id, toRecord(r, now));
  }
  // Paragraphs of every document the file cites, and of those its pledges cite today (a file
  // may leave those columns out, and then the stored citation is checked instead).
  const documentIds = new Set(referencedDocumentIds(csv));
  for (const p of pledges.values()) {
    documentIds.add(p.source.documentId);
    const latest = latestEffective(p.history);
    if (latest?.source) documentIds.add(latest.source.documentId);
  }
  const documents = await client.sourceDocument.findMany({
    where: { id: { in: [...documentIds] } },
    select: { id: true },
  });
  const paragraphs = await client.paragraph.findMany({
    where: { documentId: { in: [...documentIds] } },
    select: { id: true, documentId: true, label: true, text: true },
  });
  return {
    today: now,
    dialogues: new Set(dialogues.map((d) => d.id)),
    areas,
    meetings: new Map(
      meetings.map((m) => [
        m.id,
        {
          dialogueId: m.dialogueId,
          date: isoDay(m.date),
          title: m.title,
          documentIds: m.documents.map((d) => d.documentId),
        },
      ]),
    ),
    documents: new Set(documents.map((d) => d.id)),
    paragraphs: new Map(paragraphs.map((p) => [`${p.documentId}#${p.label}`, { id: p.id, text: p.text }])),
    pledges,
  };
}

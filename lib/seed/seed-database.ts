import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { TSeedAliases } from "@/lib/validation/aliases";
import { aliasRows, findAliasProblems, loadAliases } from "./aliases";
import { tagSlug } from "@/lib/domain/slug";
import { findDataSetProblems, loadDataSet, type LoadedDataSet } from "./data-set";

// Loads the real data set into an empty database, in one transaction, with stable ids.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const paragraphId = (documentId: string, position: number) => `${documentId}-p${position}`;

export async function seedDatabase(
  databaseUrl: string,
  data: LoadedDataSet = loadDataSet(),
  aliases: TSeedAliases = loadAliases(),
): Promise<{ seeded: boolean; pledges: number }> {
  const problems = [
    ...findDataSetProblems(data),
    ...findAliasProblems(
      aliases,
      data.pledges.map((p) => p.id),
    ),
  ];
  if (problems.length) throw new Error(`The seed data set has problems:\n- ${problems.join("\n- ")}`);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.dialogue.count()) > 0) return { seeded: false, pledges: 0 };
    const meetingDates = new Map(data.meetings.map((m) => [m.id, m.date]));
    const labelToId = new Map<string, string>();
    for (const [docId, paragraphs] of data.paragraphs) {
      for (const p of paragraphs) labelToId.set(`${docId}#${p.label}`, paragraphId(docId, p.position));
    }
    const cited = (document: string, label: string) => labelToId.get(`${document}#${label}`)!;
    const tags = new Map<string, string>();
    const reviewedAt = new Date();
    for (const p of data.pledges) for (const t of p.tags) tags.set(tagSlug(t), t);

    await prisma.$transaction(
      async (tx) => {
        await tx.dialogue.createMany({
          data: data.dialogues.map((d) => ({
            id: d.id,
            slug: d.id,
            name: d.name,
            nameJa: d.nameJa,
            partnerCountry: d.partnerCountry,
            partnerCountryJa: d.partnerCountryJa,
            description: d.description,
          })),
        });
        await tx.area.createMany({
          data: data.areas.map((a, i) => ({
            id: a.id,
            slug: a.id,
            name: a.name,
            nameJa: a.nameJa,
            description: a.description,
            field: a.field,
            position: i + 1,
          })),
        });
        await tx.meeting.createMany({
          data: data.meetings.map((m) => ({
            id: m.id,
            dialogueId: m.dialogue,
            title: m.title,
            titleJa: m.titleJa,
            date: day(m.date),
            place: m.place,
            format: m.format,
            kind: m.kind,
            ordinal: m.ordinal,
            summary: m.summary,
            statementCollected: m.statementCollected,
            // The data set's analyst read every collected statement; no account did it.
            reviewedAt: m.statementCollected ? reviewedAt : null,
            reviewedBy: null,
          })),
        });
        await tx.meetingParticipant.createMany({
          data: data.meetings.flatMap((m) =>
            m.participants.map((p, i) => ({
              id: `${m.id}-participant-${i + 1}`,
              meetingId: m.id,
              position: i + 1,
              name: p.name,
              office: p.office,
              side: p.side,
            })),
          ),
        });
        // The English documents first: a Japanese one may name its English counterpart.
        const documentRow = (d: LoadedDataSet["documents"][number]) => ({
          id: d.id,
          title: d.title,
          language: d.language,
          excerpt: d.excerpt,
          alignedWith: d.alignedWith ?? null,
          publisher: d.publisher,
          publishedOn: d.publishedOn ? day(d.publishedOn) : null,
          url: d.url,
        });
        for (const aligned of [false, true]) {
          const rows = data.documents.filter((d) => (d.alignedWith !== undefined) === aligned).map(documentRow);
          if (rows.length) await tx.sourceDocument.createMany({ data: rows });
        }
        await tx.meetingDocument.createMany({
          data: data.documents.flatMap((d) => d.meetings.map((meetingId) => ({ meetingId, documentId: d.id }))),
        });
        await tx.paragraph.createMany({
          data: [...data.paragraphs].flatMap(([documentId, ps]) =>
            ps.map((p) => ({
              id: paragraphId(documentId, p.position),
              documentId,
              position: p.position,
              label: p.label,
              text: p.text,
            })),
          ),
        });
        await tx.tag.createMany({ data: [...tags].map(([slug, label]) => ({ id: slug, slug, label })) });
        // Predecessors may come later in the file, so pledges go in first and links after.
        await tx.pledge.createMany({
          data: data.pledges.map((p) => ({
            id: p.id,
            dialogueId: p.dialogue,
            meetingId: p.meeting,
            areaId: p.area,
            side: p.side,
            title: p.title,
            titleJa: p.titleJa,
            text: p.text,
            paragraphId: cited(p.cite.document, p.cite.paragraph),
            quote: p.cite.quote,
            note: p.note,
            targetDate: p.targetDate ? day(p.targetDate) : null,
            currentStatusDate: day(meetingDates.get(p.meeting)!),
          })),
        });
        for (const p of data.pledges.filter((x) => x.predecessor)) {
          await tx.pledge.update({
            where: { id: p.id },
            data: { predecessorId: p.predecessor!.id, predecessorLink: p.predecessor!.link },
          });
        }
        await tx.pledgeTag.createMany({
          data: data.pledges.flatMap((p) =>
            [...new Set(p.tags.map(tagSlug))].map((tagId) => ({ pledgeId: p.id, tagId })),
          ),
        });
        await tx.pledgeAlias.createMany({ data: aliasRows(aliases) });
        await tx.statusUpdate.createMany({
          data: data.pledges.flatMap((p) =>
            p.updates.map((u, i) => ({
              id: `${p.id}-u${i + 1}`,
              pledgeId: p.id,
              status: u.status,
              meetingId: u.meeting ?? null,
              reportedOn: day(u.meeting ? meetingDates.get(u.meeting)! : u.date!),
              paragraphId: cited(u.cite.document, u.cite.paragraph),
              quote: u.cite.quote,
              note: u.note,
              // recorded_by references users: the data set was recorded by no account.
              recordedBy: null,
              // Distinct timestamps keep same-day updates in file order.
              createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)),
            })),
          ),
        });
      },
      { timeout: 60_000 },
    );
    return { seeded: true, pledges: data.pledges.length };
  } finally {
    await prisma.$disconnect();
  }
}

import "server-only";
import { proposeForStatement } from "@/lib/intake/propose";
import type { IntakeParagraph } from "@/lib/intake/types";
import { isoDay } from "@/lib/domain/dates";
import { meetingSection } from "@/lib/intake/sections";
import type { Prisma } from "@/lib/generated/prisma/client";

// Computes the intake for a meeting from its stored documents and keeps the result, replacing
// the previous one: run when a document is added to a meeting and on "Propose again".
export async function storeProposals(tx: Prisma.TransactionClient, meetingId: string) {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      dialogueId: true,
      date: true,
      documents: {
        select: {
          document: {
            select: {
              meetings: { select: { meeting: { select: { date: true } } } },
              paragraphs: { select: { id: true, label: true, text: true }, orderBy: { position: "asc" } },
            },
          },
        },
      },
    },
  });
  const paragraphs: (IntakeParagraph & { id: string })[] = meeting.documents.flatMap(({ document }) => {
    const section = meetingSection(
      document.paragraphs,
      isoDay(meeting.date),
      document.meetings.map((m) => isoDay(m.meeting.date)),
    );
    return section.map((i) => document.paragraphs[i]!);
  });
  const result = await proposeForStatement(tx, { dialogueId: meeting.dialogueId, date: meeting.date, paragraphs });
  await tx.intakeProposal.deleteMany({ where: { meetingId } });
  await tx.intakeDraft.deleteMany({ where: { meetingId } });
  await tx.intakeProposal.createMany({
    data: result.proposals.map((p) => ({
      meetingId,
      pledgeId: p.pledgeId,
      paragraphId: paragraphs[p.paragraph]!.id,
      quote: p.quote,
      status: p.status,
      score: p.score,
      reasons: p.reasons,
    })),
  });
  await tx.intakeDraft.createMany({
    data: result.drafts.map((d) => ({
      meetingId,
      paragraphId: paragraphs[d.paragraph]!.id,
      quote: d.quote,
      title: d.title,
      areaId: d.areaId,
      side: d.side,
      score: d.score,
      reasons: d.reasons,
    })),
  });
  return { open: result.open, proposals: result.proposals.length, drafts: result.drafts.length };
}

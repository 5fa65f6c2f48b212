import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCreatePledge } from "@/lib/validation/pledges";
import { tagSlug } from "@/lib/domain/slug";
import { checkCitation } from "@/lib/actions/core/citations";
import { FieldError } from "@/lib/actions/core/errors";
import { isoDay } from "@/lib/domain/dates";
import { predecessorProblem } from "@/lib/domain/lineage";

// Checks what a pledge form refers to (meeting, area, citation, predecessor) and stores its tags.

export async function resolvePledgeRefs(
  tx: Prisma.TransactionClient,
  input: TCreatePledge,
  self?: { id: string; dialogueId: string },
) {
  const meeting = await tx.meeting.findUnique({
    where: { id: input.meetingId },
    select: { id: true, title: true, date: true, dialogueId: true },
  });
  if (!meeting) throw new FieldError("meetingId", "Choose a meeting from the list");
  if (self && meeting.dialogueId !== self.dialogueId)
    throw new FieldError("meetingId", "Choose a meeting of the pledge's own dialogue");
  const area = await tx.area.findUnique({ where: { id: input.areaId }, select: { id: true } });
  if (!area) throw new FieldError("areaId", "Choose an area from the list");
  if (input.predecessorId) {
    const predecessor = await tx.pledge.findUnique({
      where: { id: input.predecessorId },
      select: { dialogueId: true, meeting: { select: { date: true } } },
    });
    if (!predecessor) throw new FieldError("predecessorId", "No pledge has that id");
    const problem = predecessorProblem(
      { dialogueId: predecessor.dialogueId, madeOn: isoDay(predecessor.meeting.date) },
      { dialogueId: meeting.dialogueId, madeOn: isoDay(meeting.date) },
    );
    if (problem) throw new FieldError("predecessorId", problem);
    // Walk up the lineage: a pledge cannot (indirectly) continue itself.
    let cursor: string | null = input.predecessorId;
    for (let step = 0; cursor && step < 1_000; step++) {
      if (cursor === self?.id) throw new FieldError("predecessorId", "That would make the pledge continue itself");
      const up: { predecessorId: string | null } | null = await tx.pledge.findUnique({
        where: { id: cursor },
        select: { predecessorId: true },
      });
      cursor = up?.predecessorId ?? null;
    }
  }
  const citation = await checkCitation(tx, input, { meetingId: meeting.id, meetingTitle: meeting.title });
  return { meeting, citation };
}

export async function setPledgeTags(tx: Prisma.TransactionClient, pledgeId: string, labels: string[]) {
  const bySlug = new Map(labels.map((label) => [tagSlug(label), label]));
  await tx.pledgeTag.deleteMany({ where: { pledgeId } });
  if (bySlug.size === 0) return;
  // Concurrent saves may create the same new tag: ON CONFLICT DO NOTHING, then look up.
  await tx.tag.createMany({
    data: [...bySlug].map(([slug, label]) => ({ id: slug, slug, label })),
    skipDuplicates: true,
  });
  const tags = await tx.tag.findMany({ where: { slug: { in: [...bySlug.keys()] } }, select: { id: true } });
  await tx.pledgeTag.createMany({ data: tags.map((t) => ({ pledgeId, tagId: t.id })) });
}

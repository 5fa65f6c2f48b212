import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate } from "@/lib/domain/dates";
import type { TCreatePledge } from "@/lib/validation/pledges";
import { resolvePledgeRefs, setPledgeTags } from "./pledge-refs";

// Writing a pledge's own fields: the one write path of the pledge forms and the CSV import.
// Both hand it input parsed by ZCreatePledge; references are checked here, in the transaction.

const fields = (input: TCreatePledge, citation: { paragraphId: string; quote: string }) => ({
  areaId: input.areaId,
  side: input.side,
  title: input.title,
  text: input.text,
  paragraphId: citation.paragraphId,
  quote: citation.quote,
  targetDate: input.targetDate ? dayToDate(input.targetDate) : null,
  predecessorId: input.predecessorId ?? null,
  predecessorLink: input.predecessorId ? (input.predecessorLink ?? null) : null,
});

export async function insertPledge(tx: Prisma.TransactionClient, input: TCreatePledge): Promise<string> {
  const { meeting, citation } = await resolvePledgeRefs(tx, input);
  const pledge = await tx.pledge.create({
    data: { ...fields(input, citation), dialogueId: meeting.dialogueId, meetingId: meeting.id, currentStatusDate: meeting.date },
    select: { id: true },
  });
  await setPledgeTags(tx, pledge.id, input.tags);
  return pledge.id;
}

// The caller has claimed the pledge's version (claimPledge) first.
export async function rewritePledge(tx: Prisma.TransactionClient, existing: { id: string; dialogueId: string }, input: TCreatePledge): Promise<void> {
  const { meeting, citation } = await resolvePledgeRefs(tx, input, existing);
  await tx.pledge.update({ where: { id: existing.id }, data: { ...fields(input, citation), meetingId: meeting.id }, select: { id: true } });
  await setPledgeTags(tx, existing.id, input.tags);
}

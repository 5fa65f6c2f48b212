import "server-only";
import { dayToDate } from "@/lib/domain/dates";
import type { TCreatePledge } from "@/lib/validation/pledges";
import { isOpen, type Status } from "@/lib/domain/status";
import type { ActionContext } from "./action";
import { claimPledge } from "./locks";
import { resolvePledgeRefs, setPledgeTags } from "./pledge-refs";
import { appendStatusUpdate, findPledgeForReport, resolveReport } from "./status-report";

// Writing a pledge's own fields: the one write path of the pledge forms and the CSV import.
// Both hand it input parsed by ZCreatePledge; references are checked here, in the transaction.

type WriteContext = Pick<ActionContext, "tx" | "audit" | "user">;

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

export async function insertPledge(ctx: WriteContext, input: TCreatePledge): Promise<string> {
  const { tx } = ctx;
  const { meeting, citation } = await resolvePledgeRefs(tx, input);
  const pledge = await tx.pledge.create({
    data: { ...fields(input, citation), dialogueId: meeting.dialogueId, meetingId: meeting.id, currentStatusDate: meeting.date },
    select: { id: true },
  });
  await setPledgeTags(tx, pledge.id, input.tags);
  await closeSupersededPredecessor(ctx, pledge.id);
  return pledge.id;
}

// The caller has claimed the pledge's version (claimPledge) first.
export async function rewritePledge(ctx: WriteContext, existing: { id: string; dialogueId: string }, input: TCreatePledge): Promise<void> {
  const { tx } = ctx;
  const { meeting, citation } = await resolvePledgeRefs(tx, input, existing);
  await tx.pledge.update({ where: { id: existing.id }, data: { ...fields(input, citation), meetingId: meeting.id }, select: { id: true } });
  await setPledgeTags(tx, existing.id, input.tags);
  await closeSupersededPredecessor(ctx, existing.id);
}

// A pledge that supersedes an earlier one (the same aim restated with a new target) closes it:
// if the earlier pledge is still open, it is recorded as dropped at the meeting that restated
// it, citing the restating sentence, with its own audit event, in the same transaction.
// Returns the new status update's id, or null when there was nothing to close.
async function closeSupersededPredecessor(ctx: WriteContext, successorId: string): Promise<string | null> {
  const successor = await ctx.tx.pledge.findUniqueOrThrow({
    where: { id: successorId },
    select: { title: true, predecessorId: true, predecessorLink: true, meetingId: true, paragraphId: true, quote: true },
  });
  if (successor.predecessorLink !== "supersedes" || !successor.predecessorId) return null;
  const predecessor = await findPledgeForReport(ctx.tx, successor.predecessorId);
  if (!isOpen(predecessor.status as Status)) return null;
  const { version } = await ctx.tx.pledge.findUniqueOrThrow({ where: { id: predecessor.id }, select: { version: true } });
  await claimPledge(ctx.tx, predecessor.id, version, "The earlier pledge");
  const report = await resolveReport(ctx.tx, predecessor, { meetingId: successor.meetingId, paragraphId: successor.paragraphId, quote: successor.quote }, "predecessor.");
  return appendStatusUpdate(ctx, predecessor, { status: "dropped", note: `Superseded by “${successor.title}”.`, version }, report);
}

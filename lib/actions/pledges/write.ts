import "server-only";
import { dayToDate, isoDay } from "@/lib/domain/dates";
import type { TCreatePledge } from "@/lib/validation/pledges";
import type { Status } from "@/lib/domain/status";
import { closesPredecessor } from "@/lib/domain/lineage";
import type { ActionContext } from "@/lib/actions/core/action";
import { resolvePledgeRefs, setPledgeTags } from "./refs";
import { appendStatusUpdate, findPledgeForReport, resolveReport } from "@/lib/actions/status-updates/report";

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
    data: {
      ...fields(input, citation),
      dialogueId: meeting.dialogueId,
      meetingId: meeting.id,
      currentStatusDate: meeting.date,
    },
    select: { id: true },
  });
  await setPledgeTags(tx, pledge.id, input.tags);
  await closeSupersededPredecessor(ctx, pledge.id, null);
  return pledge.id;
}

// The caller has claimed the pledge's version (claimPledge) first.
export async function rewritePledge(
  ctx: WriteContext,
  existing: { id: string; dialogueId: string },
  input: TCreatePledge,
): Promise<void> {
  const { tx } = ctx;
  const { meeting, citation } = await resolvePledgeRefs(tx, input, existing);
  const was = await tx.pledge.findUniqueOrThrow({
    where: { id: existing.id },
    select: { predecessorId: true, predecessorLink: true },
  });
  await tx.pledge.update({
    where: { id: existing.id },
    data: { ...fields(input, citation), meetingId: meeting.id },
    select: { id: true },
  });
  await setPledgeTags(tx, existing.id, input.tags);
  await closeSupersededPredecessor(
    ctx,
    existing.id,
    was.predecessorId ? { id: was.predecessorId, link: was.predecessorLink } : null,
  );
}

// A pledge that supersedes an earlier one (the same aim restated with a new target) closes it
// when lib/domain/lineage.ts closesPredecessor says so: the earlier pledge is recorded as
// dropped at the meeting that restated it, citing the restating sentence, with its own audit
// event, in the same transaction. Its row is locked first, so two editors superseding the same
// pledge at once close it once, and neither is told about a change they never saw. FOR NO KEY
// UPDATE, not FOR UPDATE: each saving transaction already holds the key-share lock its foreign
// key check took on that row, and FOR UPDATE would wait on the other's (a deadlock).
async function closeSupersededPredecessor(
  ctx: WriteContext,
  successorId: string,
  was: Parameters<typeof closesPredecessor>[0],
): Promise<void> {
  const { tx } = ctx;
  const successor = await tx.pledge.findUniqueOrThrow({
    where: { id: successorId },
    select: {
      title: true,
      predecessorId: true,
      predecessorLink: true,
      meetingId: true,
      paragraphId: true,
      quote: true,
      meeting: { select: { date: true } },
    },
  });
  if (!successor.predecessorId) return;
  const [earlier] = await tx.$queryRaw<{ current_status: Status; current_status_date: Date; version: number }[]>`
    SELECT current_status, current_status_date, version FROM pledges WHERE id = ${successor.predecessorId} FOR NO KEY UPDATE`;
  if (!earlier) return;
  const now = { id: successor.predecessorId, link: successor.predecessorLink };
  if (
    !closesPredecessor(
      was,
      now,
      { status: earlier.current_status, since: isoDay(earlier.current_status_date) },
      isoDay(successor.meeting.date),
    )
  )
    return;
  await tx.pledge.update({
    where: { id: successor.predecessorId },
    data: { version: { increment: 1 } },
    select: { id: true },
  });
  const predecessor = await findPledgeForReport(tx, successor.predecessorId);
  const report = await resolveReport(tx, predecessor, {
    meetingId: successor.meetingId,
    paragraphId: successor.paragraphId,
    quote: successor.quote,
  });
  await appendStatusUpdate(
    ctx,
    predecessor,
    { status: "dropped", note: `Superseded by “${successor.title}”.`, version: earlier.version },
    report,
  );
}

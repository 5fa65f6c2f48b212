import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate } from "@/lib/domain/dates";
import type { PledgeInput, RowPlan, StatusInput } from "@/lib/domain/pledge-import";
import type { SessionUser } from "@/lib/auth/session";
import type { ActionContext } from "./action";
import { ActionError } from "./errors";
import { claimPledge } from "./locks";
import { resolvePledgeRefs, setPledgeTags } from "./pledge-refs";
import { pledgeSnapshot } from "./snapshots";
import { findPledgeForReport, resolveReport, statusAfter } from "./status-report";

// Writes one planned row of a CSV import inside the import's transaction, with the same
// checks, version claim and audit events as the single-pledge forms.

const fields = (input: PledgeInput, citation: { paragraphId: string; quote: string }) => ({
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

async function writeStatus(tx: Prisma.TransactionClient, user: SessionUser, pledgeId: string, input: StatusInput) {
  const pledge = await findPledgeForReport(tx, pledgeId);
  const report = await resolveReport(tx, pledge, input);
  if (input.correctsId) {
    const original = await tx.statusUpdate.findUnique({ where: { id: input.correctsId }, select: { correctedBy: { select: { id: true } } } });
    if (!original || original.correctedBy) throw new ActionError(409, "conflict", "its latest status update was corrected since the export");
  }
  await tx.statusUpdate.create({
    data: {
      pledgeId,
      status: input.status,
      meetingId: report.meetingId,
      reportedOn: report.reportedOn,
      paragraphId: report.citation.paragraphId,
      quote: report.citation.quote,
      note: input.note ?? null,
      correctsId: input.correctsId ?? null,
      reason: input.correctsId ? "Corrected by CSV import" : null,
      recordedBy: user.id,
    },
    select: { id: true },
  });
  return { status: input.status, ...report.described, note: input.note ?? null, correction: !!input.correctsId };
}

export async function applyRow(row: RowPlan, { tx, audit, user }: ActionContext): Promise<void> {
  if (row.action === "create") {
    const input = row.pledge!;
    const { meeting, citation } = await resolvePledgeRefs(tx, input);
    const pledge = await tx.pledge.create({
      data: { ...fields(input, citation), dialogueId: meeting.dialogueId, meetingId: meeting.id, currentStatusDate: meeting.date },
      select: { id: true },
    });
    await setPledgeTags(tx, pledge.id, input.tags);
    const status = row.status ? await writeStatus(tx, user, pledge.id, row.status) : undefined;
    const after = await pledgeSnapshot(tx, pledge.id);
    await audit({ action: "pledge.import.create", entityType: "pledge", entityId: pledge.id, entityLabel: input.title, after: { ...after, update: status, importRow: row.line } });
    return;
  }
  if (row.action !== "update") return;
  const id = row.id!;
  const before = await pledgeSnapshot(tx, id);
  // The version in the file is the one the editor exported: a save since then wins, and this row is refused.
  await claimPledge(tx, id, row.version!, `Row ${row.line} (${row.title})`);
  if (row.pledge) {
    const existing = await tx.pledge.findUniqueOrThrow({ where: { id }, select: { id: true, dialogueId: true } });
    const { meeting, citation } = await resolvePledgeRefs(tx, row.pledge, existing);
    await tx.pledge.update({ where: { id }, data: { ...fields(row.pledge, citation), meetingId: meeting.id }, select: { id: true } });
    await setPledgeTags(tx, id, row.pledge.tags);
  }
  const status = row.status ? await writeStatus(tx, user, id, row.status) : undefined;
  const after = { ...(await pledgeSnapshot(tx, id)), ...(await statusAfter(tx, id)) };
  await audit({
    action: "pledge.import.update",
    entityType: "pledge",
    entityId: id,
    entityLabel: row.title,
    before,
    after: { ...after, update: status, importRow: row.line, cells: row.changes.map((c) => c.column) },
  });
}

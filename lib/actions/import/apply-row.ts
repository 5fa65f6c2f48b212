import "server-only";
import type { PledgeForReport } from "@/lib/actions/status-updates/report";
import type { RowPlan, StatusInput } from "@/lib/import-export/plan";
import type { ActionContext } from "@/lib/actions/core/action";
import { ActionError } from "@/lib/actions/core/errors";
import { claimPledge } from "@/lib/actions/core/locks";
import { insertPledge, rewritePledge } from "@/lib/actions/pledges/write";
import { pledgeSnapshot } from "@/lib/data/pledges";
import {
  appendStatusUpdate,
  findPledgeForReport,
  resolveReport,
  statusAfter,
} from "@/lib/actions/status-updates/report";

// Writes one planned row of a CSV import inside the import's transaction, through the same
// functions as the forms: insertPledge / rewritePledge for the pledge, appendStatusUpdate for
// its status (with their checks and audit events), after the same version claim.

async function writeStatus(ctx: ActionContext, pledge: PledgeForReport, version: number, input: StatusInput) {
  const report = await resolveReport(ctx.tx, pledge, input);
  let correction: Parameters<typeof appendStatusUpdate>[4];
  if (input.correctsId) {
    const original = await ctx.tx.statusUpdate.findUnique({
      where: { id: input.correctsId },
      select: { id: true, status: true, quote: true, correctedBy: { select: { id: true } } },
    });
    if (!original || original.correctedBy)
      throw new ActionError(409, "conflict", "its latest status update was corrected since the export");
    correction = { original, reason: "Corrected by CSV import" };
  }
  await appendStatusUpdate(
    ctx,
    pledge,
    { status: input.status, note: input.note ?? null, version },
    report,
    correction,
  );
}

type WrittenRow = Extract<RowPlan, { action: "create" | "update" }>;

export async function applyRow(row: WrittenRow, ctx: ActionContext): Promise<void> {
  const { tx, audit } = ctx;
  if (row.action === "create") {
    const pledgeId = await insertPledge(ctx, row.pledge);
    if (row.status) await writeStatus(ctx, await findPledgeForReport(tx, pledgeId), 1, row.status);
    const after = await pledgeSnapshot(tx, pledgeId);
    await audit({
      action: "pledge.import.create",
      entityType: "pledge",
      entityId: pledgeId,
      entityLabel: row.pledge.title,
      after: { ...after, importRow: row.line },
    });
    return;
  }
  const before = await pledgeSnapshot(tx, row.id);
  // The version in the file is the one the editor exported: a save since then wins, and this row is refused.
  await claimPledge(tx, row.id, row.version, `Row ${row.line} (${row.title})`);
  if (row.pledge) {
    const existing = await tx.pledge.findUniqueOrThrow({
      where: { id: row.id },
      select: { id: true, dialogueId: true },
    });
    await rewritePledge(ctx, existing, row.pledge);
  }
  if (row.status) await writeStatus(ctx, await findPledgeForReport(tx, row.id), row.version, row.status);
  const after = { ...(await pledgeSnapshot(tx, row.id)), ...(await statusAfter(tx, row.id)) };
  await audit({
    action: "pledge.import.update",
    entityType: "pledge",
    entityId: row.id,
    entityLabel: row.title,
    before,
    after: { ...after, importRow: row.line, cells: row.changes.map((c) => c.column) },
  });
}

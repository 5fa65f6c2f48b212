"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { ZCorrectStatus, ZRecordStatus } from "@/lib/validation/status-updates";
import { editorAction } from "@/lib/actions/core/action";
import { FieldError, NotFoundError } from "@/lib/actions/core/errors";
import { claimPledge } from "@/lib/actions/core/locks";
import { appendStatusUpdate, findPledgeForReport, resolveReport } from "./report";

// Status updates are append-only: a new report is a new row, a mistaken one is corrected by
// a row that replaces it (with the reason), and the history keeps both.

export const recordStatusUpdate = editorAction(ZRecordStatus, async (input, { tx, audit, user }) => {
  const pledge = await findPledgeForReport(tx, input.pledgeId);
  await claimPledge(tx, pledge.id, input.version, "This pledge");
  const report = await resolveReport(tx, pledge, input);
  const updateId = await appendStatusUpdate({ tx, audit, user }, pledge, input, report);
  return {
    data: { updateId },
    message: (await editorActionWords())("statusRecorded"),
    redirectTo: `/pledges/${pledge.id}?saved=status`,
  };
});

export const correctStatusUpdate = editorAction(ZCorrectStatus, async (input, { tx, audit, user }) => {
  const pledge = await findPledgeForReport(tx, input.pledgeId);
  await claimPledge(tx, pledge.id, input.version, "This pledge");
  const original = await tx.statusUpdate.findUnique({
    where: { id: input.updateId },
    select: {
      id: true,
      pledgeId: true,
      status: true,
      reportedOn: true,
      quote: true,
      correctedBy: { select: { id: true } },
    },
  });
  if (!original || original.pledgeId !== pledge.id) throw new NotFoundError("This status update");
  if (original.correctedBy)
    throw new FieldError("updateId", "This update has already been corrected: correct the correction instead");
  const report = await resolveReport(tx, pledge, input);
  const updateId = await appendStatusUpdate({ tx, audit, user }, pledge, input, report, {
    original,
    reason: input.reason,
  });
  return {
    data: { updateId },
    message: (await editorActionWords())("correctionRecorded"),
    redirectTo: `/pledges/${pledge.id}?saved=correction`,
  };
});

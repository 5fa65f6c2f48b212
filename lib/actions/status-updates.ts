"use server";
import "server-only";
import { ZCorrectStatus, ZRecordStatus } from "@/lib/validation/status-updates";
import { editorAction } from "./action";
import { FieldError, NotFoundError } from "./errors";
import { claimPledge } from "./locks";
import { findPledgeForReport, resolveReport, statusAfter } from "./status-report";

// Status updates are append-only: a new report is a new row, a mistaken one is corrected by
// a row that replaces it (with the reason), and the history keeps both.

export const recordStatusUpdate = editorAction(ZRecordStatus, async (input, { tx, audit, user }) => {
  const pledge = await findPledgeForReport(tx, input.pledgeId);
  await claimPledge(tx, pledge.id, input.version, "This pledge");
  const report = await resolveReport(tx, pledge, input);
  const update = await tx.statusUpdate.create({
    data: {
      pledgeId: pledge.id,
      status: input.status,
      meetingId: report.meetingId,
      reportedOn: report.reportedOn,
      paragraphId: report.citation.paragraphId,
      quote: report.citation.quote,
      note: input.note ?? null,
      recordedBy: user.id,
    },
    select: { id: true },
  });
  await audit({
    action: "status.record",
    entityType: "pledge",
    entityId: pledge.id,
    entityLabel: pledge.title,
    before: { status: pledge.status, version: input.version },
    after: { ...(await statusAfter(tx, pledge.id)), update: { status: input.status, ...report.described, note: input.note ?? null } },
  });
  return { data: { updateId: update.id }, message: "Status update recorded.", redirectTo: `/pledges/${pledge.id}?saved=status` };
});

export const correctStatusUpdate = editorAction(ZCorrectStatus, async (input, { tx, audit, user }) => {
  const pledge = await findPledgeForReport(tx, input.pledgeId);
  await claimPledge(tx, pledge.id, input.version, "This pledge");
  const original = await tx.statusUpdate.findUnique({
    where: { id: input.updateId },
    select: { id: true, pledgeId: true, status: true, reportedOn: true, quote: true, correctedBy: { select: { id: true } } },
  });
  if (!original || original.pledgeId !== pledge.id) throw new NotFoundError("This status update");
  if (original.correctedBy) throw new FieldError("updateId", "This update has already been corrected: correct the correction instead");
  const report = await resolveReport(tx, pledge, input);
  const correction = await tx.statusUpdate.create({
    data: {
      pledgeId: pledge.id,
      status: input.status,
      meetingId: report.meetingId,
      reportedOn: report.reportedOn,
      paragraphId: report.citation.paragraphId,
      quote: report.citation.quote,
      note: input.note ?? null,
      correctsId: original.id,
      reason: input.reason,
      recordedBy: user.id,
    },
    select: { id: true },
  });
  await audit({
    action: "status.correct",
    entityType: "pledge",
    entityId: pledge.id,
    entityLabel: pledge.title,
    before: { status: pledge.status, version: input.version, update: { status: original.status, quote: original.quote } },
    after: { ...(await statusAfter(tx, pledge.id)), update: { status: input.status, ...report.described, note: input.note ?? null }, reason: input.reason },
  });
  return { data: { updateId: correction.id }, message: "Correction recorded.", redirectTo: `/pledges/${pledge.id}?saved=correction` };
});

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayToDate, formatDay, isoDay, today } from "@/lib/domain/dates";
import { paragraphRef } from "@/lib/domain/statement-parser";
import { checkCitation } from "@/lib/actions/core/citations";
import type { ActionContext } from "@/lib/actions/core/action";
import { FieldError, NotFoundError } from "@/lib/actions/core/errors";

// Shared by recording, correcting and the meeting review: when a status was reported (a
// meeting of the pledge's dialogue, or a date) and the evidence for it.

export type PledgeForReport = { id: string; title: string; dialogueId: string; madeOn: Date; status: string };

export async function findPledgeForReport(tx: Prisma.TransactionClient, pledgeId: string): Promise<PledgeForReport> {
  const p = await tx.pledge.findUnique({
    where: { id: pledgeId },
    select: { id: true, title: true, dialogueId: true, currentStatus: true, meeting: { select: { date: true } } },
  });
  if (!p) throw new NotFoundError("This pledge");
  return { id: p.id, title: p.title, dialogueId: p.dialogueId, madeOn: p.meeting.date, status: p.currentStatus };
}

type ReportInput = { meetingId?: string; reportedOn?: string; paragraphId: string; quote: string };

export async function resolveReport(
  tx: Prisma.TransactionClient,
  pledge: PledgeForReport,
  input: ReportInput,
  prefix = "",
) {
  let meeting: { id: string; title: string; date: Date } | null = null;
  if (input.meetingId) {
    const m = await tx.meeting.findUnique({
      where: { id: input.meetingId },
      select: { id: true, title: true, date: true, dialogueId: true },
    });
    if (!m) throw new FieldError(`${prefix}meetingId`, "Choose a meeting from the list");
    if (m.dialogueId !== pledge.dialogueId)
      throw new FieldError(`${prefix}meetingId`, "Choose a meeting of this pledge's dialogue");
    meeting = m;
  }
  const reportedOn = meeting ? meeting.date : dayToDate(input.reportedOn!);
  const dateField = `${prefix}${meeting ? "meetingId" : "reportedOn"}`;
  if (reportedOn < pledge.madeOn)
    throw new FieldError(dateField, `The pledge was only made on ${formatDay(isoDay(pledge.madeOn))}`);
  if (!meeting && isoDay(reportedOn) > today()) throw new FieldError(dateField, "That date is in the future");
  const citation = await checkCitation(tx, input, { meetingId: meeting?.id, meetingTitle: meeting?.title, prefix });
  const described = {
    reported: meeting ? `${meeting.title} (${isoDay(meeting.date)})` : isoDay(reportedOn),
    citation: `${citation.documentTitle}, ${paragraphRef(citation.label)}`,
    quote: citation.quote,
  };
  return { meetingId: meeting?.id ?? null, reportedOn, citation, described };
}

// The pledge's status after the write (the trigger has run), for the audit "after".
export async function statusAfter(tx: Prisma.TransactionClient, pledgeId: string) {
  const p = await tx.pledge.findUniqueOrThrow({
    where: { id: pledgeId },
    select: { currentStatus: true, version: true },
  });
  return { status: p.currentStatus, version: p.version };
}

type Report = Awaited<ReturnType<typeof resolveReport>>;
type Correction = { original: { id: string; status: string; quote: string | null }; reason: string };

// Appends one status update (or a correction of an earlier one) and its audit event: the
// single write path of recording, correcting and the meeting review.
export async function appendStatusUpdate(
  { tx, audit, user }: Pick<ActionContext, "tx" | "audit" | "user">,
  pledge: PledgeForReport,
  input: { status: Prisma.StatusUpdateCreateInput["status"]; note?: string | null; version: number },
  report: Report,
  correction?: Correction,
  // Where a meeting review's entry came from: the intake's proposal as is, edited, or the editor's own.
  provenance?: "proposal accepted" | "proposal edited" | "own",
) {
  const note = input.note ?? null;
  const update = await tx.statusUpdate.create({
    data: {
      pledgeId: pledge.id,
      status: input.status,
      meetingId: report.meetingId,
      reportedOn: report.reportedOn,
      paragraphId: report.citation.paragraphId,
      quote: report.citation.quote,
      note,
      correctsId: correction?.original.id ?? null,
      reason: correction?.reason ?? null,
      recordedBy: user.id,
    },
    select: { id: true },
  });
  const reported = { status: input.status, ...report.described, note, ...(provenance ? { provenance } : {}) };
  await audit({
    action: correction ? "status.correct" : "status.record",
    entityType: "pledge",
    entityId: pledge.id,
    entityLabel: pledge.title,
    before: {
      status: pledge.status,
      version: input.version,
      ...(correction ? { update: { status: correction.original.status, quote: correction.original.quote } } : {}),
    },
    after: {
      ...(await statusAfter(tx, pledge.id)),
      update: reported,
      ...(correction ? { reason: correction.reason } : {}),
    },
  });
  return update.id;
}

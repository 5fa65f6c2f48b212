"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { normaliseQuote } from "@/lib/domain/citation";
import { z } from "zod";
import { ZId } from "@/lib/validation/ids";
import { ZMeetingReview } from "@/lib/validation/review";
import { editorAction } from "@/lib/actions/core/action";
import { ActionError, FieldError, NotFoundError } from "@/lib/actions/core/errors";
import { claimPledge } from "@/lib/actions/core/locks";
import { markMeetingReviewedBy } from "./reviewed-state";
import type { FieldErrors } from "@/lib/actions/core/result";
import { appendStatusUpdate, findPledgeForReport, resolveReport } from "@/lib/actions/status-updates/report";

// The meeting review: every reported status of one meeting saved together, or none of them.

export const saveMeetingReview = editorAction(ZMeetingReview, async (input, { tx, audit, user }) => {
  const meeting = await tx.meeting.findUnique({
    where: { id: input.meetingId },
    select: { id: true, title: true, date: true, dialogueId: true },
  });
  if (!meeting) throw new NotFoundError("This meeting");
  // Claimed in id order, so two overlapping reviews cannot deadlock on each other's rows.
  const reported = input.entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.status)
    .sort((a, b) => a.entry.pledgeId.localeCompare(b.entry.pledgeId));
  const proposals = new Map(
    (
      await tx.intakeProposal.findMany({
        where: { meetingId: meeting.id },
        select: { pledgeId: true, paragraphId: true, quote: true, status: true },
      })
    ).map((p) => [p.pledgeId, p]),
  );
  const problems: FieldErrors = {};
  let saved = 0;
  for (const { entry, index } of reported) {
    const prefix = `entries.${index}.`;
    try {
      const pledge = await findPledgeForReport(tx, entry.pledgeId);
      if (pledge.dialogueId !== meeting.dialogueId)
        throw new FieldError(`${prefix}status`, "This pledge belongs to another dialogue");
      if (pledge.madeOn >= meeting.date)
        throw new FieldError(`${prefix}status`, "This pledge was made at or after this meeting");
      await claimPledge(tx, pledge.id, entry.version, `“${pledge.title}”`);
      const report = await resolveReport(
        tx,
        pledge,
        { meetingId: meeting.id, paragraphId: entry.paragraphId!, quote: entry.quote! },
        prefix,
      );
      const status = entry.status || "pledged";
      await appendStatusUpdate(
        { tx, audit, user },
        pledge,
        { status, note: entry.note, version: entry.version },
        report,
        undefined,
        provenanceOf(proposals.get(pledge.id), {
          status,
          paragraphId: report.citation.paragraphId,
          quote: report.citation.quote,
        }),
      );
      saved += 1;
    } catch (error) {
      // Collect every row's input problem so the editor sees them all at once; anything
      // else (someone else's save, a missing pledge) stops the whole review.
      if (!(error instanceof FieldError)) throw error;
      Object.assign(problems, error.fieldErrors);
    }
  }
  if (Object.keys(problems).length)
    throw new ActionError(422, "invalid", "Some rows need attention; nothing was saved.", problems);
  await markMeetingReviewedBy({ tx, audit }, user, meeting.id);
  return {
    data: { saved },
    message: (await editorActionWords())("reviewSaved", { count: saved, meeting: meeting.title }),
    redirectTo: `/meetings/${meeting.id}?saved=review`,
  };
});

type Cited = { status: string; paragraphId: string; quote: string };

// Judged on the server from the stored proposal, never taken from the form.
function provenanceOf(proposal: Cited | undefined, saved: Cited) {
  if (!proposal) return "own" as const;
  const same =
    proposal.status === saved.status &&
    proposal.paragraphId === saved.paragraphId &&
    normaliseQuote(proposal.quote) === normaliseQuote(saved.quote);
  return same ? ("proposal accepted" as const) : ("proposal edited" as const);
}

// "Reviewed, nothing more to record": the editor went through the meeting and it reported
// nothing new on any open pledge, so its silence now counts.
export const markMeetingReviewed = editorAction(z.object({ meetingId: ZId("Which meeting?") }), async (input, ctx) => {
  const title = await markMeetingReviewedBy(ctx, ctx.user, input.meetingId);
  return {
    data: { meetingId: input.meetingId },
    message: (await editorActionWords())("markedReviewed", { title }),
    redirectTo: `/meetings/${input.meetingId}?saved=reviewed`,
  };
});

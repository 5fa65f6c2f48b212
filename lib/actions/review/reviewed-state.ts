import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { ActionContext } from "@/lib/actions/core/action";
import { ActionError, NotFoundError } from "@/lib/actions/core/errors";

// A meeting's "reviewed" state: who last reviewed it and when. Until then the matrix shows
// "not reviewed" and silence counts leave it out (lib/domain/coverage.ts). Both the review
// form and "reviewed, nothing more to record" end here, with one audit event.
export async function markMeetingReviewedBy(
  ctx: Pick<ActionContext, "tx" | "audit">,
  user: SessionUser,
  meetingId: string,
) {
  const before = await ctx.tx.meeting.findUnique({
    where: { id: meetingId },
    select: { title: true, statementCollected: true, reviewedAt: true, reviewer: { select: { name: true } } },
  });
  if (!before) throw new NotFoundError("This meeting");
  if (!before.statementCollected) {
    throw new ActionError(
      422,
      "invalid",
      "This meeting's statement is not in the collection: add it before reviewing the meeting.",
    );
  }
  const after = await ctx.tx.meeting.update({
    where: { id: meetingId },
    data: { reviewedAt: new Date(), reviewedBy: user.id },
    select: { reviewedAt: true },
  });
  await ctx.audit({
    action: "meeting.review",
    entityType: "meeting",
    entityId: meetingId,
    entityLabel: before.title,
    before: {
      reviewedAt: before.reviewedAt?.toISOString() ?? null,
      reviewedBy: before.reviewedAt ? (before.reviewer?.name ?? "the data set") : null,
    },
    after: { reviewedAt: after.reviewedAt!.toISOString(), reviewedBy: user.name },
  });
  return before.title;
}

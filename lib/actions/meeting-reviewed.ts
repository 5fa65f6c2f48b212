"use server";
import "server-only";
import { z } from "zod";
import { ZId } from "@/lib/validation/ids";
import { editorAction } from "./action";
import { markMeetingReviewedBy } from "./review-state";

// "Reviewed, nothing more to record": the editor went through the meeting and it reported
// nothing new on any open pledge, so its silence now counts.
export const markMeetingReviewed = editorAction(z.object({ meetingId: ZId("Which meeting?") }), async (input, ctx) => {
  const title = await markMeetingReviewedBy(ctx, ctx.user, input.meetingId);
  return {
    data: { meetingId: input.meetingId },
    message: `${title} marked as reviewed.`,
    redirectTo: `/meetings/${input.meetingId}?saved=reviewed`,
  };
});

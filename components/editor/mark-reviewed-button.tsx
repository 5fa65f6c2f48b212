"use client";
import { useTranslations } from "next-intl";
import { markMeetingReviewed } from "@/lib/actions/review/actions";
import { FormMessage } from "./form-message";
import { useActionForm } from "./use-action-form";

// "Reviewed, nothing more to record": for a meeting that reported nothing new on any open
// pledge, so that its silence counts from now on.
export function MarkReviewedButton({ meetingId }: { meetingId: string }) {
  const t = useTranslations("review.meeting.markReviewed");
  const { state, pending, onSubmit } = useActionForm(markMeetingReviewed);
  return (
    <form onSubmit={onSubmit} className="inline-form" data-testid="mark-reviewed">
      <input type="hidden" name="meetingId" value={meetingId} />
      <FormMessage state={state} />
      <button type="submit" className="button secondary" disabled={pending}>
        {pending ? t("saving") : t("label")}
      </button>
    </form>
  );
}

"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { ZProposeAgain } from "@/lib/validation/intake";
import { editorAction } from "@/lib/actions/core/action";
import { NotFoundError } from "@/lib/actions/core/errors";
import { storeProposals } from "@/lib/intake/store";

// "Propose again": recompute what the meeting's documents report on the open pledges (after
// aliases were edited, or a document was added), replacing the previous proposals.
export const proposeAgain = editorAction(ZProposeAgain, async (input, { tx, audit }) => {
  const meeting = await tx.meeting.findUnique({ where: { id: input.meetingId }, select: { id: true, title: true } });
  if (!meeting) throw new NotFoundError("This meeting");
  const stored = await storeProposals(tx, meeting.id);
  await audit({
    action: "intake.propose",
    entityType: "meeting",
    entityId: meeting.id,
    entityLabel: meeting.title,
    after: stored,
  });
  return {
    data: stored,
    message: (await editorActionWords())("proposed", { proposals: stored.proposals, drafts: stored.drafts }),
    redirectTo: `/edit/meetings/${meeting.id}/review`,
  };
});

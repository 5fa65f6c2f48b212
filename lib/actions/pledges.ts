"use server";
import "server-only";
import { dayToDate } from "@/lib/domain/dates";
import { ZCreatePledge, ZUpdatePledge, type TCreatePledge } from "@/lib/validation/pledges";
import { editorAction } from "./action";
import { NotFoundError } from "./errors";
import { claimPledge } from "./locks";
import { resolvePledgeRefs, setPledgeTags } from "./pledge-refs";
import { pledgeSnapshot } from "./snapshots";

// Adding and editing pledges. Status is never edited here: it changes only by status updates.

const fields = (input: TCreatePledge, citation: { paragraphId: string; quote: string }) => ({
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

export const createPledge = editorAction(ZCreatePledge, async (input, { tx, audit }) => {
  const { meeting, citation } = await resolvePledgeRefs(tx, input);
  const pledge = await tx.pledge.create({
    data: { ...fields(input, citation), dialogueId: meeting.dialogueId, meetingId: meeting.id, currentStatusDate: meeting.date },
    select: { id: true },
  });
  await setPledgeTags(tx, pledge.id, input.tags);
  await audit({ action: "pledge.create", entityType: "pledge", entityId: pledge.id, entityLabel: input.title, after: await pledgeSnapshot(tx, pledge.id) });
  return { data: { pledgeId: pledge.id }, message: "Pledge saved.", redirectTo: `/pledges/${pledge.id}?saved=pledge` };
});

// Saves an edit unless someone else saved the pledge (or recorded a status) since the form opened.
export const updatePledge = editorAction(ZUpdatePledge, async (input, { tx, audit }) => {
  const existing = await tx.pledge.findUnique({ where: { id: input.pledgeId }, select: { id: true, dialogueId: true } });
  if (!existing) throw new NotFoundError("This pledge");
  const before = await pledgeSnapshot(tx, input.pledgeId);
  await claimPledge(tx, input.pledgeId, input.version, "This pledge");
  const { meeting, citation } = await resolvePledgeRefs(tx, input, existing);
  await tx.pledge.update({ where: { id: input.pledgeId }, data: { ...fields(input, citation), meetingId: meeting.id }, select: { id: true } });
  await setPledgeTags(tx, input.pledgeId, input.tags);
  const after = await pledgeSnapshot(tx, input.pledgeId);
  await audit({ action: "pledge.update", entityType: "pledge", entityId: input.pledgeId, entityLabel: input.title, before, after });
  return { data: { pledgeId: input.pledgeId }, message: "Pledge updated.", redirectTo: `/pledges/${input.pledgeId}?saved=pledge` };
});

"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { ZCreatePledge, ZUpdatePledge } from "@/lib/validation/pledges";
import { editorAction } from "@/lib/actions/core/action";
import { NotFoundError } from "@/lib/actions/core/errors";
import { claimPledge } from "@/lib/actions/core/locks";
import { insertPledge, rewritePledge } from "./write";
import { pledgeSnapshot } from "@/lib/data/pledges";

// Adding and editing pledges. Status is never edited here: it changes only by status updates.

export const createPledge = editorAction(ZCreatePledge, async (input, ctx) => {
  const { tx, audit } = ctx;
  const pledgeId = await insertPledge(ctx, input);
  await audit({
    action: "pledge.create",
    entityType: "pledge",
    entityId: pledgeId,
    entityLabel: input.title,
    after: await pledgeSnapshot(tx, pledgeId),
  });
  return {
    data: { pledgeId },
    message: (await editorActionWords())("pledgeSaved"),
    redirectTo: `/pledges/${pledgeId}?saved=pledge`,
  };
});

// Saves an edit unless someone else saved the pledge (or recorded a status) since the form opened.
export const updatePledge = editorAction(ZUpdatePledge, async (input, ctx) => {
  const { tx, audit } = ctx;
  const existing = await tx.pledge.findUnique({
    where: { id: input.pledgeId },
    select: { id: true, dialogueId: true },
  });
  if (!existing) throw new NotFoundError("This pledge");
  const before = await pledgeSnapshot(tx, input.pledgeId);
  await claimPledge(tx, input.pledgeId, input.version, "This pledge");
  await rewritePledge(ctx, existing, input);
  const after = await pledgeSnapshot(tx, input.pledgeId);
  await audit({
    action: "pledge.update",
    entityType: "pledge",
    entityId: input.pledgeId,
    entityLabel: input.title,
    before,
    after,
  });
  return {
    data: { pledgeId: input.pledgeId },
    message: (await editorActionWords())("pledgeUpdated"),
    redirectTo: `/pledges/${input.pledgeId}?saved=pledge`,
  };
});

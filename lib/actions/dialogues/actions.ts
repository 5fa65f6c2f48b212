"use server";
import "server-only";
import { editorActionWords } from "@/lib/i18n/action-locale";
import { ZCreateDialogue, ZUpdateDialogue } from "@/lib/validation/dialogues";
import { adminAction } from "@/lib/actions/core/action";
import { NotFoundError, StaleVersionError, uniqueAs } from "@/lib/actions/core/errors";
import { dialogueSnapshot } from "@/lib/data/dialogues";

// Dialogues (admins): a new framework to track, such as the Japan-Australia 2+2, and edits
// to its name, partner and description. Never deleted: meetings and pledges refer to it.

// A new dialogue; its id is its slug, as for the seeded ones ("japan-uk").
export const createDialogue = adminAction(ZCreateDialogue, async (input, { tx, audit }) => {
  const data = {
    id: input.slug,
    slug: input.slug,
    name: input.name,
    partnerCountry: input.partnerCountry,
    description: input.description ?? null,
  };
  await uniqueAs(tx.dialogue.create({ data, select: { id: true } }), "slug", "A dialogue with this id already exists");
  await audit({
    action: "dialogue.create",
    entityType: "dialogue",
    entityId: input.slug,
    entityLabel: input.name,
    after: await dialogueSnapshot(tx, input.slug),
  });
  return {
    data: { dialogueId: input.slug },
    message: (await editorActionWords())("dialogueCreated", { name: input.name }),
    redirectTo: "/edit/dialogues?saved=dialogue",
  };
});

// Edits a dialogue; refused if someone else saved it since the form was opened.
export const updateDialogue = adminAction(ZUpdateDialogue, async (input, { tx, audit }) => {
  const before = await dialogueSnapshot(tx, input.dialogueId);
  if (!before) throw new NotFoundError("This dialogue");
  const { count } = await tx.dialogue.updateMany({
    where: { id: input.dialogueId, version: input.version },
    data: {
      name: input.name,
      partnerCountry: input.partnerCountry,
      description: input.description ?? null,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new StaleVersionError("dialogue", input.dialogueId, input.version, "This dialogue");
  const after = await dialogueSnapshot(tx, input.dialogueId);
  await audit({
    action: "dialogue.update",
    entityType: "dialogue",
    entityId: input.dialogueId,
    entityLabel: input.name,
    before,
    after,
  });
  return {
    data: { dialogueId: input.dialogueId },
    message: (await editorActionWords())("dialogueUpdated"),
    redirectTo: "/edit/dialogues?saved=dialogue",
  };
});

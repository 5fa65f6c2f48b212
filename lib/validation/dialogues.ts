import { z } from "zod";
import { ZId, ZVersion } from "./ids";
import { plain } from "./text";
import { slugDerivable, withSlug, ZDescription, ZGivenSlug, ZName } from "./taxonomy";

// Dialogues (the Japan-UK 2+2, ...), as admins create and edit them.

const ZDialogueDetails = z.object({
  name: ZName,
  partnerCountry: plain(
    z
      .string({ message: "Name the partner country" })
      .trim()
      .min(2, "Name the partner country")
      .max(100, "Keep the country under 100 characters"),
  ),
  description: ZDescription,
});

// The id is fixed at creation (it is in URLs and API filters); editing never changes it.
export const ZCreateDialogue = ZDialogueDetails.extend({ slug: ZGivenSlug })
  .superRefine(slugDerivable)
  .transform(withSlug);
export const ZUpdateDialogue = ZDialogueDetails.extend({ dialogueId: ZId("Which dialogue?"), version: ZVersion });

import { z } from "zod";
import { ZId, ZVersion } from "./ids";
import { slugDerivable, withSlug, ZDescription, ZGivenSlug, ZName } from "./taxonomy";

// Cooperation areas (the taxonomy), as admins create, edit and reorder them.

const ZAreaDetails = z.object({ name: ZName, description: ZDescription });

// 1 = first in the taxonomy; a number past the end means last.
const ZAreaPosition = z.coerce
  .number({ message: "The position is a whole number, 1 for first" })
  .int("Use a whole number")
  .min(1, "1 is the first position")
  .max(999, "Use a number under 1,000");

export const ZCreateArea = ZAreaDetails.extend({ slug: ZGivenSlug }).superRefine(slugDerivable).transform(withSlug);
export const ZUpdateArea = ZAreaDetails.extend({
  areaId: ZId("Which area?"),
  version: ZVersion,
  position: ZAreaPosition,
});

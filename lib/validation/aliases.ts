import { z } from "zod";
import { ZSlug } from "./common";
import { ZId, ZVersion } from "./ids";
import { plain } from "./text";

// Pledge aliases: the names a later statement may use for a pledge (acronym, official name).

const ZAlias = plain(
  z
    .string()
    .trim()
    .min(2, "An alias needs at least 2 characters")
    .max(200, "Keep an alias under 200 characters")
    .regex(/^[^\n\r]+$/, "One alias per line"),
);

// The editor's form: one alias per line; blank lines and repeats are dropped.
const ZAliasList = z.preprocess(
  (v) =>
    typeof v === "string"
      ? [
          ...new Set(
            v
              .split(/\r?\n/)
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ]
      : v,
  z.array(ZAlias).max(30, "Keep to 30 aliases or fewer"),
);

export const ZSetPledgeAliases = z.object({
  pledgeId: ZId("Which pledge?"),
  version: ZVersion,
  aliases: ZAliasList,
});

// prisma/seed/aliases.json: pledge id -> its aliases.
export const ZSeedAliases = z.record(ZSlug, z.array(ZAlias).min(1));

export type TSeedAliases = z.infer<typeof ZSeedAliases>;

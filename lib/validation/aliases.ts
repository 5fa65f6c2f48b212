import { z } from "zod";
import { ZIsoDate, ZSlug } from "./common";
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

// Where an alias comes from: a paragraph of the collection that writes it (or writes the full
// name it abbreviates), or a dated public page outside the collection, with the excerpt that names it.
const ZSeedAliasSource = z.union([
  z.strictObject({ document: ZSlug, paragraph: z.string().min(1), abbreviates: z.string().min(2).optional() }),
  z.strictObject({ url: z.url(), publishedOn: ZIsoDate, excerpt: z.string().min(10) }),
]);

// prisma/seed/aliases.json: pledge id -> its aliases, each with its source.
export const ZSeedAliases = z.record(
  ZSlug,
  z.array(z.strictObject({ alias: ZAlias, source: ZSeedAliasSource })).min(1),
);

export type TSeedAliases = z.infer<typeof ZSeedAliases>;

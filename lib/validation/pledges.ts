import { z } from "zod";
import { ZIsoDate, ZLongText, ZQuote, ZSide, ZTagLabel, ZTitle } from "./common";
import { ZId, ZVersion } from "./ids";
import { optional, plain } from "./text";

// A pledge as an editor records it: the citation is a paragraph id plus a quote that the
// server checks is verbatim in that paragraph.

const ZCitation = z.object({
  paragraphId: ZId("Choose the paragraph you are citing"),
  quote: plain(z.string({ message: "Select or type the words you are quoting" }).pipe(ZQuote)),
});

// "JNAAM, Meteor" from a form, or ["JNAAM", "Meteor"] from an API client.
export const ZTags = z
  .preprocess(
    (v) => (typeof v === "string" ? v.split(",") : (v ?? [])),
    z
      .array(z.string())
      .transform((xs) => xs.map((x) => x.trim()).filter(Boolean))
      .pipe(z.array(ZTagLabel).max(20, "Use at most 20 tags")),
  )
  // "GCAP, gcap" is one tag: the first spelling wins.
  .transform((xs) => xs.filter((x, i) => xs.findIndex((y) => y.toLowerCase() === x.toLowerCase()) === i));

export const ZPledgeFields = z
  .object({
    meetingId: ZId("Choose the meeting where it was pledged"),
    areaId: ZId("Choose an area"),
    side: z.string({ message: "Choose who undertakes it" }).pipe(ZSide),
    title: plain(z.string({ message: "Give the pledge a short title" }).pipe(ZTitle)),
    text: plain(z.string({ message: "Give the text of the pledge" }).pipe(ZLongText)),
    targetDate: optional(ZIsoDate),
    predecessorId: optional(z.string().trim().max(100)),
    predecessorLink: optional(z.enum(["continues", "supersedes"], { message: "Choose continues or supersedes" })),
    tags: ZTags,
  })
  .extend(ZCitation.shape);

const linkNeedsKind = (v: { predecessorId?: string; predecessorLink?: string }) =>
  !v.predecessorId || !!v.predecessorLink;
const LINK_MESSAGE = {
  message: "Say whether it continues or supersedes the earlier pledge",
  path: ["predecessorLink"],
};

export const ZCreatePledge = ZPledgeFields.refine(linkNeedsKind, LINK_MESSAGE);
export const ZUpdatePledge = ZPledgeFields.extend({ pledgeId: ZId("Which pledge?"), version: ZVersion }).refine(
  linkNeedsKind,
  LINK_MESSAGE,
);

export type TCreatePledge = z.infer<typeof ZCreatePledge>;

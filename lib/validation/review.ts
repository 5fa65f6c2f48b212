import { z } from "zod";
import { STATUSES } from "@/lib/domain/status";
import { ZNote, ZQuote } from "./common";
import { ZId, ZVersion } from "./ids";
import { optional, plain } from "./text";

// A meeting review: for each open pledge, the status the meeting reported (with its
// citation) or "" for no report. Only the reported ones are saved.

const ZReviewEntry = z
  .object({
    pledgeId: ZId("Which pledge?"),
    version: ZVersion,
    status: z.enum(["", ...STATUSES], { message: "Choose a status or leave “no report”" }).default(""),
    paragraphId: optional(z.string().trim().max(100)),
    quote: optional(plain(ZQuote)),
    note: optional(plain(ZNote)),
  })
  .superRefine((e, ctx) => {
    if (!e.status) return;
    if (!e.paragraphId)
      ctx.addIssue({ code: "custom", path: ["paragraphId"], message: "Pick the paragraph that reports this status" });
    if (!e.quote) ctx.addIssue({ code: "custom", path: ["quote"], message: "Quote the words that report this status" });
  });

export const ZMeetingReview = z
  .object({
    meetingId: ZId("Which meeting?"),
    entries: z.array(ZReviewEntry).max(5_000, "Too many pledges in one review").default([]),
  })
  .refine((r) => r.entries.some((e) => e.status), {
    message: "Set the reported status of at least one pledge, or leave the page: nothing to save",
    path: ["form"],
  });

import { z } from "zod";
import { ZIsoDate, ZNote, ZQuote, ZStatus } from "./common";
import { ZId, ZVersion } from "./ids";
import { optional, plain } from "./text";

// A status update must carry its evidence: the paragraph that reports it and a verbatim quote.

const EVIDENCE = "A status update needs evidence: pick the paragraph that reports it";

export const ZReportFields = z.object({
  pledgeId: ZId("Which pledge?"),
  version: ZVersion,
  status: z.string({ message: "Choose a status" }).pipe(ZStatus),
  meetingId: optional(z.string().trim().max(100)),
  reportedOn: optional(ZIsoDate),
  paragraphId: z.string({ message: EVIDENCE }).trim().min(1, EVIDENCE).max(100),
  quote: plain(
    z
      .string({ message: "Quote the words that report the status" })
      .trim()
      .min(1, "Quote the words that report the status")
      .pipe(ZQuote),
  ),
  note: optional(plain(ZNote)),
});

// What one report says (status, when, evidence), without which pledge and version: the CSV
// import checks its rows with this, the forms with ZRecordStatus.
export const ZStatusReport = ZReportFields.omit({ pledgeId: true, version: true });

const hasWhen = (v: { meetingId?: string; reportedOn?: string }) => !!(v.meetingId || v.reportedOn);
const WHEN = { message: "Say which meeting reported it, or the date it was reported", path: ["meetingId"] };

export const ZRecordStatus = ZReportFields.refine(hasWhen, WHEN);

// A correction replaces a mistaken update (which stays in the history, marked corrected).
export const ZCorrectStatus = ZReportFields.extend({
  updateId: ZId("Which update are you correcting?"),
  reason: plain(
    z
      .string({ message: "Say what was wrong with the update" })
      .trim()
      .min(5, "Say what was wrong with the update")
      .max(1_000, "Keep the reason under 1,000 characters"),
  ),
}).refine(hasWhen, WHEN);

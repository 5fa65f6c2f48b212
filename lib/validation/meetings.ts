import { z } from "zod";
import { parseStatement } from "@/lib/domain/statement-parser";
import { withoutPageFurniture } from "@/lib/domain/page-furniture";
import { ZIsoDate, ZMeetingFormat, ZMeetingKind, ZTitle } from "./common";
import { optional, plain } from "./text";
import { ZId, ZVersion } from "./ids";

// A meeting, and the source document an editor pastes in for it.

const STATEMENT_LIMITS = { chars: 200_000, paragraphs: 1_000, paragraphChars: 10_000 };

const ZMeetingDetails = z.object({
  title: plain(z.string({ message: "Give the meeting a title" }).pipe(ZTitle)),
  date: z.string({ message: "Enter the meeting date" }).pipe(ZIsoDate),
  place: optional(plain(z.string().trim().max(200, "Keep the place under 200 characters"))),
  format: z.string({ message: "Choose the format" }).pipe(ZMeetingFormat),
  kind: z.string({ message: "Choose the kind of meeting" }).pipe(ZMeetingKind),
  ordinal: optional(
    z.coerce
      .number({ message: "The ordinal is a whole number, like 4 for the 4th" })
      .int("Use a whole number")
      .positive()
      .max(999),
  ),
  summary: optional(plain(z.string().trim().max(2_000, "Keep the summary under 2,000 characters"))),
});

export const ZStatement = plain(
  z
    .string({ message: "Paste the statement text" })
    .trim()
    .min(1, "Paste the statement text")
    .max(STATEMENT_LIMITS.chars, `Keep the statement under ${STATEMENT_LIMITS.chars.toLocaleString("en")} characters`),
).superRefine((text, ctx) => {
  if (text.length > STATEMENT_LIMITS.chars) return; // refused above; not worth parsing
  // The paragraphs that would be stored: page furniture (a "Print" link, a title bar) is not one.
  const paragraphs = withoutPageFurniture(parseStatement(text));
  if (paragraphs.length === 0) ctx.addIssue({ code: "custom", message: "No paragraphs found in the text" });
  if (paragraphs.length > STATEMENT_LIMITS.paragraphs)
    ctx.addIssue({
      code: "custom",
      message: `More than ${STATEMENT_LIMITS.paragraphs} paragraphs: split the document`,
    });
  const long = paragraphs.find((p) => p.text.length > STATEMENT_LIMITS.paragraphChars);
  if (long)
    ctx.addIssue({
      code: "custom",
      message: `Paragraph ${long.label} is over ${STATEMENT_LIMITS.paragraphChars.toLocaleString("en")} characters: is the text missing line breaks?`,
    });
});

const ZDocumentFields = z.object({
  documentTitle: plain(z.string({ message: "Give the document a title" }).pipe(ZTitle)),
  publisher: plain(
    z
      .string({ message: "Say who published it" })
      .trim()
      .min(2, "Say who published it")
      .max(200, "Keep the publisher under 200 characters"),
  ),
  publishedOn: optional(ZIsoDate),
  url: optional(
    z.url({ protocol: /^https?$/, message: "Give a web address starting with https:// or http://" }).max(2_000),
  ),
  statement: ZStatement,
});

// A meeting known to have been held can be recorded without its statement ("statement not
// collected"): then the document fields are left empty and the meeting never counts as silence.
export const ZCreateMeeting = ZMeetingDetails.extend({
  dialogueId: ZId("Choose a dialogue"),
  withoutStatement: z
    .preprocess((v) => v === "on" || v === "1" || v === "true" || v === true, z.boolean())
    .default(false),
})
  .extend({
    ...ZDocumentFields.shape,
    documentTitle: optional(ZDocumentFields.shape.documentTitle),
    publisher: optional(ZDocumentFields.shape.publisher),
    statement: optional(ZStatement),
  })
  .superRefine((m, ctx) => {
    if (m.withoutStatement) {
      if (m.statement)
        ctx.addIssue({
          code: "custom",
          path: ["statement"],
          message: "Leave the statement empty, or untick “statement not collected”",
        });
      return;
    }
    const missing = {
      documentTitle: "Give the document a title",
      publisher: "Say who published it",
      statement: "Paste the statement text, or tick “statement not collected”",
    } as const;
    for (const [key, message] of Object.entries(missing)) {
      if (!m[key as keyof typeof missing]) ctx.addIssue({ code: "custom", path: [key], message });
    }
  });
export const ZUpdateMeeting = ZMeetingDetails.extend({ meetingId: ZId("Which meeting?"), version: ZVersion });
export const ZAddDocument = ZDocumentFields.extend({ meetingId: ZId("Which meeting?") });

export type TCreateMeeting = z.infer<typeof ZCreateMeeting>;

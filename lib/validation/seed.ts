import { z } from "zod";
import {
  ZIsoDate,
  ZLongText,
  ZMeetingFormat,
  ZMeetingKind,
  ZNote,
  ZQuote,
  ZSide,
  ZSlug,
  ZStatus,
  ZTagLabel,
  ZTitle,
} from "./common";
import { POLICY_FIELDS } from "@/lib/domain/coverage";

// The shape of the data files in prisma/seed/: the real data set, referenced by stable ids.

// A Japanese name or title beside the English one: our own wording (not a quote), optional, and
// written in Japanese (at least one kana or kanji), so an English name cannot stand in for it.
// Two characters are a name in Japanese ("英国", "日英").
const ZJapanese = z
  .string()
  .trim()
  .min(2, "Give a Japanese name of at least 2 characters")
  .max(200, "Keep the Japanese name under 200 characters")
  .regex(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, "Write the Japanese name in Japanese");

const DOCUMENT_LANGUAGES = ["en", "ja"] as const;

const ZSeedCitation = z.object({
  document: ZSlug,
  // The paragraph's label as the parser assigns it: "15", "2(1)", "4-2" or "¶7".
  paragraph: z.string().min(1),
  quote: ZQuote,
});

const ZSeedDialogue = z.object({
  id: ZSlug,
  name: ZTitle,
  nameJa: ZJapanese.optional(),
  partnerCountry: z.string().min(2),
  partnerCountryJa: ZJapanese.optional(),
  description: z.string().optional(),
});

const ZSeedArea = z.object({
  id: ZSlug,
  name: ZTitle,
  nameJa: ZJapanese.optional(),
  description: z.string().optional(),
  // Which ministers' meetings are expected to report on it (lib/domain/coverage.ts).
  field: z.enum(POLICY_FIELDS),
});

const ZSeedParticipant = z.object({
  name: z.string().min(2),
  office: z.string().min(2),
  side: z.enum(["japan", "partner"]),
});

const ZSeedMeeting = z.object({
  id: ZSlug,
  dialogue: ZSlug,
  title: ZTitle,
  titleJa: ZJapanese.optional(),
  date: ZIsoDate,
  place: z.string().optional(),
  format: ZMeetingFormat,
  kind: ZMeetingKind,
  ordinal: z.number().int().positive().optional(),
  summary: z.string().optional(),
  // False for a meeting known to have been held whose statement is not in the collection.
  statementCollected: z.boolean().default(true),
  participants: z.array(ZSeedParticipant).default([]),
});

const ZSeedDocument = z.object({
  id: ZSlug,
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: ZTitle,
  publisher: z.string().min(2),
  publishedOn: ZIsoDate.optional(),
  url: z.string().url().optional(),
  meetings: z.array(ZSlug).min(1),
  // The language the text is written in, and whether the file holds only part of the source.
  language: z.enum(DOCUMENT_LANGUAGES).default("en"),
  excerpt: z.boolean().default(false),
  // A Japanese document that is the same text as an English document of the data set, its
  // paragraph numbers corresponding: that document's id (absent for an overview).
  alignedWith: ZSlug.optional(),
});

const ZSeedStatusUpdate = z
  .object({
    status: ZStatus,
    meeting: ZSlug.optional(),
    date: ZIsoDate.optional(),
    cite: ZSeedCitation,
    note: ZNote.optional(),
  })
  .refine((u) => u.meeting || u.date, { message: "A status update needs a meeting or a date" });

const ZSeedPledge = z.object({
  id: ZSlug,
  dialogue: ZSlug,
  meeting: ZSlug,
  area: ZSlug,
  side: ZSide,
  title: ZTitle,
  titleJa: ZJapanese.optional(),
  text: ZLongText,
  cite: ZSeedCitation,
  // Context an analyst needs, and every fact taken from outside the collection.
  note: ZNote.optional(),
  targetDate: ZIsoDate.optional(),
  predecessor: z.object({ id: ZSlug, link: z.enum(["continues", "supersedes"]) }).optional(),
  tags: z.array(ZTagLabel).default([]),
  updates: z.array(ZSeedStatusUpdate).default([]),
});

export const ZSeedDataSet = z.object({
  dialogues: z.array(ZSeedDialogue),
  areas: z.array(ZSeedArea),
  meetings: z.array(ZSeedMeeting),
  documents: z.array(ZSeedDocument),
  pledges: z.array(ZSeedPledge),
});

export type TSeedDataSet = z.infer<typeof ZSeedDataSet>;
export type TSeedPledge = z.infer<typeof ZSeedPledge>;
export type TSeedCitation = z.infer<typeof ZSeedCitation>;

import { z } from "zod";
import { MEETING_FORMATS, MEETING_KINDS, SIDES, STATUSES } from "@/lib/domain/status";

// Field schemas shared by forms, actions, importers, the API and the seed data.

export const ZStatus = z.enum(STATUSES, { message: "Choose a status from the list" });
export const ZSide = z.enum(SIDES, { message: "Choose Japan, the partner or both" });
export const ZMeetingFormat = z.enum(MEETING_FORMATS);
export const ZMeetingKind = z.enum(MEETING_KINDS);

export const ZIsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Use a date in the form YYYY-MM-DD", abort: true })
  // Year 0000 parses in JavaScript but PostgreSQL has no year 0.
  .refine(
    (s) =>
      !s.startsWith("0000") &&
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "This date does not exist",
    },
  );

export const ZSlug = z
  .string()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

export const ZTitle = z
  .string()
  .trim()
  .min(3, "Give a title of at least 3 characters")
  .max(200, "Keep the title under 200 characters");
export const ZLongText = z
  .string()
  .trim()
  .min(1, "This cannot be empty")
  .max(10_000, "Keep this under 10,000 characters");
export const ZQuote = z
  .string()
  .trim()
  .min(3, "Quote at least a few words")
  .max(5_000, "Keep the quote under 5,000 characters");
export const ZNote = z.string().trim().max(2_000, "Keep the note under 2,000 characters");
export const ZTagLabel = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._+-]*$/u, "Tags use letters, digits, spaces and . _ + -");

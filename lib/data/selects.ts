import type { Prisma } from "@/lib/generated/prisma/client";

// The small references every entity's reads embed (a pledge's area, a meeting's dialogue,
// a citation's paragraph), named once so that pages, API records, exports and audit
// snapshots pick the same columns. Each entity's own selects live in its read module.

export const areaRef = { id: true, name: true, nameJa: true } satisfies Prisma.AreaSelect;

export const dialogueRef = { id: true, name: true, nameJa: true } satisfies Prisma.DialogueSelect;

export const dialogueWithPartner = {
  ...dialogueRef,
  partnerCountry: true,
  partnerCountryJa: true,
} satisfies Prisma.DialogueSelect;

export const meetingRef = { id: true, title: true, titleJa: true, date: true } satisfies Prisma.MeetingSelect;

export const paragraphCitation = { id: true, label: true, documentId: true } satisfies Prisma.ParagraphSelect;

export const participantsInOrder = {
  select: { name: true, office: true, side: true },
  orderBy: { position: "asc" },
} satisfies Prisma.Meeting$participantsArgs;

// A source document as a citation or a list names it.
export const documentSummary = {
  id: true,
  title: true,
  language: true,
  excerpt: true,
  publisher: true,
  publishedOn: true,
  url: true,
} satisfies Prisma.SourceDocumentSelect;

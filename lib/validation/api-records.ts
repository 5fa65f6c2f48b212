import { z } from "zod";
import type { PledgeRecord } from "@/lib/domain/pledge-record";
import { MEETING_FORMATS, MEETING_KINDS, SIDES, STATUSES } from "@/lib/domain/status";
import { ZVersion } from "./ids";
import { ZPledgeFields } from "./pledges";
import { ZReportFields } from "./status-updates";

// What the API takes and gives, as zod schemas: the OpenAPI document (lib/http/openapi.ts) is
// generated from them, and the write routes take their field lists from the bodies. Each
// schema is registered under its component name.

export const apiSchemas = z.registry<{ id: string; description?: string }>();

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const LINKS = ["continues", "supersedes"] as const;

// The write bodies: the forms' own fields, less what the URL names (the pledge).

export const ZPledgePatchBody = ZPledgeFields.partial()
  .extend({
    version: ZVersion.meta({
      description: "The pledge's `version` as last read; the write is refused (409) if it has moved on.",
    }),
    targetDate: ZPledgeFields.shape.targetDate.nullable(),
    predecessorId: ZPledgeFields.shape.predecessorId.nullable(),
    predecessorLink: ZPledgeFields.shape.predecessorLink.nullable(),
  })
  .strict()
  .meta({
    description:
      "Fields left out keep their values at `version`. A changed citation needs both `paragraphId` and a verbatim `quote`.",
  });

export const ZStatusUpdateBody = ZReportFields.omit({ pledgeId: true })
  .extend({ version: ZPledgePatchBody.shape.version })
  .strict()
  .meta({
    description:
      "Which meeting reported it (`meetingId`) or the day it was reported (`reportedOn`), and the evidence: a paragraph and a verbatim quote from it.",
  });

// The records the reads give.

const ZCitationRecord = z
  .object({
    documentId: z.string(),
    paragraph: z.string().meta({ description: "The paragraph's label: 15, 2(5), ¶20." }),
    quote: z.string(),
  })
  .register(apiSchemas, {
    id: "Citation",
    description: "A verbatim quote from a numbered paragraph of a stored source document.",
  });

const ZHistoryRecord = z
  .object({
    id: z.string(),
    status: z.enum(STATUSES),
    reportedOn: day,
    meetingId: z.string().nullable(),
    source: ZCitationRecord.nullable(),
    note: z.string().nullable(),
    correctsId: z.string().nullable().meta({ description: "The update this one corrects." }),
    reason: z.string().nullable(),
    superseded: z.boolean().meta({ description: "A later correction replaced this update; it no longer counts." }),
    recordedAt: z.iso.datetime(),
  })
  .register(apiSchemas, { id: "StatusUpdate" });

export const ZPledgeRecord = z
  .object({
    id: z.string(),
    title: z.string(),
    text: z.string(),
    dialogue: z.object({ id: z.string(), name: z.string() }),
    madeAt: z.object({ meetingId: z.string(), title: z.string(), date: day }),
    area: z.object({ id: z.string(), name: z.string() }),
    side: z.enum(SIDES),
    source: ZCitationRecord,
    targetDate: day.nullable(),
    tags: z.array(z.string()),
    predecessor: z.object({ id: z.string(), link: z.enum(LINKS) }).nullable(),
    supersededBy: z.string().nullable().meta({
      description:
        "The later pledge that restates this one with a new target; figures count the two once, under the later one.",
    }),
    status: z.object({
      current: z.enum(STATUSES),
      since: day,
      overdue: z.boolean().meta({ description: "A report after the target date found the pledge unfinished." }),
      pastTargetUnconfirmed: z
        .boolean()
        .meta({ description: "The target date passed and no later source says either way." }),
    }),
    version: z.int(),
    history: z.array(ZHistoryRecord).meta({ description: "Oldest first." }),
  })
  .register(apiSchemas, { id: "Pledge" });

export const ZMeetingRecord = z
  .object({
    id: z.string(),
    title: z.string(),
    date: day,
    place: z.string().nullable(),
    format: z.enum(MEETING_FORMATS),
    kind: z.enum(MEETING_KINDS),
    ordinal: z.int().nullable(),
    dialogue: z.object({ id: z.string(), name: z.string() }),
    statementCollected: z.boolean().meta({
      description: "False for a meeting known to have been held whose statement is not in the collection.",
    }),
    reviewedOn: day.nullable().meta({
      description: "When an editor last reviewed the meeting; until then its silence on a pledge is not counted.",
    }),
    participants: z.array(z.object({ name: z.string(), office: z.string(), side: z.enum(["japan", "partner"]) })),
    pledgesMade: z.int(),
    updatesReported: z.int(),
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        publisher: z.string(),
        publishedOn: day.nullable(),
        url: z.string().nullable(),
      }),
    ),
  })
  .register(apiSchemas, { id: "Meeting" });

export const ZAreaRecord = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    pledges: z.int().meta({
      description: "Commitments in the area: a pledge superseded by a later one counts once, under the later one.",
    }),
    shareDelivered: z.number().min(0).max(1),
    byStatus: z.object(
      Object.fromEntries(STATUSES.map((s) => [s, z.int()])) as Record<(typeof STATUSES)[number], z.ZodInt>,
    ),
  })
  .register(apiSchemas, { id: "Area" });

z.object({ data: z.record(z.string(), z.string()), message: z.string() }).register(apiSchemas, { id: "WriteResult" });

z.object({ page: z.int(), perPage: z.int(), total: z.int(), pages: z.int() }).register(apiSchemas, {
  id: "PageMeta",
});

z.object({
  self: z.string(),
  first: z.string(),
  last: z.string(),
  prev: z.string().nullable(),
  next: z.string().nullable(),
}).register(apiSchemas, { id: "PageLinks" });

z.object({
  error: z.object({
    status: z.int(),
    message: z.string(),
    details: z.record(z.string(), z.array(z.string())).optional(),
    conflict: z
      .array(z.record(z.string(), z.unknown()))
      .optional()
      .meta({ description: "On 409 from a write: the changes saved since your version." }),
  }),
}).register(apiSchemas, { id: "Error" });

// The domain's record type and this schema describe the same thing: a change to one that the
// other does not follow fails the type check here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const recordsAgree: Same<z.infer<typeof ZPledgeRecord>, PledgeRecord> = true;
void recordsAgree;

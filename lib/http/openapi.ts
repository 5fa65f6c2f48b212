import { MEETING_FORMATS, MEETING_KINDS, SIDES, STATUSES } from "@/lib/domain/status";

// The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json: public reads, and
// the editors' writes (session cookie from signing in).
// tests/integration/api.test.ts checks that every path here answers as described.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: object) => ({ oneOf: [schema, { type: "null" }] });
const day = { type: "string", format: "date", example: "2016-01-08" };
const text = { type: "string" };

const pageParams = [
  {
    name: "page",
    in: "query",
    description: "Page number, from 1.",
    schema: { type: "integer", minimum: 1, default: 1 },
  },
  {
    name: "per_page",
    in: "query",
    description: "Items per page.",
    schema: { type: "integer", minimum: 1, maximum: 100, default: 25 },
  },
];
const dialogueParam = {
  name: "dialogue",
  in: "query",
  description: "Only this dialogue (its id, e.g. japan-uk).",
  schema: text,
};

const pagedOf = (item: string) => ({
  type: "object",
  required: ["data", "meta", "links"],
  properties: { data: { type: "array", items: ref(item) }, meta: ref("PageMeta"), links: ref("PageLinks") },
});

const errors = {
  "400": {
    description: "A query parameter is not valid; `details` names each one.",
    content: { "application/json": { schema: ref("Error") } },
  },
  "401": {
    description: "This deployment requires sign-in to read (READ_REQUIRES_SIGN_IN=true).",
    content: { "application/json": { schema: ref("Error") } },
  },
};

const jsonError = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const writeErrors = {
  "400": jsonError("The body is not a JSON object."),
  "401": jsonError("Not signed in (or the session has ended)."),
  "403": jsonError("The account is not an editor, or the request came from another site's page."),
  "404": jsonError("No pledge has this id."),
  "409": jsonError(
    "Someone else changed the pledge since `version`: nothing was saved; `conflict` shows their change. Read the pledge again.",
  ),
  "415": jsonError("The body is not sent as application/json."),
  "422": jsonError("A field is not valid (`details` names each one), e.g. a quote that is not in the cited paragraph."),
  "503": jsonError(
    "The database is unavailable at the moment; nothing was saved. Retry after the Retry-After seconds.",
  ),
};
const session = [{ sessionCookie: [] }];
const idParam = { name: "id", in: "path", required: true, schema: text, example: "jpuk-jnaam" };
const versionField = {
  type: "integer",
  minimum: 1,
  description: "The pledge's `version` as last read; the write is refused (409) if it has moved on.",
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Pledge tracker API",
    version: "1.0.0",
    description:
      "Access to the pledges made at Japan's bilateral 2+2 ministerial meetings, their status history with quoted evidence, " +
      "the meetings and the cooperation areas. Ids are stable. Calendar days are YYYY-MM-DD. Lists are paginated; follow `links.next`. " +
      "Reading is public. Writing (POST, PATCH) needs an editor's session cookie from signing in (`/api/auth/csrf`, then " +
      "`POST /api/auth/callback/credentials`), a JSON body, and the pledge's current `version`; every write is checked, audited and " +
      "refused rather than overwriting a change made since that version.",
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/pledges": {
      get: {
        summary: "List pledges with their status history",
        operationId: "listPledges",
        parameters: [
          ...pageParams,
          dialogueParam,
          { name: "meeting", in: "query", description: "Only pledges made at this meeting (id).", schema: text },
          { name: "area", in: "query", description: "Only this area (id).", schema: text },
          {
            name: "status",
            in: "query",
            description: "Only this current status.",
            schema: { type: "string", enum: STATUSES },
          },
          {
            name: "side",
            in: "query",
            description: "Who undertakes the pledge (partner = the dialogue's other country).",
            schema: { type: "string", enum: SIDES },
          },
          { name: "tag", in: "query", description: "Only pledges with this tag (id).", schema: text },
          { name: "q", in: "query", description: "Words in the title or text.", schema: text },
          {
            name: "overdue",
            in: "query",
            description: "Only open pledges that a report after their target date found unfinished.",
            schema: { type: "string", enum: ["true", "false", "1", "0"] },
          },
          {
            name: "unconfirmed",
            in: "query",
            description: "Only open pledges past their target date with no later report (past target, unconfirmed).",
            schema: { type: "string", enum: ["true", "false", "1", "0"] },
          },
          {
            name: "from",
            in: "query",
            description: "Only pledges made at meetings on or after this day.",
            schema: day,
          },
          { name: "to", in: "query", description: "Only pledges made at meetings on or before this day.", schema: day },
          {
            name: "asof",
            in: "query",
            description:
              "As of this meeting (id): only the pledges made by then, and `status` is their status as of that meeting.",
            schema: text,
          },
        ],
        responses: {
          "200": {
            description: "A page of pledges, in id order.",
            content: { "application/json": { schema: pagedOf("Pledge") } },
          },
          ...errors,
        },
      },
    },
    "/api/v1/pledges/{id}": {
      get: {
        summary: "One pledge with its status history",
        operationId: "getPledge",
        parameters: [{ name: "id", in: "path", required: true, schema: text, example: "jpuk-jnaam" }],
        responses: {
          "200": {
            description: "The pledge.",
            content: {
              "application/json": {
                schema: { type: "object", required: ["data"], properties: { data: ref("Pledge") } },
              },
            },
          },
          "404": { description: "No pledge has this id.", content: { "application/json": { schema: ref("Error") } } },
          "401": errors["401"],
        },
      },
      patch: {
        summary: "Change some fields of a pledge (editors)",
        operationId: "updatePledge",
        security: session,
        parameters: [idParam],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["version"],
                additionalProperties: false,
                description:
                  "Fields left out keep their values at `version`. A changed citation needs both `paragraphId` and a verbatim `quote`.",
                properties: {
                  version: versionField,
                  title: text,
                  text,
                  areaId: text,
                  side: { type: "string", enum: SIDES },
                  meetingId: { type: "string", description: "The meeting where it was pledged." },
                  paragraphId: text,
                  quote: text,
                  targetDate: nullable(day),
                  predecessorId: nullable(text),
                  predecessorLink: nullable({ type: "string", enum: ["continues", "supersedes"] }),
                  tags: { type: "array", items: text },
                },
              },
            },
          },
        },
        responses: {
          "200": {
            description: "Saved; the pledge's version moved on by one.",
            content: { "application/json": { schema: ref("WriteResult") } },
          },
          ...writeErrors,
        },
      },
    },
    "/api/v1/pledges/{id}/status-updates": {
      post: {
        summary: "Record a status update on a pledge (editors)",
        operationId: "recordStatusUpdate",
        security: session,
        parameters: [idParam],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["version", "status", "paragraphId", "quote"],
                additionalProperties: false,
                description:
                  "Which meeting reported it (`meetingId`) or the day it was reported (`reportedOn`), and the evidence: a paragraph and a verbatim quote from it.",
                properties: {
                  version: versionField,
                  status: { type: "string", enum: STATUSES },
                  meetingId: text,
                  reportedOn: day,
                  paragraphId: text,
                  quote: text,
                  note: text,
                },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Recorded; `data.updateId` is the new update. The pledge's version moved on by one.",
            content: { "application/json": { schema: ref("WriteResult") } },
          },
          ...writeErrors,
        },
      },
    },
    "/api/v1/meetings": {
      get: {
        summary: "List meetings, oldest first",
        operationId: "listMeetings",
        parameters: [...pageParams, dialogueParam],
        responses: {
          "200": {
            description: "A page of meetings.",
            content: { "application/json": { schema: pagedOf("Meeting") } },
          },
          ...errors,
        },
      },
    },
    "/api/v1/areas": {
      get: {
        summary: "List the cooperation areas with pledge counts by current status",
        operationId: "listAreas",
        parameters: [...pageParams, dialogueParam],
        responses: {
          "200": {
            description: "A page of areas, in taxonomy order.",
            content: { "application/json": { schema: pagedOf("Area") } },
          },
          ...errors,
        },
      },
    },
  },
  components: {
    securitySchemes: {
      sessionCookie: {
        type: "apiKey",
        in: "cookie",
        name: "__Secure-next-auth.session-token",
        description: "The session cookie set by signing in (next-auth.session-token over plain http).",
      },
    },
    schemas: {
      Citation: {
        type: "object",
        description: "A verbatim quote from a numbered paragraph of a stored source document.",
        required: ["documentId", "paragraph", "quote"],
        properties: {
          documentId: text,
          paragraph: { type: "string", description: "The paragraph's label: 15, 2(5), ¶20." },
          quote: text,
        },
      },
      StatusUpdate: {
        type: "object",
        required: [
          "id",
          "status",
          "reportedOn",
          "meetingId",
          "source",
          "note",
          "correctsId",
          "reason",
          "superseded",
          "recordedAt",
        ],
        properties: {
          id: text,
          status: { type: "string", enum: STATUSES },
          reportedOn: day,
          meetingId: nullable(text),
          source: nullable(ref("Citation")),
          note: nullable(text),
          correctsId: nullable({ type: "string", description: "The update this one corrects." }),
          reason: nullable(text),
          superseded: { type: "boolean", description: "A later correction replaced this update; it no longer counts." },
          recordedAt: { type: "string", format: "date-time" },
        },
      },
      Pledge: {
        type: "object",
        required: [
          "id",
          "title",
          "text",
          "dialogue",
          "madeAt",
          "area",
          "side",
          "source",
          "targetDate",
          "tags",
          "predecessor",
          "supersededBy",
          "status",
          "version",
          "history",
        ],
        properties: {
          id: text,
          title: text,
          text: text,
          dialogue: { type: "object", properties: { id: text, name: text } },
          madeAt: { type: "object", properties: { meetingId: text, title: text, date: day } },
          area: { type: "object", properties: { id: text, name: text } },
          side: { type: "string", enum: SIDES },
          source: ref("Citation"),
          targetDate: nullable(day),
          tags: { type: "array", items: text },
          predecessor: nullable({
            type: "object",
            properties: { id: text, link: { type: "string", enum: ["continues", "supersedes"] } },
          }),
          supersededBy: nullable({
            ...text,
            description:
              "The later pledge that restates this one with a new target; figures count the two once, under the later one.",
          }),
          status: {
            type: "object",
            properties: {
              current: { type: "string", enum: STATUSES },
              since: day,
              overdue: { type: "boolean", description: "A report after the target date found the pledge unfinished." },
              pastTargetUnconfirmed: {
                type: "boolean",
                description: "The target date passed and no later source says either way.",
              },
            },
          },
          version: { type: "integer" },
          history: { type: "array", items: ref("StatusUpdate"), description: "Oldest first." },
        },
      },
      Meeting: {
        type: "object",
        required: [
          "id",
          "title",
          "date",
          "dialogue",
          "format",
          "kind",
          "statementCollected",
          "reviewedOn",
          "participants",
          "pledgesMade",
          "updatesReported",
          "documents",
        ],
        properties: {
          id: text,
          title: text,
          date: day,
          place: nullable(text),
          format: { type: "string", enum: MEETING_FORMATS },
          kind: { type: "string", enum: MEETING_KINDS },
          ordinal: nullable({ type: "integer" }),
          dialogue: { type: "object", properties: { id: text, name: text } },
          statementCollected: {
            type: "boolean",
            description: "False for a meeting known to have been held whose statement is not in the collection.",
          },
          reviewedOn: nullable({
            ...day,
            description: "When an editor last reviewed the meeting; until then its silence on a pledge is not counted.",
          }),
          participants: {
            type: "array",
            items: {
              type: "object",
              properties: { name: text, office: text, side: { type: "string", enum: ["japan", "partner"] } },
            },
          },
          pledgesMade: { type: "integer" },
          updatesReported: { type: "integer" },
          documents: {
            type: "array",
            items: {
              type: "object",
              properties: { id: text, title: text, publisher: text, publishedOn: nullable(day), url: nullable(text) },
            },
          },
        },
      },
      Area: {
        type: "object",
        required: ["id", "name", "pledges", "shareDelivered", "byStatus"],
        properties: {
          id: text,
          name: text,
          description: nullable(text),
          pledges: {
            type: "integer",
            description:
              "Commitments in the area: a pledge superseded by a later one counts once, under the later one.",
          },
          shareDelivered: { type: "number", minimum: 0, maximum: 1 },
          byStatus: { type: "object", properties: Object.fromEntries(STATUSES.map((s) => [s, { type: "integer" }])) },
        },
      },
      WriteResult: {
        type: "object",
        required: ["data", "message"],
        properties: { data: { type: "object", additionalProperties: text }, message: text },
      },
      PageMeta: {
        type: "object",
        properties: {
          page: { type: "integer" },
          perPage: { type: "integer" },
          total: { type: "integer" },
          pages: { type: "integer" },
        },
      },
      PageLinks: {
        type: "object",
        properties: { self: text, first: text, last: text, prev: nullable(text), next: nullable(text) },
      },
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            properties: {
              status: { type: "integer" },
              message: text,
              details: { type: "object", additionalProperties: { type: "array", items: text } },
              conflict: {
                type: "array",
                description: "On 409 from a write: the changes saved since your version.",
                items: { type: "object" },
              },
            },
          },
        },
      },
    },
  },
} as const;

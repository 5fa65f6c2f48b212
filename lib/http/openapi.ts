import { z } from "zod";
import { areaApiParams, meetingApiParams, pledgeApiParams } from "@/lib/validation/api-params";
import { apiSchemas, ZPledgePatchBody, ZStatusUpdateBody } from "@/lib/validation/api-records";
import type { ParamShape } from "@/lib/validation/search-params";

// The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json: public reads, and
// the editors' writes (session cookie from signing in). Every schema in it is generated from
// the zod schemas the routes parse and answer with (lib/validation/api-params.ts and
// api-records.ts); only the prose is written here. tests/integration/api.test.ts checks that
// every path answers as described and lists exactly the parameters its route reads.

type JsonSchema = { [key: string]: unknown };
type Component = JsonSchema & { required: string[] };
type Parameter = { name: string; in: "query" | "path"; description: string; required?: boolean; schema: JsonSchema };

// A generated schema without the keys that belong to a standalone document, not to a part of one.
function embedded(schema: object): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  return embedded(z.toJSONSchema(schema, { io, unrepresentable: "any" }));
}

const COMPONENTS = [
  "Citation",
  "StatusUpdate",
  "Pledge",
  "Meeting",
  "Area",
  "WriteResult",
  "PageMeta",
  "PageLinks",
  "Error",
] as const;

// The component schemas, each with its required fields (the records list every field).
function componentSchemas(): Record<(typeof COMPONENTS)[number], Component> {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}` });
  const component = (id: string): Component => {
    const schema = schemas[id];
    if (!schema) throw new Error(`lib/validation/api-records.ts registers no schema "${id}"`);
    const rest = embedded(schema);
    return { ...rest, required: (rest.required as string[] | undefined) ?? [] };
  };
  return Object.fromEntries(COMPONENTS.map((id) => [id, component(id)])) as Record<
    (typeof COMPONENTS)[number],
    Component
  >;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

// A route's query parameters, from the shape it parses them with; `descriptions` has exactly
// one entry per parameter (the type says so).
function queryParameters<S extends ParamShape>(shape: S, descriptions: Record<keyof S & string, string>): Parameter[] {
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    in: "query",
    description: descriptions[name as keyof S & string],
    schema: jsonSchema(schema, "input"),
  }));
}

const PAGING = { page: "Page number, from 1.", per_page: "Items per page (at most 100)." };
const DIALOGUE = "Only this dialogue (its id, e.g. japan-uk).";

const pagedOf = (item: string) => ({
  type: "object",
  required: ["data", "meta", "links"],
  properties: { data: { type: "array", items: ref(item) }, meta: ref("PageMeta"), links: ref("PageLinks") },
});

const jsonError = (description: string) => ({ description, content: { "application/json": { schema: ref("Error") } } });
const readErrors = {
  "400": jsonError("A query parameter is not valid; `details` names each one."),
  "401": jsonError("This deployment requires sign-in to read (READ_REQUIRES_SIGN_IN=true)."),
};
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
const idParam: Parameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The pledge's id (e.g. jpuk-jnaam).",
  schema: { type: "string" },
};
const body = (schema: z.ZodType) => ({
  required: true,
  content: { "application/json": { schema: jsonSchema(schema, "input") } },
});
const dataOf = (item: string) => ({ type: "object", required: ["data"], properties: { data: ref(item) } });

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
        parameters: queryParameters(pledgeApiParams, {
          ...PAGING,
          dialogue: DIALOGUE,
          meeting: "Only pledges made at this meeting (id).",
          area: "Only this area (id).",
          status: "Only this current status.",
          side: "Who undertakes the pledge (partner = the dialogue's other country).",
          tag: "Only pledges with this tag (id).",
          q: "Words in the title or text.",
          overdue: "Only open pledges that a report after their target date found unfinished.",
          unconfirmed: "Only open pledges past their target date with no later report (past target, unconfirmed).",
          gap: "Pledges past target, unconfirmed, that fall in a gap of the collection (a meeting expected to report on them is recorded without its statement): exclude leaves them out, only lists just them (the page's total is their number).",
          from: "Only pledges made at meetings on or after this day.",
          to: "Only pledges made at meetings on or before this day.",
          asof: "As of this meeting (id): only the pledges made by then, and `status` is their status as of that meeting.",
        }),
        responses: {
          "200": {
            description: "A page of pledges, in id order.",
            content: { "application/json": { schema: pagedOf("Pledge") } },
          },
          ...readErrors,
        },
      },
    },
    "/api/v1/pledges/{id}": {
      get: {
        summary: "One pledge with its status history",
        operationId: "getPledge",
        parameters: [idParam],
        responses: {
          "200": { description: "The pledge.", content: { "application/json": { schema: dataOf("Pledge") } } },
          "404": jsonError("No pledge has this id."),
          "401": readErrors["401"],
        },
      },
      patch: {
        summary: "Change some fields of a pledge (editors)",
        operationId: "updatePledge",
        security: session,
        parameters: [idParam],
        requestBody: body(ZPledgePatchBody),
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
        requestBody: body(ZStatusUpdateBody),
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
        parameters: queryParameters(meetingApiParams, { ...PAGING, dialogue: DIALOGUE }),
        responses: {
          "200": {
            description: "A page of meetings.",
            content: { "application/json": { schema: pagedOf("Meeting") } },
          },
          ...readErrors,
        },
      },
    },
    "/api/v1/areas": {
      get: {
        summary: "List the cooperation areas with pledge counts by current status",
        operationId: "listAreas",
        parameters: queryParameters(areaApiParams, { ...PAGING, dialogue: DIALOGUE }),
        responses: {
          "200": {
            description: "A page of areas, in taxonomy order.",
            content: { "application/json": { schema: pagedOf("Area") } },
          },
          ...readErrors,
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
    schemas: componentSchemas(),
  },
};

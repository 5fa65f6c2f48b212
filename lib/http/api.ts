import { z } from "zod";
import { ZIsoDate, ZSide, ZStatus } from "@/lib/validation/common";
import type { PledgeFilters } from "@/lib/data/filters";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

// Shared by the public read-only API's route handlers (/api/v1/...): query parsing, paging,
// and JSON responses that any site may read (CORS).

export const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Cache-Control": "public, max-age=60",
};

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: API_HEADERS });
}

export function apiError(status: 400 | 401 | 403 | 404 | 503, message: string, details?: Record<string, string[]>): Response {
  return apiJson({ error: { status, message, ...(details ? { details } : {}) } }, status);
}

// A route handler that answers 503 (with Retry-After) rather than 500 when the database is
// down or restarting; any other error is still a bug and stays a 500.
export function withDatabase<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const response = apiError(503, "The database is unavailable at the moment. Try again in a few seconds.");
      response.headers.set("Retry-After", "5");
      response.headers.set("Cache-Control", "no-store");
      return response;
    }
  };
}

const ZPage = z.coerce.number({ message: "must be a whole number" }).int("must be a whole number").min(1, "must be 1 or more").default(1);
const ZPerPage = z.coerce.number({ message: "must be a whole number" }).int("must be a whole number").min(1, "must be 1 or more").max(100, "must be 100 or less").default(25);
const ZText = z.string().trim().min(1).max(200).optional();

export const ZPaging = z.object({ page: ZPage, per_page: ZPerPage });

export const ZPledgeQuery = ZPaging.extend({
  dialogue: ZText,
  meeting: ZText,
  area: ZText,
  status: ZStatus.optional(),
  side: ZSide.optional(),
  tag: ZText,
  q: ZText,
  overdue: z.enum(["1", "true", "0", "false"], { message: "use true or false" }).optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});

export const ZMeetingQuery = ZPaging.extend({ dialogue: ZText });
export const ZAreaQuery = ZPaging.extend({ dialogue: ZText });

// Parses a query string with `schema`, or answers 400 naming each bad parameter.
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): { ok: true; data: z.output<S> } | { ok: false; response: Response } {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (parsed.success) return { ok: true, data: parsed.data };
  const details: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (details[issue.path.join(".") || "query"] ??= []).push(issue.message);
  return { ok: false, response: apiError(400, "Some query parameters are not valid.", details) };
}

export function pledgeFiltersFrom(q: z.output<typeof ZPledgeQuery>): PledgeFilters {
  return {
    dialogue: q.dialogue,
    meeting: q.meeting,
    area: q.area,
    status: q.status,
    side: q.side,
    tag: q.tag,
    q: q.q,
    overdue: q.overdue === "1" || q.overdue === "true" || undefined,
    from: q.from,
    to: q.to,
  };
}

// The page envelope every list endpoint returns: data, counts, and links to the other pages.
export function paged<T>(request: Request, data: T[], total: number, page: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const link = (p: number) => {
    const url = new URL(request.url);
    url.searchParams.set("page", String(p));
    url.searchParams.set("per_page", String(perPage));
    return `${url.pathname}${url.search}`;
  };
  return {
    data,
    meta: { page, perPage, total, pages },
    links: { self: link(page), first: link(1), last: link(pages), prev: page > 1 ? link(page - 1) : null, next: page < pages ? link(page + 1) : null },
  };
}

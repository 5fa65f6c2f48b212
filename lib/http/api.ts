import { parseSearchParams, problemDetails, type ParamShape, type ParamValues } from "@/lib/validation/search-params";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { readRequiresSignIn } from "@/lib/auth/read-policy";

// Shared by the public read-only API's route handlers (/api/v1/...): query parsing, paging,
// and JSON responses that any site may read (CORS).

export const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
};

// Open data may sit in shared caches for a minute; data behind sign-in only in the reader's
// own browser, keyed by its cookie, and checked again each time.
function cacheHeaders(): Record<string, string> {
  return readRequiresSignIn()
    ? { "Cache-Control": "private, no-cache", Vary: "Cookie" }
    : { "Cache-Control": "public, max-age=60" };
}

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { ...API_HEADERS, ...cacheHeaders() } });
}

export function apiError(
  status: 400 | 401 | 403 | 404 | 503,
  message: string,
  details?: Record<string, string[]>,
): Response {
  return apiJson({ error: { status, message, ...(details ? { details } : {}) } }, status);
}

// Parses a request's query with a route's parameter shape, or answers 400 naming every bad
// or unknown parameter.
export function parseQuery<S extends ParamShape>(
  request: Request,
  shape: S,
): { ok: true; data: ParamValues<S> } | { ok: false; response: Response } {
  const parsed = parseSearchParams(shape, new URL(request.url).searchParams);
  if (!parsed.problems.length && !parsed.unknown.length) return { ok: true, data: parsed.data };
  return { ok: false, response: apiError(400, "Some query parameters are not valid.", problemDetails(parsed)) };
}

// A route handler that answers 503 (with Retry-After) rather than 500 when the database is
// down or restarting; any other error is still a bug and stays a 500.
export function withDatabase<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
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
    links: {
      self: link(page),
      first: link(1),
      last: link(pages),
      prev: page > 1 ? link(page - 1) : null,
      next: page < pages ? link(page + 1) : null,
    },
  };
}

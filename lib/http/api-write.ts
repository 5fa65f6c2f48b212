import "server-only";
import { withoutRedirect } from "@/lib/actions/core/effects";
import type { ActionFailure, ActionResult } from "@/lib/actions/core/result";

// The authenticated write API (/api/v1, POST/PATCH): JSON in, JSON out, and the very same
// server actions as the forms (role check against the database, zod, one transaction with
// its audit event, version checks). Answers are never cached and carry no CORS grant, so
// only this site's pages or non-browser clients holding a session cookie can write.

const WRITE_HEADERS = { "Cache-Control": "no-store" };
const MAX_BODY_BYTES = 64 * 1024;

type ErrorStatus = ActionFailure["status"] | 413 | 415;

export function writeError(
  status: ErrorStatus,
  message: string,
  extra: { details?: Record<string, string[]>; conflict?: unknown } = {},
): Response {
  const details = extra.details && Object.keys(extra.details).length > 0 ? { details: extra.details } : {};
  const conflict = extra.conflict ? { conflict: extra.conflict } : {};
  return Response.json({ error: { status, message, ...details, ...conflict } }, { status, headers: WRITE_HEADERS });
}

// The request's JSON object body, or the answer refusing it: a browser page of another site
// (Origin not this host), not JSON, too large, or not an object.
export async function readJsonBody(
  request: Request,
): Promise<{ ok: true; body: Record<string, unknown> } | { ok: false; response: Response }> {
  const origin = request.headers.get("origin");
  if (origin !== null) {
    let sameHost = false;
    try {
      sameHost = new URL(origin).host === request.headers.get("host");
    } catch {
      sameHost = false;
    }
    if (!sameHost)
      return { ok: false, response: writeError(403, "Writes are accepted from this site's own pages only.") };
  }
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type))
    return { ok: false, response: writeError(415, "Send the body as JSON (Content-Type: application/json).") };
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    return { ok: false, response: writeError(413, "The body is too large.") };
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return { ok: false, response: writeError(413, "The body is too large.") };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, response: writeError(400, "The body is not valid JSON.") };
  }
  if (!body || typeof body !== "object" || Array.isArray(body))
    return { ok: false, response: writeError(400, "The body must be a JSON object.") };
  return { ok: true, body: body as Record<string, unknown> };
}

// Fields of `body` outside `allowed`, as a 422 naming each one (a typo must not be ignored).
export function unknownFields(body: Record<string, unknown>, allowed: readonly string[]): Response | null {
  const extra = Object.keys(body).filter((key) => !allowed.includes(key));
  if (extra.length === 0) return null;
  return writeError(422, "Some fields need attention.", {
    details: Object.fromEntries(extra.map((key) => [key, ["This field is not accepted here"]])),
  });
}

// Runs a server action for the API: its refusal becomes the HTTP status it names (401, 403,
// 404, 409 with the conflicting change, 422 with field errors, 503), success `status`.
export async function answerWithAction<T>(run: () => Promise<ActionResult<T>>, status: 200 | 201): Promise<Response> {
  const result = await withoutRedirect(run);
  if (result.ok)
    return Response.json({ data: result.data, message: result.message }, { status, headers: WRITE_HEADERS });
  return writeError(result.status, result.message, { details: result.fieldErrors, conflict: result.conflict });
}

import { cachedResponse } from "@/lib/http/response-cache";
import { listMeetingRecords } from "@/lib/data/meetings";
import { API_HEADERS, apiJson, paged, parseQuery, withDatabase } from "@/lib/http/api";
import { meetingApiParams } from "@/lib/validation/api-params";
import { readAccessDenied } from "@/lib/http/read-access";

// GET /api/v1/meetings: meetings oldest first, with their source documents and counts.
export const GET = withDatabase(async (request: Request) => {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseQuery(request, meetingApiParams);
  if (!query.ok) return query.response;
  return cachedResponse(request, async () => {
    const { page, per_page: perPage, dialogue } = query.data;
    const { total, records } = await listMeetingRecords(dialogue, page, perPage);
    return apiJson(paged(request, records, total, page, perPage));
  });
});

export function OPTIONS() {
  return new Response(null, { status: 204, headers: API_HEADERS });
}

import { cachedResponse } from "@/lib/http/response-cache";
import { listAreaRecords } from "@/lib/data/areas";
import { API_HEADERS, apiJson, paged, parseQuery, withDatabase } from "@/lib/http/api";
import { areaApiParams } from "@/lib/validation/api-params";
import { readAccessDenied } from "@/lib/http/read-access";

// GET /api/v1/areas: the area taxonomy with pledge counts by current status.
export const GET = withDatabase(async (request: Request) => {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseQuery(request, areaApiParams);
  if (!query.ok) return query.response;
  return cachedResponse(request, async () => {
    const { page, per_page: perPage, dialogue } = query.data;
    const { total, records } = await listAreaRecords(dialogue, page, perPage);
    return apiJson(paged(request, records, total, page, perPage));
  });
});

export function OPTIONS() {
  return new Response(null, { status: 204, headers: API_HEADERS });
}

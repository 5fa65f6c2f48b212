import { cachedResponse } from "@/lib/http/response-cache";
import { listPledgeRecords } from "@/lib/data/pledges";
import { API_HEADERS, apiJson, paged, parseQuery, withDatabase } from "@/lib/http/api";
import { pledgeApiParams } from "@/lib/validation/api-params";
import { readAccessDenied } from "@/lib/http/read-access";

// GET /api/v1/pledges: pledges with their status history, filtered and paginated (id order).
export const GET = withDatabase(async (request: Request) => {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseQuery(request, pledgeApiParams);
  if (!query.ok) return query.response;
  return cachedResponse(request, async () => {
    const { page, per_page: perPage, ...filters } = query.data;
    const { total, records } = await listPledgeRecords(filters, page, perPage);
    return apiJson(paged(request, records, total, page, perPage));
  });
});

export function OPTIONS() {
  return new Response(null, { status: 204, headers: API_HEADERS });
}

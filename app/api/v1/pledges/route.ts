import { listPledgeRecords } from "@/lib/data/pledge-records";
import { API_HEADERS, ZPledgeQuery, apiJson, paged, parseQuery, pledgeFiltersFrom, withDatabase } from "@/lib/http/api";
import { readAccessDenied } from "@/lib/http/read-access";

// GET /api/v1/pledges: pledges with their status history, filtered and paginated (id order).
export const GET = withDatabase(async (request: Request) => {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseQuery(request, ZPledgeQuery);
  if (!query.ok) return query.response;
  const { page, per_page: perPage } = query.data;
  const { total, records } = await listPledgeRecords(pledgeFiltersFrom(query.data), page, perPage);
  return apiJson(paged(request, records, total, page, perPage));
});

export function OPTIONS() {
  return new Response(null, { status: 204, headers: API_HEADERS });
}

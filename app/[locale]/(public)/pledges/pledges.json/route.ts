import { jsonExportResponse } from "@/lib/import-export/export";
import { parseDownloadQuery } from "@/lib/http/download-query";
import { readAccessDenied } from "@/lib/http/read-access";
import { downloadRefused } from "@/lib/http/download-limit";
import { pledgeFilterParams } from "@/lib/validation/pledge-filters";

// JSON download of the pledges matching the pledges page's filters, with their status history.
export async function GET(request: Request) {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseDownloadQuery(request, pledgeFilterParams);
  if (!query.ok) return query.response;
  const refused = await downloadRefused(request);
  if (refused) return refused;
  return jsonExportResponse(query.data);
}

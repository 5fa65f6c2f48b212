import { exportFilters, jsonExportResponse } from "@/lib/export/pledge-export";
import { readAccessDenied } from "@/lib/http/read-access";

// JSON download of the pledges matching the pledges page's filters, with their status history.
export async function GET(request: Request) {
  return (await readAccessDenied()) ?? jsonExportResponse(exportFilters(request));
}

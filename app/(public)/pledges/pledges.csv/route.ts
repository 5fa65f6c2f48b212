import { csvExportResponse, exportFilters } from "@/lib/export/pledge-export";
import { readAccessDenied } from "@/lib/http/read-access";

// CSV download of the pledges matching the pledges page's filters (the file the import reads).
export async function GET(request: Request) {
  return (await readAccessDenied()) ?? csvExportResponse(exportFilters(request));
}

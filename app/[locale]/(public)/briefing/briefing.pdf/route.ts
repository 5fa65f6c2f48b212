import { cachedResponse } from "@/lib/http/response-cache";
import { briefingForRequest } from "@/lib/briefing/file";
import { parseDownloadQuery } from "@/lib/http/download-query";
import { readAccessDenied } from "@/lib/http/read-access";
import { downloadRefused } from "@/lib/http/download-limit";
import { briefingParams } from "@/lib/validation/briefing";
import { briefingPdfStream } from "@/lib/briefing/pdf";

// The briefing as a PDF download (same query parameters as the /briefing page).
export async function GET(request: Request) {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseDownloadQuery(request, briefingParams);
  if (!query.ok) return query.response;
  const refused = await downloadRefused(request);
  if (refused) return refused;
  return cachedResponse(request, async () => {
    const briefing = await briefingForRequest(request, query.data);
    if (!briefing) return new Response("No dialogue to brief on: the database holds none.", { status: 404 });
    return new Response(briefingPdfStream(briefing.doc, briefing.origin), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${briefing.fileName}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

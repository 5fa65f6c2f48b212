import { cachedResponse } from "@/lib/http/response-cache";
import { briefingForRequest, downloadLocale, noBriefing } from "@/lib/briefing/file";
import { parseDownloadQuery } from "@/lib/http/download-query";
import { readAccessDenied } from "@/lib/http/read-access";
import { downloadRefused } from "@/lib/http/download-limit";
import { briefingParams } from "@/lib/validation/briefing";
import { briefingPdfStream } from "@/lib/briefing/pdf";

// The briefing as a PDF download (same query parameters as the /briefing page), in the
// language of the route: Japanese in an embedded Japanese font.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseDownloadQuery(request, briefingParams);
  if (!query.ok) return query.response;
  const refused = await downloadRefused(request);
  if (refused) return refused;
  const locale = await downloadLocale(params);
  return cachedResponse(request, async () => {
    const briefing = await briefingForRequest(request, query.data, locale);
    if (!briefing) return noBriefing(locale);
    return new Response(briefingPdfStream(briefing.doc, briefing.origin), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${briefing.fileName}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

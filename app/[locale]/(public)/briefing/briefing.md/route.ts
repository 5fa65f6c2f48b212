import { cachedResponse } from "@/lib/http/response-cache";
import { briefingForRequest, downloadLocale, noBriefing } from "@/lib/briefing/file";
import { parseDownloadQuery } from "@/lib/http/download-query";
import { readAccessDenied } from "@/lib/http/read-access";
import { briefingParams } from "@/lib/validation/briefing";
import { briefingToMarkdown } from "@/lib/briefing/markdown";

// The briefing as a Markdown download (same query parameters as the /briefing page), in the
// language of the route.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseDownloadQuery(request, briefingParams);
  if (!query.ok) return query.response;
  const locale = await downloadLocale(params);
  return cachedResponse(request, async () => {
    const briefing = await briefingForRequest(request, query.data, locale);
    if (!briefing) return noBriefing(locale);
    return new Response(briefingToMarkdown(briefing.doc, briefing.origin), {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${briefing.fileName}.md"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

import { cachedResponse } from "@/lib/http/response-cache";
import { briefingForRequest } from "@/lib/briefing/file";
import { parseDownloadQuery } from "@/lib/http/download-query";
import { readAccessDenied } from "@/lib/http/read-access";
import { briefingParams } from "@/lib/validation/briefing";
import { briefingToMarkdown } from "@/lib/briefing/markdown";

// The briefing as a Markdown download (same query parameters as the /briefing page).
export async function GET(request: Request) {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const query = parseDownloadQuery(request, briefingParams);
  if (!query.ok) return query.response;
  return cachedResponse(request, async () => {
    const briefing = await briefingForRequest(request, query.data);
    if (!briefing) return new Response("No dialogue to brief on: the database holds none.", { status: 404 });
    return new Response(briefingToMarkdown(briefing.doc, briefing.origin), {
      headers: {
        "Content-Type": "text/markdown; charset=utf-8",
        "Content-Disposition": `attachment; filename="${briefing.fileName}.md"`,
        "Cache-Control": "no-store",
      },
    });
  });
}

import { briefingForRequest } from "@/lib/export/briefing-file";
import { readAccessDenied } from "@/lib/http/read-access";
import { briefingToPdf } from "@/lib/export/briefing-pdf";

// The briefing as a PDF download (same query parameters as the /briefing page).
export async function GET(request: Request) {
  const denied = await readAccessDenied();
  if (denied) return denied;
  const briefing = await briefingForRequest(request);
  if (!briefing) return new Response("No dialogue to brief on: the database holds none.", { status: 404 });
  const pdf = await briefingToPdf(briefing.doc, briefing.origin);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${briefing.fileName}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}

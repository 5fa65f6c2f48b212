import "server-only";
import { getBriefingData } from "@/lib/data/cached";
import { resolveBriefingParams } from "@/lib/briefing/data";
import { buildBriefing, type BriefingDoc } from "@/lib/briefing/document";

// Shared by the Markdown and PDF downloads: the briefing a request asks for, and a file name.
export async function briefingForRequest(
  request: Request,
  params: Parameters<typeof resolveBriefingParams>[0],
): Promise<{ doc: BriefingDoc; fileName: string; origin: string } | null> {
  const resolved = await resolveBriefingParams(params);
  if (!resolved.dialogueId) return null;
  const data = await getBriefingData({ dialogueId: resolved.dialogueId, asOf: resolved.asOf, areaId: resolved.areaId });
  if (!data) return null;
  const doc = buildBriefing(data, resolved.form);
  const part = doc.listing ? `-full-${doc.listing.page}` : "";
  const fileName = `briefing-${data.dialogue.id}${data.area ? `-${data.area.id}` : ""}-${data.asOf}${part}`;
  return { doc, fileName, origin: publicOrigin(request) };
}

// The origin the reader used (behind a proxy, the forwarded one), for absolute links in files.
function publicOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(/:$/, "");
  return `${proto.split(",")[0]!.trim()}://${host.split(",")[0]!.trim()}`;
}

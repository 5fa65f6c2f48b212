import "server-only";
import { getBriefingData } from "@/lib/data/cached";
import { resolveBriefingParams } from "@/lib/briefing/data";
import { buildBriefing, type BriefingDoc } from "@/lib/briefing/document";
import { publicOrigin } from "@/lib/http/public-origin";

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

import "server-only";
import { hasLocale } from "next-intl";
import { getBriefingData } from "@/lib/data/cached";
import { resolveBriefingParams } from "@/lib/briefing/data";
import { briefingWords, buildBriefing, type BriefingDoc } from "@/lib/briefing/document";
import { publicOrigin } from "@/lib/http/public-origin";
import { routing, type Locale } from "@/lib/i18n/routing";

// The language of a download: its route's [locale] segment (the proxy sends every path to one).
export async function downloadLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

// The answer when there is nothing to brief on, in the reader's language.
export function noBriefing(locale: Locale): Response {
  return new Response(briefingWords(locale).t("noDialogue"), { status: 404 });
}

// Shared by the Markdown and PDF downloads: the briefing a request asks for, in the reader's
// language, and a file name.
export async function briefingForRequest(
  request: Request,
  params: Parameters<typeof resolveBriefingParams>[0],
  locale: Locale,
): Promise<{ doc: BriefingDoc; fileName: string; origin: string } | null> {
  const resolved = await resolveBriefingParams(params);
  if (!resolved.dialogueId) return null;
  const data = await getBriefingData({ dialogueId: resolved.dialogueId, asOf: resolved.asOf, areaId: resolved.areaId });
  if (!data) return null;
  const doc = buildBriefing(data, resolved.form, locale);
  const part = doc.listing ? `-full-${doc.listing.page}` : "";
  // A language other than English is named, so the two downloads of a day keep apart.
  const language = locale === routing.defaultLocale ? "" : `-${locale}`;
  const fileName = `briefing-${data.dialogue.id}${data.area ? `-${data.area.id}` : ""}-${data.asOf}${part}${language}`;
  return { doc, fileName, origin: publicOrigin(request) };
}

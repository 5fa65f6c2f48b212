import { parseSearchParams, problemLines, type ParamShape, type ParamValues } from "@/lib/validation/search-params";

// Downloads (CSV, JSON, Markdown, PDF) parse their page's parameter shape and refuse a
// malformed value with a 400 naming every problem: a file silently made from other filters
// than the reader asked for would be worse than none. Unknown names are ignored, as on pages.
export function parseDownloadQuery<S extends ParamShape>(
  request: Request,
  shape: S,
): { ok: true; data: ParamValues<S> } | { ok: false; response: Response } {
  const parsed = parseSearchParams(shape, new URL(request.url).searchParams);
  if (!parsed.problems.length) return { ok: true, data: parsed.data };
  const body = ["Some query parameters are not valid:", ...problemLines(parsed.problems)].join("\n");
  return {
    ok: false,
    response: new Response(`${body}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    }),
  };
}

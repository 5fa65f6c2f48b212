import "server-only";
import { readRequiresSignIn } from "@/lib/auth/read-policy";
import { currentStamp } from "@/lib/data/aggregate-cache";

// Route handlers' answers rendered once per version of the data: the bytes of a public GET
// answer are kept, keyed on its path and query, with the data_version stamp they were made
// at (lib/data/aggregate-cache.ts). Each request reads the stamp (one single-row read), so
// any commit, from this instance, another one or a script, makes the next request render
// afresh: no instance serves an answer older than the last commit it can see. Concurrent
// requests for a missing answer share one rendering. Signed-in readers (a session cookie)
// and deployments where reading needs an account are never served from, nor fill, the cache.

type Stored = { status: number; headers: [string, string][]; body: Uint8Array };
type Entry = { stamp: string; value: Promise<Stored | null> };

const MAX_ENTRIES = 400;
// Answers larger than this are not kept (exports stream instead; a summary PDF is ~0.1 MB).
const MAX_BODY_BYTES = 2_000_000;
const holder = globalThis as unknown as { responseCache?: Map<string, Entry> };
const entries = (holder.responseCache ??= new Map<string, Entry>());

const SESSION_COOKIE = /(^|;\s*)(__Secure-|__Host-)?next-auth\.session-token[.=]/;
// Turned off with RESPONSE_CACHE=off (as AGGREGATE_CACHE=off turns off the aggregates').
const enabled = () => process.env.RESPONSE_CACHE !== "off" && process.env.AGGREGATE_CACHE !== "off";

export const RENDER_CACHE_HEADER = "X-Render-Cache";

// The path and query, and the origin the reader used (the briefing files link back to it).
function keyOf(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.sort();
  const h = request.headers;
  const origin = `${h.get("x-forwarded-proto") ?? ""}://${h.get("x-forwarded-host") ?? h.get("host") ?? url.host}`;
  return `${origin}${url.pathname}?${url.searchParams}`;
}

async function store(response: Response): Promise<Stored | null> {
  if (response.status !== 200) return null;
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.byteLength > MAX_BODY_BYTES) return null;
  return { status: response.status, headers: [...response.headers], body };
}

function answer(stored: Stored, how: "hit" | "miss"): Response {
  const headers = new Headers(stored.headers);
  headers.set(RENDER_CACHE_HEADER, how);
  return new Response(stored.body.slice(), { status: stored.status, headers });
}

// `render`'s answer to `request`, from the cache when the data has not changed since.
export async function cachedResponse(request: Request, render: () => Promise<Response>): Promise<Response> {
  if (!enabled() || request.method !== "GET" || readRequiresSignIn()) return render();
  if (SESSION_COOKIE.test(request.headers.get("cookie") ?? "")) return render();
  const stamp = await currentStamp();
  const key = keyOf(request);
  const hit = entries.get(key);
  if (hit?.stamp === stamp) {
    const stored = await hit.value;
    if (stored) return answer(stored, "hit");
  }
  // Not shared: a non-200 or oversized answer is handed back as rendered, never kept.
  let own: Response | undefined;
  const value = render().then((response) => {
    if (response.status !== 200) {
      own = response;
      return null;
    }
    return store(response);
  });
  const entry: Entry = { stamp, value };
  entries.delete(key);
  entries.set(key, entry);
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  value.then(
    (stored) => {
      if (!stored && entries.get(key) === entry) entries.delete(key);
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  const stored = await value;
  if (stored) return answer(stored, "miss");
  if (own) return own;
  // Rendered fine but too large to keep: render again, streamed (rare: large answers).
  return render();
}

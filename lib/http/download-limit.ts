import "server-only";
import { db } from "@/lib/db/client";
import { requestClientAddress } from "@/lib/http/client-address";

// A per-client limit on the expensive downloads (briefing PDF, CSV and JSON exports): at most
// DOWNLOAD_LIMIT_PER_MINUTE (default 30; 0 turns it off) per client address and calendar
// minute, counted in PostgreSQL (download_requests) so that every instance shares the count.

const limitPerMinute = () => {
  const raw = Number(process.env.DOWNLOAD_LIMIT_PER_MINUTE ?? 30);
  return Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : 30;
};

// Counts one download by `client`; returns how many it has made in this minute.
async function countDownload(client: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO download_requests (client, window_start, count)
    VALUES (${client}, date_trunc('minute', now()), 1)
    ON CONFLICT (client, window_start) DO UPDATE SET count = download_requests.count + 1
    RETURNING count`;
  const count = row?.count ?? 1;
  // A client's first download of a minute clears out old minutes (an index range delete).
  if (count === 1)
    await db.$executeRaw`DELETE FROM download_requests WHERE window_start < now() - interval '10 minutes'`;
  return count;
}

// A 429 answer when the client has used up its downloads for this minute, else null.
export async function downloadRefused(request: Request): Promise<Response | null> {
  const limit = limitPerMinute();
  if (limit === 0) return null;
  const client = requestClientAddress(request.headers) ?? "unknown";
  const count = await countDownload(client);
  if (count <= limit) return null;
  const retryAfter = 60 - new Date().getUTCSeconds();
  return new Response(
    `Too many downloads from your address: at most ${limit} a minute. Try again in ${retryAfter} seconds.\n`,
    {
      status: 429,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Retry-After": String(retryAfter),
        "Cache-Control": "no-store",
      },
    },
  );
}

// Figures of `npm run load`: HTTP latency per route with autocannon, PostgreSQL's own time
// on a page's queries (pg_stat_statements), and the JavaScript a page makes the browser load.
import zlib from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";

export type RouteFigures = {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  non2xx: number;
  errors: number;
};

// One request, read to the end; retried once when a kept-alive socket was closed under it
// (the server drops idle keep-alive sockets after 5 s, a race undici can lose).
async function load(url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(180_000) }).then((r) => r.arrayBuffer());
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

type Run = { latencies: number[]; result: autocannon.Result };

function run(options: autocannon.Options): Promise<Run> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve({ latencies, result })));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

// `connections` clients requesting `url` back to back for `seconds` (after one warm-up call).
// autocannon drops the requests still running when the time is up, so a page slower than
// that would have no figures: it is measured again by a fixed number of requests that all
// complete.
export async function measureRoute(url: string, connections: number, seconds: number): Promise<RouteFigures> {
  await load(url);
  let measured = await run({ url, connections, duration: seconds, timeout: 120 });
  if (measured.latencies.length < Math.min(connections, 20))
    measured = await run({ url, connections, amount: Math.max(connections, 20), timeout: 120 });
  const { latencies, result } = measured;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / result.duration,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

// Milliseconds PostgreSQL spent executing the queries of one request to `url` (median of
// `rounds` sequential requests), read from pg_stat_statements: the bare SQL time beside the
// page's own latency, whatever queries the page makes.
export async function sqlTimePerRequest(databaseUrl: string, url: string, rounds: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
    const samples: number[] = [];
    for (let i = 0; i < rounds; i++) {
      await client.query(`SELECT pg_stat_statements_reset()`);
      await load(url);
      const { rows } = await client.query<{ ms: number | null }>(
        `SELECT sum(total_exec_time)::float8 AS ms FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query NOT ILIKE '%pg_stat_statements%'`,
      );
      samples.push(rows[0]?.ms ?? 0);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)]!;
  } finally {
    await client.end();
  }
}

// kB of gzipped JavaScript a page's HTML makes the browser load: every script chunk it
// references (<script src>, and <link rel=preload|modulepreload as=script>), each gzipped.
export async function pageJavaScriptKb(origin: string, path: string): Promise<{ kb: number; chunks: number }> {
  const html = await fetch(`${origin}${path}`).then((r) => r.text());
  const urls = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) urls.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*>/g)) {
    const tag = m[0];
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\sas="script"|rel="modulepreload"/.test(tag)) urls.add(href);
  }
  let bytes = 0;
  for (const src of urls) {
    const res = await fetch(new URL(src.replace(/&amp;/g, "&"), origin));
    const body = Buffer.from(await res.arrayBuffer());
    bytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { kb: bytes / 1024, chunks: urls.size };
}

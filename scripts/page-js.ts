// Measures the JavaScript a page's first load costs: every script chunk its HTML references
// (<script src>, and scripts it preloads), fetched from a running app and gzipped.
// `npx tsx scripts/page-js.ts http://127.0.0.1:3000 / /charts` prints one line per page;
// the load report (issue 10) imports pageJs() for its dashboard_js_kb figure. With `--drawn`
// it also opens each page in Chromium and adds what the page fetches until its recharts
// charts have drawn (recharts is loaded lazily, after the first load).
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";

// gzipKb counts every chunk the HTML references (issue 10's measure); nomoduleGzipKb is the
// part that is `<script nomodule>` polyfills, which browsers that run modules never fetch.
export type PageJs = { path: string; chunks: number; rawKb: number; gzipKb: number; nomoduleGzipKb: number };

// The script URLs a page's HTML references, in order, without duplicates.
export function scriptUrls(html: string, pageUrl: string, only: "all" | "nomodule" = "all"): string[] {
  const found = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1];
    if (only === "nomodule" && !/\snomodule\b/i.test(tag)) continue;
    if (src) found.add(new URL(src.replace(/&amp;/g, "&"), pageUrl).href);
  }
  if (only === "nomodule") return [...found];
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const isScript = /\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag);
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    if (isScript && href) found.add(new URL(href.replace(/&amp;/g, "&"), pageUrl).href);
  }
  return [...found];
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function pageJs(origin: string, path: string): Promise<PageJs> {
  const pageUrl = new URL(path, origin).href;
  const html = await fetchText(pageUrl);
  const urls = scriptUrls(html, pageUrl);
  const nomodule = new Set(scriptUrls(html, pageUrl, "nomodule"));
  const bodies = await Promise.all(urls.map(fetchText));
  const gzipped = bodies.map((b) => gzipSync(b, { level: 9 }).length);
  const raw = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const gzip = gzipped.reduce((n, b) => n + b, 0);
  const polyfills = gzipped.reduce((n, b, i) => n + (nomodule.has(urls[i]!) ? b : 0), 0);
  return { path, chunks: urls.length, rawKb: kb(raw), gzipKb: kb(gzip), nomoduleGzipKb: kb(polyfills) };
}

// Every module script a page fetches in Chromium until its charts (`.recharts-surface`) have
// drawn and the network is idle, gzipped: the first load plus the lazily loaded charts.
async function drawnPageJs(origin: string, path: string): Promise<{ chunks: number; gzipKb: number }> {
  const { chromium } = await import("@playwright/test");
  const { findChromium } = await import("../tests/support/chromium");
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ["--headless", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    const bodies = new Map<string, Promise<Buffer>>();
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.set(response.url(), response.body());
    });
    await page.goto(new URL(path, origin).href);
    await page.locator(".recharts-surface").first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState("networkidle");
    const all = await Promise.all(bodies.values());
    return { chunks: all.length, gzipKb: kb(all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0)) };
  } finally {
    await browser.close();
  }
}

async function main() {
  const args = process.argv.slice(2);
  const drawn = args.includes("--drawn");
  const [origin = `http://127.0.0.1:${process.env.PORT ?? 3000}`, ...paths] = args.filter((a) => a !== "--drawn");
  for (const path of paths.length ? paths : ["/"]) {
    const r = await pageJs(origin, path);
    const after = drawn ? await drawnPageJs(origin, path) : null;
    console.log(
      `page_js: path=${r.path} chunks=${r.chunks} raw_kb=${r.rawKb} gzip_kb=${r.gzipKb} of_which_nomodule_gzip_kb=${r.nomoduleGzipKb}` +
        (after ? ` drawn_chunks=${after.chunks} drawn_gzip_kb=${after.gzipKb}` : ""),
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

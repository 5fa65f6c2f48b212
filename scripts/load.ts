// `npm run load`: the app as users meet it. Builds the app, and for each size in LOAD_SIZES
// (default 100000x10: pledges x status updates each) fills a scratch embedded PostgreSQL,
// starts `next start`, and
//   1. drives every main page over HTTP with autocannon at concurrency 1, 10 and 50, beside
//      the time PostgreSQL itself spent on each page's queries (pg_stat_statements);
//   2. runs 50 editors writing through the write API while readers load pages, then checks
//      every accepted write (lost updates, audit events, 5xx);
//   3. starts a second instance on the same database: a session from one valid on the other,
//      sign-in limits shared; then puts nginx in front of both (TRUST_PROXY=true) and runs
//      readers and the editors through it, and times the first read after each of 20 writes
//      (cold_p95: what the first reader after a write pays);
//   4. stops the database for a few seconds mid-load and measures the recovery.
// Prints figures and, last, one summary line. Asserts nothing (timings depend on the machine).
import crypto from "node:crypto";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "@/lib/db/local-paths";
import { parseSizes, sizeLabel } from "./synthetic/generate";
import { startApp, type AppInstance } from "./load/app-server";
import { prepareLoadData, startLoadDatabase, type LoadDatabase } from "./load/database";
import { editOnce, emptyTally, findHotPledges } from "./load/editors";
import { measureRoute, pageJavaScriptKb, sqlTimePerRequest, type RouteFigures } from "./load/measure";
import { runOutage } from "./load/outage";
import { startProxy, type Proxy } from "./load/proxy";
import { editorsUnderLoad, sharedStateAcrossInstances, signInEditors } from "./load/scenarios";

const sizes = parseSizes(process.env.LOAD_SIZES ?? "100000x10");
const concurrencies = (process.env.LOAD_CONCURRENCY ?? "1,10,50").split(",").map(Number);
const seconds = Number(process.env.LOAD_SECONDS ?? 8);
const editorCount = Number(process.env.LOAD_EDITORS ?? 50);
const appPorts = [Number(process.env.LOAD_PORT ?? 4200), Number(process.env.LOAD_PORT ?? 4200) + 1];
const pgPort = Number(process.env.LOAD_PG_PORT ?? 54800);
const proxyPort = Number(process.env.LOAD_PROXY_PORT ?? 4280);
// A latency figure; "timeout" when no request of the run completed within autocannon's timeout.
const ms = (x: number) => (Number.isNaN(x) ? "timeout" : x.toFixed(0));
const distDir = process.env.LOAD_DIST_DIR ?? ".next-load";
const logDir = path.join(DATA_DIR, "load-logs");
const log = (message: string) => console.error(`[load] ${message}`);

// The routes measured: [report name, summary key, path] on the synthetic data set.
const ROUTES: [string, string | null, string][] = [
  ["dashboard", "dashboard", "/en"],
  ["pledges: filtered", "list", "/en/pledges?dialogue=d1&area=a3&status=in_progress"],
  ["pledges: search", null, "/en/pledges?q=number%2077"],
  ["pledge page", "pledge", "/en/pledges/x42"],
  ["matrix", "matrix", "/en/matrix?dialogue=d1"],
  ["charts", "charts", "/en/charts?dialogue=d1"],
  ["briefing", "briefing", "/en/briefing?dialogue=d1"],
  ["briefing PDF", "pdf", "/en/briefing/briefing.pdf?dialogue=d1"],
  ["API list", "api", "/api/v1/pledges?dialogue=d1&per_page=25"],
  ["CSV export (1 dialogue, 1 area)", null, "/en/pledges/pledges.csv?dialogue=d1&area=a3"],
];
const READ_PATHS = [
  "/en",
  "/en/pledges?dialogue=d1",
  "/en/pledges/x42",
  "/api/v1/pledges?per_page=10",
  "/en/matrix?dialogue=d1",
];
// The pages timed after each write (cold_p95): each reads aggregates the write invalidated.
const COLD_PATHS = ["/en", "/en/matrix?dialogue=d1", "/en/charts?dialogue=d1", "/en/pledges?dialogue=d1", "/ja"];

function build() {
  if (process.env.LOAD_SKIP_BUILD === "1" && fs.existsSync(path.join(distDir, "BUILD_ID")))
    return log(`using the build in ${distDir} (LOAD_SKIP_BUILD=1)`);
  log(`building the app into ${distDir}`);
  const result = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

type SizeReport = {
  label: string;
  figures: { route: string; key: string | null; c: number; f: RouteFigures; sqlMs: number }[];
  jsKb: number;
  lost: number;
  serverErrors: number;
  recovery: number;
  coldP95: number;
  lines: string[];
};

async function runSize(size: (typeof sizes)[number]): Promise<SizeReport> {
  const label = sizeLabel(size);
  const lines: string[] = [];
  const note = (line: string) => {
    lines.push(line);
    log(line);
  };
  const password = crypto.randomBytes(12).toString("base64url");
  const secret = crypto.randomBytes(32).toString("base64url");
  let db: LoadDatabase | null = null;
  const apps: AppInstance[] = [];
  let proxy: Proxy | null = null;
  try {
    db = await startLoadDatabase(path.join(DATA_DIR, "load-postgres"), pgPort);
    log(`${label}: loading synthetic data`);
    const { loaded, editors } = await prepareLoadData(db.url, size, editorCount + 1, password);
    note(
      `${label}: ${loaded.pledges} pledges, ${loaded.updates} status updates (${loaded.corrections} corrections) loaded in ${loaded.totalSeconds.toFixed(0)} s`,
    );
    const start = (port: number) =>
      startApp({
        port,
        distDir,
        databaseUrl: db!.url,
        secret,
        logFile: path.join(logDir, `next-${port}.log`),
        env: { ...process.env, TRUST_PROXY: "true" },
      });
    apps.push(await start(appPorts[0]!));
    const a = apps[0]!.origin;

    // 1. Readers.
    const figures: SizeReport["figures"] = [];
    for (const [route, key, p] of ROUTES) {
      const sqlMs = await sqlTimePerRequest(db.url, `${a}${p}`, 5);
      for (const c of concurrencies) {
        const f = await measureRoute(`${a}${p}`, c, c === 1 ? Math.max(3, seconds / 2) : seconds);
        figures.push({ route, key, c, f, sqlMs });
        log(
          `${label} ${route} c=${c}: p50 ${ms(f.p50)} p95 ${ms(f.p95)} p99 ${ms(f.p99)} ms, ${f.rps.toFixed(1)} req/s, sql ${sqlMs.toFixed(1)} ms, ` +
            `non-2xx ${f.non2xx}, errors and timeouts ${f.errors}`,
        );
      }
    }
    const js = await pageJavaScriptKb(a, "/");
    note(`dashboard first-load JavaScript: ${js.kb.toFixed(1)} kB gzipped in ${js.chunks} chunks`);

    // 2. Editors under load, one instance.
    const [victim, ...writers] = editors;
    const pledges = await findHotPledges(db.url, 20);
    const sessionsA = await signInEditors([a], writers, password);
    const one = await editorsUnderLoad({
      databaseUrl: db.url,
      origins: [a],
      sessions: sessionsA,
      pledges,
      readPaths: READ_PATHS,
      readers: 10,
      seconds: seconds * 2,
    });
    const describe = (r: typeof one) =>
      `accepted ${r.tally.accepted.length} (${r.tally.accepted.filter((w) => w.kind === "edit").length} edits), refused 409 ${r.tally.conflicts}, 422 ${r.tally.invalid}, other ${JSON.stringify(r.tally.otherRefusals)}, ` +
      `lost ${r.verdict.lost}, half-applied ${r.verdict.halfApplied}, 5xx ${r.tally.serverErrors + r.tally.unavailable} (readers: ${r.reads.ok} ok, ${r.reads.serverErrors} 5xx)`;
    note(`editors under load (${writers.length} editors, 10 readers, ${seconds * 2} s): ${describe(one)}`);
    for (const problem of one.verdict.problems.slice(0, 10)) note(`  problem: ${problem}`);

    // 3. Two instances, one database.
    apps.push(await start(appPorts[1]!));
    const b = apps[1]!.origin;
    const shared = await sharedStateAcrossInstances(
      a,
      b,
      { cookie: sessionsA[0]!.cookie, email: writers[0]!.email },
      { email: victim!.email, password },
    );
    note(
      `two instances: session from A valid on B: ${shared.sessionOnB}; sign-in limit reached after ${shared.failuresBeforeLimit} failures on A and applied on B: ${shared.limitSharedOnB}`,
    );
    proxy = await startProxy({
      listen: proxyPort,
      upstreams: [a, b].map((o) => new URL(o).host),
      dir: path.join(DATA_DIR, "load-nginx"),
      log,
    });
    const via = proxy.origin;
    for (const [route, key, p] of ROUTES.filter(
      ([, k]) => k === "dashboard" || k === "list" || k === "pledge" || k === "api",
    )) {
      const f = await measureRoute(`${via}${p}`, 10, seconds);
      figures.push({ route: `${route} (nginx, 2 instances)`, key: key && `proxied_${key}`, c: 10, f, sqlMs: NaN });
      note(
        `through nginx to 2 instances, ${route} c=10: p50 ${ms(f.p50)} p95 ${ms(f.p95)} ms, ${f.rps.toFixed(1)} req/s, non-2xx ${f.non2xx}, errors ${f.errors}`,
      );
    }
    const split = await signInEditors([via], writers, password);
    const coldP95 = await firstReadAfterWrite(via, split[0]!, pledges, 20);
    note(`first read after a write (20 writes through nginx): p95 ${ms(coldP95)} ms`);
    const two = await editorsUnderLoad({
      databaseUrl: db.url,
      origins: [via],
      sessions: split,
      pledges,
      readPaths: READ_PATHS,
      readers: 10,
      seconds: seconds * 2,
    });
    note(`editors through nginx across two instances: ${describe(two)}`);
    for (const problem of two.verdict.problems.slice(0, 10)) note(`  problem: ${problem}`);

    // 4. Database restart mid-load.
    const outage = await runOutage({
      db,
      origin: a,
      editor: split[0]!,
      pledges,
      pagePath: "/en/pledges?dialogue=d1",
      apiPath: "/api/v1/pledges?per_page=5",
      downMs: 4_000,
      hangLimitMs: 5_000,
    });
    const d = outage.duringOutage;
    note(
      `database restart (down 4 s): ${d.answers} answers during the outage, slowest ${d.slowest} ms, hung ${d.hung}; API 503 ${d.api503}, other ${d.apiOther}; ` +
        `pages saying "database unavailable" ${d.pagesClear}, other ${d.pagesUnclear}; recovered ${outage.recoverySeconds.toFixed(1)} s after the restart; ` +
        `5xx outside the outage ${outage.serverErrorsOutside}; writes accepted ${outage.writes.accepted.length}, 503 ${outage.writes.unavailable}, ` +
        `lost ${outage.verdict.lost}, half-applied ${outage.verdict.halfApplied}`,
    );
    for (const problem of outage.verdict.problems.slice(0, 10)) note(`  problem: ${problem}`);
    const lost = [one.verdict, two.verdict, outage.verdict].reduce((n, v) => n + v.lost + v.halfApplied, 0);
    const serverErrors =
      one.tally.serverErrors +
      one.tally.unavailable +
      one.reads.serverErrors +
      two.tally.serverErrors +
      two.tally.unavailable +
      two.reads.serverErrors +
      outage.serverErrorsOutside;
    return { label, figures, jsKb: js.kb, lost, serverErrors, recovery: outage.recoverySeconds, coldP95, lines };
  } finally {
    await proxy?.stop();
    for (const app of apps) await app.stop();
    await db?.close();
  }
}

// The p95 of the first page read after each of `writes` status updates, rotating through the
// aggregate pages: what a reader pays when the cache has just been invalidated.
async function firstReadAfterWrite(
  origin: string,
  editor: Parameters<typeof editOnce>[0],
  pledges: Parameters<typeof editOnce>[1],
  writes: number,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < writes; i++) {
    const tally = emptyTally();
    await editOnce({ ...editor, origin }, pledges, tally, { invalidEvery: 0, timeoutMs: 30_000 });
    if (tally.accepted.length === 0) continue;
    const started = performance.now();
    const res = await fetch(`${origin}${COLD_PATHS[i % COLD_PATHS.length]}`);
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  return times.length ? times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]! : NaN;
}

fs.mkdirSync(logDir, { recursive: true });
build();
const reports: SizeReport[] = [];
for (const size of sizes) reports.push(await runSize(size));

const header = ["size", "route", "conc.", "p50 ms", "p95 ms", "p99 ms", "req/s", "SQL ms", "non-2xx"];
const rows = reports.flatMap((r) =>
  r.figures.map((x) => [
    r.label,
    x.route,
    String(x.c),
    ms(x.f.p50),
    ms(x.f.p95),
    ms(x.f.p99),
    x.f.rps.toFixed(1),
    x.sqlMs.toFixed(1),
    String(x.f.non2xx + x.f.errors),
  ]),
);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const line = (row: string[]) =>
  `| ${row.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
console.log(line(header));
console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
for (const row of rows) console.log(line(row));
for (const r of reports) for (const l of r.lines) console.log(`${r.label}: ${l}`);

const last = reports.at(-1)!;
const p95 = (key: string) => {
  const f = last.figures.find((x) => x.key === key && x.c === 10) ?? last.figures.find((x) => x.key === key);
  return f ? f.f.p95.toFixed(0) : "NaN";
};
const lost = reports.reduce((n, r) => n + r.lost, 0);
const serverErrors = reports.reduce((n, r) => n + r.serverErrors, 0);
console.log(
  `load: dashboard_p95=${p95("dashboard")} matrix_p95=${p95("matrix")} charts_p95=${p95("charts")} briefing_p95=${p95("briefing")} list_p95=${p95("list")} ` +
    `pledge_p95=${p95("pledge")} api_p95=${p95("api")} pdf_p95=${p95("pdf")} lost_updates=${lost} server_errors=${serverErrors} ` +
    `recovery_s=${last.recovery.toFixed(1)} dashboard_js_kb=${last.jsKb.toFixed(0)} cold_p95=${ms(last.coldP95)}`,
);
process.exit(0);

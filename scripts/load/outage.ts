// The database restart experiment: readers, the API and an editor keep calling while the
// harness stops the database for a few seconds and starts it again. Every answer during the
// outage must come within a few seconds (a 503 from the API, the "database unavailable"
// page), and the app must serve normally again soon after, without a restart.
import type { LoadDatabase } from "./database";
import { editOnce, emptyTally, type EditorSession, type HotPledge } from "./editors";
import { snapshotPledges, verifyWrites } from "./verify";

type Probe = { kind: "page" | "api"; start: number; end: number; status: number | null; clear: boolean };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The error boundary's words, or the digest the browser renders them from (a page that fails
// before its first byte is a 503 whose payload carries the digest; the browser shows the
// boundary, see tests/e2e/load-faults.spec.ts).
const MARKER = /database is unavailable|DATABASE_UNAVAILABLE/;

export type OutageResult = {
  recoverySeconds: number;
  duringOutage: {
    answers: number;
    slowest: number;
    hung: number;
    api503: number;
    apiOther: number;
    pagesClear: number;
    pagesUnclear: number;
  };
  serverErrorsOutside: number;
  writes: ReturnType<typeof emptyTally>;
  // The editor's writes checked after the restart: none lost, none half-applied.
  verdict: Awaited<ReturnType<typeof verifyWrites>>;
};

export async function runOutage(opts: {
  db: LoadDatabase;
  origin: string;
  editor: EditorSession;
  pledges: HotPledge[];
  pagePath: string;
  apiPath: string;
  downMs: number;
  hangLimitMs: number;
}): Promise<OutageResult> {
  const before = await snapshotPledges(
    opts.db.url,
    opts.pledges.map((p) => p.id),
  );
  const probes: Probe[] = [];
  let done = false;
  const probeLoop = async (kind: Probe["kind"], path: string) => {
    while (!done) {
      const start = Date.now();
      let status: number | null = null;
      let clear = false;
      try {
        const res = await fetch(`${opts.origin}${path}`, {
          signal: AbortSignal.timeout(opts.hangLimitMs * 3),
          headers: { cookie: opts.editor.cookie },
        });
        const text = await res.text();
        status = res.status;
        // Both answer 503 (pages with the database-unavailable page), never a 500.
        clear = res.status === 503 && (kind === "api" || MARKER.test(text));
      } catch {
        status = null;
      }
      probes.push({ kind, start, end: Date.now(), status, clear });
      await sleep(100);
    }
  };
  const writes = emptyTally();
  const writeLoop = async () => {
    while (!done) {
      await editOnce(opts.editor, opts.pledges, writes, { invalidEvery: 0, timeoutMs: opts.hangLimitMs * 3 });
      await sleep(100);
    }
  };
  const loops = [
    probeLoop("page", opts.pagePath),
    probeLoop("api", opts.apiPath),
    probeLoop("page", opts.pagePath),
    writeLoop(),
  ];

  await sleep(2_000);
  const stoppedAt = Date.now();
  await opts.db.stop();
  await sleep(opts.downMs);
  await opts.db.start();
  const startedAt = Date.now();
  // Recovered: a page and an API call that both started after the restart succeeded, and
  // nothing started after them failed.
  let recoveredAt = Number.NaN;
  while (Date.now() - startedAt < 60_000) {
    await sleep(100);
    const after = probes.filter((p) => p.start >= startedAt);
    const lastFailure = Math.max(startedAt, ...after.filter((p) => p.status !== 200).map((p) => p.end));
    const ok = (kind: Probe["kind"]) =>
      after.find((p) => p.kind === kind && p.status === 200 && p.start >= lastFailure);
    const page = ok("page");
    const api = ok("api");
    if (page && api && Date.now() - Math.max(page.end, api.end) > 2_000) {
      recoveredAt = Math.max(page.end, api.end);
      break;
    }
  }
  done = true;
  await Promise.all(loops);

  const inOutage = probes.filter(
    (p) => p.end >= stoppedAt && p.start <= (Number.isNaN(recoveredAt) ? Infinity : recoveredAt) && p.status !== 200,
  );
  const outside = probes.filter((p) => !inOutage.includes(p));
  return {
    recoverySeconds: Number.isNaN(recoveredAt) ? Number.POSITIVE_INFINITY : (recoveredAt - startedAt) / 1000,
    duringOutage: {
      answers: inOutage.length,
      slowest: Math.max(0, ...inOutage.map((p) => p.end - p.start)),
      hung: inOutage.filter((p) => p.status === null || p.end - p.start > opts.hangLimitMs).length,
      api503: inOutage.filter((p) => p.kind === "api" && p.status === 503).length,
      apiOther: inOutage.filter((p) => p.kind === "api" && p.status !== 503).length,
      pagesClear: inOutage.filter((p) => p.kind === "page" && p.clear).length,
      pagesUnclear: inOutage.filter((p) => p.kind === "page" && !p.clear).length,
    },
    serverErrorsOutside: outside.filter((p) => p.status === null || p.status >= 500).length,
    writes,
    verdict: await verifyWrites(opts.db.url, writes.accepted, before, [opts.editor.userId]),
  };
}

// `npm run bench:export`: the pledges CSV and JSON downloads on a synthetic data set
// (BENCH_SIZES, default 100000x10), streamed as the route handlers stream them, against the
// same file built whole in memory first. For each: rows, megabytes, time to the first byte,
// total time, and how far the process's heap and RSS grew while it ran. Prints figures;
// asserts nothing. Uses TEST_DATABASE_URL's server when set, otherwise the embedded one.
// BENCH_CASES picks some of the filters (e.g. "dialogue" or "dialogue,everything"; default all),
// BENCH_BUFFERED=0 skips the built-in-memory runs. Each line carries the 1-minute load average
// when it finished (the figures mean little on a busy machine).
import os from "node:os";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { createDatabase, dropDatabase, randomDatabaseName } from "@/tests/support/test-database";
import { loadSynthetic, parseSizes, sizeLabel } from "./synthetic/generate";
import { scratchServer } from "./support/scratch-server";

const sizes = parseSizes(process.env.BENCH_SIZES ?? "100000x10");
const wanted = (process.env.BENCH_CASES ?? "dialogue-area,dialogue,everything").split(",").map((c) => c.trim());
const buffering = process.env.BENCH_BUFFERED === "0" ? [false] : [false, true];
const gc = (globalThis as { gc?: () => void }).gc;

type Figures = { rows: number; mb: number; firstByteMs: number; totalMs: number; heapMb: number; rssMb: number };

// Reads a response body chunk by chunk (as a client would), sampling memory meanwhile.
async function measure(make: () => Response, buffered: boolean): Promise<Figures> {
  gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }, 10);
  const start = performance.now();
  let firstByte = Number.NaN;
  let bytes = 0;
  let newlines = 0;
  // "Built whole in memory": the body collected before the first byte goes out, as a
  // handler that renders the file and then answers would.
  const body = buffered ? new Response(await new Response(make().body).arrayBuffer()).body! : make().body!;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstByte)) firstByte = performance.now() - start;
    bytes += value.byteLength;
    for (const b of value) if (b === 10) newlines++;
  }
  const total = performance.now() - start;
  clearInterval(sample);
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed);
  peakRss = Math.max(peakRss, m.rss);
  return {
    rows: newlines,
    mb: bytes / 1e6,
    firstByteMs: firstByte,
    totalMs: total,
    heapMb: (peakHeap - base.heapUsed) / 1e6,
    rssMb: (peakRss - base.rss) / 1e6,
  };
}

const { url: serverUrl, stop } = await scratchServer();
const lines: string[] = [];
try {
  for (const size of sizes) {
    const name = randomDatabaseName("pt_test");
    const url = await createDatabase(serverUrl, name);
    try {
      await migrate(url);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const loaded = await loadSynthetic(client, size);
      await client.end();
      console.error(`loaded ${sizeLabel(size)}: ${loaded.pledges} pledges in ${loaded.totalSeconds.toFixed(1)} s`);
      process.env.DATABASE_URL = url;
      (globalThis as { prisma?: unknown }).prisma = undefined;
      const { csvExportResponse, jsonExportResponse } = await import("@/lib/import-export/export");
      const cases = [
        ["dialogue-area", "1 dialogue, 1 area", { dialogue: "d1", area: "a1" }],
        ["dialogue", "1 dialogue", { dialogue: "d1" }],
        ["everything", "everything", {}],
      ] as const;
      for (const [, label, filters] of cases.filter(([key]) => wanted.includes(key)))
        for (const [format, make] of [
          ["csv", () => csvExportResponse(filters)],
          ["json", () => jsonExportResponse(filters)],
        ] as const)
          for (const buffered of buffering) {
            const f = await measure(make, buffered);
            const line =
              `| ${sizeLabel(size)} | ${format} ${label} | ${buffered ? "built in memory" : "streamed"} | ${f.rows} | ` +
              `${f.mb.toFixed(1)} | ${f.firstByteMs.toFixed(0)} | ${f.totalMs.toFixed(0)} | ${f.heapMb.toFixed(0)} | ${f.rssMb.toFixed(0)} | ` +
              `${os.loadavg()[0]!.toFixed(1)} |`;
            console.log(line);
            lines.push(line);
          }
    } finally {
      await dropDatabase(serverUrl, name);
    }
  }
} finally {
  await stop();
}
console.log(
  [
    "| size | download | how | lines | MB | first byte ms | total ms | heap growth MB | RSS growth MB | load |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...lines,
  ].join("\n"),
);

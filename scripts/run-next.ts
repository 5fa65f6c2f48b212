import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-database";
import { adminHint, ensureFirstAdmin } from "@/lib/auth/first-admin";
import { authEnvironment } from "@/lib/auth/local-secret";
import { withPeerAddress } from "@/lib/http/peer-address";

const SOURCE_DIRS = [
  "app",
  "components",
  "lib",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (child === "generated") continue;
    newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

// A build is stale when any source changed after it was made.
function buildIsCurrent(distDir: string): boolean {
  const marker = path.join(distDir, "BUILD_ID");
  if (!fs.existsSync(marker)) return false;
  const built = fs.statSync(marker).mtimeMs;
  return SOURCE_DIRS.every((dir) => newestChange(dir) <= built);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

// `next start`/`next dev` arguments: the port, and the address to listen on: this machine
// only (127.0.0.1) unless HOST says otherwise (HOST=0.0.0.0 for every interface). The app
// speaks plain HTTP; anything reachable from elsewhere belongs behind a TLS proxy.
export function serveArgs(mode: "start" | "dev", env: Record<string, string | undefined> = process.env): string[] {
  return [mode, "-p", env.PORT ?? "3000", "-H", env.HOST || "127.0.0.1"];
}

// Runs `next start` (after building when needed) or `next dev` against the app's database.
export async function runNext(mode: "start" | "dev") {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = process.env.PORT ?? "3000";
  // Checked before touching any database: without DATABASE_URL the embedded one is used.
  const auth = authEnvironment({ embedded: !process.env.DATABASE_URL, mode, port });
  if (!auth) {
    console.error(
      "NEXTAUTH_SECRET is not set. With your own DATABASE_URL this is a deployment: set NEXTAUTH_SECRET to a long random value " +
        "(and NEXTAUTH_URL to the public address). Without DATABASE_URL, `npm start` generates both for you.",
    );
    process.exit(1);
  }
  const database = await prepareDatabase();
  const env: NodeJS.ProcessEnv = { ...process.env, ...auth, DATABASE_URL: database.url, PORT: port };
  // Printed after the build's output, so the one-time password is not scrolled away.
  const notes: string[] = [];
  if (database.embedded)
    await ensureFirstAdmin(database.url, `${auth.NEXTAUTH_URL}/sign-in`, (text) => notes.push(text));
  else await adminHint(database.url, (text) => notes.push(text));
  const printNotes = () => notes.splice(0).forEach((text) => console.log(text));
  const next = path.join("node_modules", ".bin", "next");
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";

  if (mode === "start" && !buildIsCurrent(distDir)) {
    console.log("Building the app (first start, or the sources changed)...");
    const code = await run(next, ["build"], { ...env, NODE_ENV: "production" });
    if (code !== 0) {
      printNotes();
      await database.stop();
      process.exit(code);
    }
  }
  printNotes();
  const child = spawn(next, serveArgs(mode, env), { stdio: "inherit", env: withPeerAddress(env) });
  const shutdown = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  child.on("exit", async (code) => {
    await database.stop();
    process.exit(code ?? 0);
  });
}

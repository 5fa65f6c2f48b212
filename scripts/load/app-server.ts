// One production app instance (`next start` on a build) for the load harness and the fault
// tests. Several may run against one database: they share nothing but it and the secret.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type AppInstance = { origin: string; stop: () => Promise<void> };

type Options = {
  port: number;
  distDir: string;
  databaseUrl: string;
  secret: string;
  logFile: string;
  env?: NodeJS.ProcessEnv;
};

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    await res.arrayBuffer();
    return res.status < 500;
  } catch {
    return false;
  }
}

export async function startApp({ port, distDir, databaseUrl, secret, logFile, env }: Options): Promise<AppInstance> {
  if (!fs.existsSync(path.join(distDir, "BUILD_ID")))
    throw new Error(`No build in ${distDir}: run NEXT_DIST_DIR=${distDir} npx next build first.`);
  const origin = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, "a");
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: secret,
      // The harness measures downloads at concurrency 50 from one address: no per-client limit
      // unless the caller sets one.
      DOWNLOAD_LIMIT_PER_MINUTE: env?.DOWNLOAD_LIMIT_PER_MINUTE ?? process.env.DOWNLOAD_LIMIT_PER_MINUTE ?? "0",
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    fs.closeSync(log);
  };
  const deadline = Date.now() + 90_000;
  while (!(await answers(`${origin}/api/v1/openapi.json`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`next start on port ${port} did not come up; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { origin, stop };
}

import { defineConfig } from "@playwright/test";
import { findChromium } from "./tests/support/chromium";

// End-to-end tests: Debian's Chromium against the built app (`next start`) on a fresh,
// migrated and seeded database that scripts/e2e-server.ts provides.

const port = Number(process.env.E2E_PORT ?? 3100);
// The build `npm test` makes; a developer's own .next is left alone.
process.env.NEXT_DIST_DIR ??= ".next-test";

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: findChromium() ?? "/usr/bin/chromium",
      // Offline, as root, in containers: no sandbox, GPU or calls home.
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    port,
    env: { E2E_PORT: String(port), NEXT_DIST_DIR: process.env.NEXT_DIST_DIR },
    reuseExistingServer: false,
    timeout: 120_000,
    // SIGTERM lets the script stop `next` and then drop its database (SIGKILL would not).
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});

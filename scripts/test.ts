// `npm test`: every check, in order, stopping at the first failure. `.ci/run` calls this.
import { spawnSync } from "node:child_process";
import { CHROMIUM_INSTALL_HINT, chromiumIsUsable, findChromium } from "@/tests/support/chromium";

// The test build lives beside, never over, a developer's running app (.next).
process.env.NEXT_DIST_DIR ??= ".next-test";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.CHECKPOINT_DISABLE ??= "1";

type Step = { title: string; command: string; args: string[]; env?: NodeJS.ProcessEnv };

const bin = (name: string) => `node_modules/.bin/${name}`;
const steps: Step[] = [
  { title: "Lint (eslint ., knip)", command: "npm", args: ["run", "--silent", "lint"] },
  { title: "Type check (tsc --noEmit)", command: "npm", args: ["run", "--silent", "typecheck"] },
  { title: "Unit and integration tests (vitest run)", command: bin("vitest"), args: ["run"] },
  {
    title: `Production build (next build into ${process.env.NEXT_DIST_DIR})`,
    command: bin("next"),
    args: ["build"],
    env: { NODE_ENV: "production" },
  },
  { title: "End-to-end tests (playwright test)", command: bin("playwright"), args: ["test"] },
];

const header = (index: number, title: string) => console.log(`\n=== [${index}/${steps.length + 1}] ${title}`);

// The browser tests are part of the suite: a missing browser is a failure, never a skip.
header(1, "Chromium for the end-to-end tests");
const chromium = findChromium();
if (!chromiumIsUsable(chromium)) {
  console.error(
    chromium
      ? `CHROMIUM_PATH=${chromium} is not an executable file. ${CHROMIUM_INSTALL_HINT}`
      : `No Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium and PATH). ${CHROMIUM_INSTALL_HINT}`,
  );
  process.exit(1);
}
process.env.CHROMIUM_PATH = chromium;
console.log(chromium);

steps.forEach((step, i) => {
  header(i + 2, step.title);
  const result = spawnSync(step.command, step.args, { stdio: "inherit", env: { ...process.env, ...step.env } });
  if (result.status !== 0) {
    console.error(
      `\n${step.title}: failed${result.signal ? ` (${result.signal})` : ` with exit code ${result.status}`}.`,
    );
    process.exit(result.status || 1);
  }
});
console.log("\nAll checks passed.");

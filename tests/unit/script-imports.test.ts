import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm run bench`, `npm run intake` and `npm run eval:intake` run the data layer under tsx with
// the react-server condition, outside Next. A data module that loads Next's request or
// navigation modules at import time breaks all three (it once did: lib/data/read-db.ts).
const MODULES = [
  "lib/briefing/data",
  "lib/data/cached",
  "lib/data/charts",
  "lib/data/matrix",
  "lib/data/meetings",
  "lib/data/pledges",
  "lib/data/progress",
  "lib/intake/propose",
].map((m) => `@/${m}`);

describe("the command-line scripts' data layer", () => {
  it("loads under tsx with the react-server condition", () => {
    const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");
    const code = `Promise.all(${JSON.stringify(MODULES)}.map((m) => import(m))).then(() => console.log("loaded"))`;
    const out = execFileSync(tsx, ["--conditions=react-server", "--eval", code], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(out.trim()).toBe("loaded");
  }, 60_000);
});

import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "./helpers";

// `npm run intake`: with --json its stdout is only the JSON (so a program can read it); a bad
// dialogue, file or date exits non-zero with one clear line on stderr.

const run = promisify(execFile);
const root = path.resolve(__dirname, "../..");
const statement = path.join(os.tmpdir(), `intake-cli-${process.pid}.txt`);
fs.writeFileSync(
  statement,
  "1. The Ministers welcomed the progress of the joint research programme on a new air-to-air missile.\n2. The Ministers agreed to hold the next meeting in Tokyo next year.\n",
);

async function intake(args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "--conditions=react-server", "scripts/intake.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: process.env.OWNER_DATABASE_URL ?? testDatabaseUrl() },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const lines = (s: string) => s.split("\n").filter((l) => l.trim());

describe("npm run intake", () => {
  it("prints only JSON on stdout with --json", async () => {
    const r = await intake(["--dialogue", "japan-uk", "--file", statement, "--date", "2022-06-01", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { open: number; proposals: unknown[]; drafts: unknown[] };
    expect(out.open).toBeGreaterThan(0);
    expect(Array.isArray(out.proposals) && Array.isArray(out.drafts)).toBe(true);
  }, 60_000);

  it.each([
    [["--dialogue", "japan-nowhere", "--file", statement], /^No dialogue "japan-nowhere"/],
    [["--dialogue", "japan-uk", "--file", "/nonexistent/statement.txt"], /^Cannot read \/nonexistent\/statement\.txt/],
    [["--dialogue", "japan-uk", "--file", statement, "--date", "2021-02-30"], /^--date: This date does not exist/],
    [["--dialogue", "japan-uk", "--file", statement, "--date", "yesterday"], /^--date: Use a date/],
    [["--dialogue", "japan-uk", "--file", statement, "--json", "--colour"], /Unknown option '--colour'/],
  ])(
    "exits non-zero with one clear line for %j",
    async (args, message) => {
      const r = await intake([...args, "--json"].filter((a, i, all) => a !== "--json" || all.indexOf(a) === i));
      expect(r.code).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(lines(r.stderr)).toHaveLength(1);
      expect(lines(r.stderr)[0]).toMatch(message);
    },
    60_000,
  );
});

import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The tree's layering (eslint.config.mjs) holds: each rule is shown to refuse a wrong-way
// import, and to let the right way through.

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("layer rules", () => {
  it("keep pages and components on the cached facade", async () => {
    expect(
      await restricted("app/(public)/x/page.tsx", 'import { progressByArea } from "@/lib/data/progress";\n'),
    ).toHaveLength(1);
    expect(await restricted("components/x.tsx", 'import { listMeetings } from "@/lib/data/meetings";\n')).toHaveLength(
      1,
    );
    expect(
      await restricted("app/(public)/x/page.tsx", 'import { progressByArea } from "@/lib/data/cached";\n'),
    ).toEqual([]);
    // Other reads of the same module are fine.
    expect(await restricted("app/(public)/x/page.tsx", 'import { getMeeting } from "@/lib/data/meetings";\n')).toEqual(
      [],
    );
  }, 60_000);

  it("keep the Prisma client out of pages and components", async () => {
    expect(await restricted("app/(public)/x/page.tsx", 'import { db } from "@/lib/db/client";\n')).toHaveLength(1);
    expect(
      await restricted("components/x.tsx", 'import { Prisma } from "@/lib/generated/prisma/client";\n'),
    ).toHaveLength(1);
  });

  it("keep lib/domain pure", async () => {
    for (const from of [
      "@/lib/data/pledges",
      "@/lib/actions/core/action",
      "@/lib/db/client",
      "@/lib/validation/common",
    ])
      expect(await restricted("lib/domain/x.ts", `import { x } from "${from}";\n`)).toHaveLength(1);
    expect(await restricted("lib/domain/x.ts", 'import { isoDay } from "@/lib/domain/dates";\n')).toEqual([]);
  });

  it("keep reads from calling writes, and lib below app and components", async () => {
    expect(
      await restricted("lib/data/x.ts", 'import { createPledge } from "@/lib/actions/pledges/actions";\n'),
    ).toHaveLength(1);
    expect(await restricted("lib/http/x.ts", 'import { Nav } from "@/components/nav";\n')).toHaveLength(1);
    expect(await restricted("components/x.tsx", 'import Page from "@/app/(public)/page";\n')).toHaveLength(1);
  });
});

// A form may call exactly the "use server" modules, and they are all named actions.ts.
describe("server actions", () => {
  const root = path.join(process.cwd(), "lib", "actions");
  const files = fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.split(path.sep).join("/"));
  const isServer = (f: string) => fs.readFileSync(path.join(root, f), "utf8").startsWith('"use server"');

  it("live in lib/actions/<entity>/actions.ts, and every such file is one", () => {
    expect(files.filter(isServer).filter((f) => !/^[a-z-]+\/actions\.ts$/.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith("/actions.ts") && !isServer(f))).toEqual([]);
    expect(files.filter(isServer).length).toBeGreaterThan(10);
  });
});

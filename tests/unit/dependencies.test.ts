import fs from "node:fs";
import { describe, expect, it } from "vitest";

// The Prisma CLI generates the client that @prisma/client runs and the adapter talks to:
// mismatched versions generate code for one runtime and run it on another.
describe("dependencies", () => {
  it("pins prisma, @prisma/client and the adapter to one exact version", () => {
    const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    const prisma = Object.entries(all).filter(([name]) => name === "prisma" || name.startsWith("@prisma/"));
    expect(prisma.map(([name]) => name).sort()).toEqual(["@prisma/adapter-pg", "@prisma/client", "prisma"]);
    expect(new Set(prisma.map(([, version]) => version)).size).toBe(1);
    expect(prisma[0]![1]).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: `unit` (pure, no database) and `integration` (a real PostgreSQL; one fresh
// database per test file, created by tests/integration/setup.ts).
export default defineConfig({
  resolve: {
    alias: [
      // tsconfig's "@/*" paths.
      { find: /^@\//, replacement: `${root}/` },
      // Data-layer modules `import "server-only"`, which throws outside React Server
      // Components; its own empty build is what Next uses on the server.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    // next-intl imports "next/server" without an extension, which Node's ESM loader cannot
    // resolve; inlined, Vite resolves it as Next's bundler does.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          // Each file migrates and seeds its own database; a cold embedded server takes a while.
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: true,
        },
      },
    ],
  },
});

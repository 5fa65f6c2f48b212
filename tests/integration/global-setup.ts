import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { DATA_DIR, EMBEDDED_PORTS } from "../../lib/db/local-paths";
import { assertLocalServer, serverHost, withClient } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    // Admin URL of the server on which each test file creates its own database.
    adminUrl: string;
  }
}

// Runs once per `vitest run`: picks the PostgreSQL server every integration test file uses.
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    assertLocalServer(external);
    await withClient(external, (c) => c.query("SELECT 1")).catch((error: unknown) => {
      throw new Error(`TEST_DATABASE_URL (host "${serverHost(external)}") does not answer: ${String(error)}`);
    });
    project.provide("adminUrl", external);
    return;
  }
  const dataDir = path.join(DATA_DIR, "test-postgres");
  const server = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORTS.test });
  project.provide("adminUrl", server.url("postgres"));
  return async () => {
    await server.stop();
  };
}

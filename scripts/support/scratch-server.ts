import path from "node:path";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { DATA_DIR, EMBEDDED_PORTS } from "@/lib/db/local-paths";

// The PostgreSQL server that scripts measuring things (bench, eval:intake) create their
// scratch databases on: TEST_DATABASE_URL's server when set, otherwise the embedded test server.
export async function scratchServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  const s = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "test-postgres"), port: EMBEDDED_PORTS.test });
  return { url: s.url("postgres"), stop: s.stop };
}

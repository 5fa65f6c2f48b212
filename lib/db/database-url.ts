import path from "node:path";
import { startEmbeddedPostgres } from "./embedded";
import { DATA_DIR, EMBEDDED_PORTS } from "./local-paths";

// The database the app uses: DATABASE_URL when set, otherwise the embedded server whose
// data lives in the project's git-ignored .data folder.
export async function resolveAppDatabase(log: (line: string) => void = console.log) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const dataDir = path.join(DATA_DIR, "postgres");
  log(`No DATABASE_URL set: using the embedded PostgreSQL in ${dataDir} (port ${EMBEDDED_PORTS.app}).`);
  const server = await startEmbeddedPostgres({ dataDir, port: EMBEDDED_PORTS.app });
  return { url: server.url("postgres"), embedded: true, stop: server.stop };
}

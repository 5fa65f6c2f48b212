// The load harness's own PostgreSQL: an embedded server on the harness's port that it may
// stop and start again (the restart experiment), never the shared server at 5432.
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { createAccount } from "@/lib/auth/accounts";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabase, dropDatabase } from "@/tests/support/test-database";
import { loadSynthetic, type SyntheticSize } from "../synthetic/generate";

export type LoadDatabase = {
  url: string;
  // Stops the server (fast shutdown: open connections are cut) / starts it on the same data.
  stop: () => Promise<void>;
  start: () => Promise<void>;
  close: () => Promise<void>;
};

// pg_stat_statements lets the harness read how long PostgreSQL itself spent on a page's queries.
const FLAGS = ["-c", "shared_preload_libraries=pg_stat_statements", "-c", "pg_stat_statements.track=all"];

export async function startLoadDatabase(dataDir: string, port: number, name = "pt_load"): Promise<LoadDatabase> {
  let server: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir, port, flags: FLAGS });
  const admin = server.url("postgres");
  await dropDatabase(admin, name);
  const url = await createDatabase(admin, name);
  return {
    url,
    stop: async () => {
      await server?.stop();
      server = null;
    },
    start: async () => {
      server = await startEmbeddedPostgres({ dataDir, port, flags: FLAGS });
    },
    close: async () => {
      if (!server) return;
      await dropDatabase(admin, name).catch(() => {});
      await server.stop();
      server = null;
    },
  };
}

export type Editor = { id: string; email: string };

// Migrates, fills with synthetic pledges x updates and creates `editors` editor accounts
// (through the same function as `npm run user:create`), all with `password`.
export async function prepareLoadData(url: string, size: SyntheticSize, editors: number, password: string) {
  await migrate(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const loaded = await loadSynthetic(client, size).finally(() => client.end());
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const accounts: Editor[] = [];
  try {
    for (let i = 1; i <= editors; i++) {
      const made = await createAccount(
        prisma,
        { email: `editor${i}@load.test`, name: `Load editor ${i}`, role: "editor", password },
        { system: "npm run load" },
      );
      accounts.push({ id: made.id, email: made.email });
    }
  } finally {
    await prisma.$disconnect();
  }
  return { loaded, editors: accounts };
}

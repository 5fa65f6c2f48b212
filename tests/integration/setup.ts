import { afterAll, inject } from "vitest";
import { ensureAppRole } from "@/lib/db/app-role";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seed/seed-database";
import { createDatabase, dropDatabase, randomDatabaseName } from "../support/test-database";

// Runs before each integration test file: a database of its own, migrated and holding the
// real data set, so files run in parallel and no test sees another's writes.

const adminUrl = inject("adminUrl");
const name = randomDatabaseName("pt_test");
const url = await createDatabase(adminUrl, name);
try {
  await migrate(url);
  await seedDatabase(url);
} catch (error) {
  await dropDatabase(adminUrl, name);
  throw error;
}

// lib/db/client.ts reads DATABASE_URL on its first query, after this file has run. The app's
// client connects as the app's role (no superuser, owns nothing), as it does in production.
process.env.DATABASE_URL = await ensureAppRole(url);
process.env.OWNER_DATABASE_URL = url;

afterAll(async () => {
  // The app's client lives on globalThis (see lib/db/client.ts); close it before dropping.
  const app = globalThis as { prisma?: { $disconnect: () => Promise<void> } };
  await app.prisma?.$disconnect();
  await dropDatabase(adminUrl, name);
});

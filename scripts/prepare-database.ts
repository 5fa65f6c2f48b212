import { resolveAppDatabase } from "@/lib/db/database-url";
import { PortTakenError } from "@/lib/db/embedded";
import { ensureAppRole } from "@/lib/db/app-role";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seed/seed-database";

// Shared by start, dev and db:* scripts: find or start the database, migrate, seed if empty.
export async function prepareDatabase({ seed = true } = {}) {
  const database = await resolveAppDatabase().catch((error: unknown) => {
    // One line that says what to do, not a stack trace.
    if (!(error instanceof PortTakenError)) throw error;
    console.error(error.message);
    process.exit(1);
  });
  const applied = await migrate(database.url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (seed) {
    const result = await seedDatabase(database.url);
    if (result.seeded) console.log(`Loaded the real data set: ${result.pledges} pledges.`);
  }
  // The embedded server's app connects as a role that is no superuser and owns no table
  // (lib/db/app-role.ts); migrations above ran as the owner. Your own DATABASE_URL is used as given.
  if (database.embedded) return { ...database, ownerUrl: database.url, url: await ensureAppRole(database.url) };
  return { ...database, ownerUrl: database.url };
}

import crypto from "node:crypto";
import pg from "pg";

// The role the app connects as: it may read and write rows, and nothing else. It owns no
// table, so it cannot drop a trigger, disable one, TRUNCATE (which skips row triggers) or
// alter the schema; it is no superuser, so it cannot turn triggers off for its session.
// Migrations still run as the database's owner, which then grants this role its rights.

export const APP_ROLE = "pledge_app";

// The same on every call for one server (several databases, worktrees and test files share
// a server): the role is created once, and its password is never changed under a running app.
function appPassword(ownerUrl: string): string {
  const server = new URL(ownerUrl);
  return crypto
    .createHash("sha256")
    .update(`${APP_ROLE}\n${server.hostname}:${server.port}\n${server.password}`)
    .digest("base64url");
}

// Makes sure the role exists with rights on `ownerUrl`'s database; returns the app's URL.
export async function ensureAppRole(ownerUrl: string): Promise<string> {
  const password = appPassword(ownerUrl);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const literal = (await client.query<{ q: string }>("SELECT quote_literal($1) AS q", [password])).rows[0]!.q;
    // Parallel callers (test files) may race to create it: the loser carries on.
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD ${literal};
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
    const database = (await client.query<{ d: string }>("SELECT quote_ident(current_database()) AS d")).rows[0]!.d;
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${APP_ROLE}`);
    // No temporary tables: one could shadow a table that a trigger reads (migration
    // 20261202010000 takes the right from PUBLIC; earlier versions granted it to the role).
    await client.query(`REVOKE TEMPORARY ON DATABASE ${database} FROM PUBLIC, ${APP_ROLE}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    // The migration ledger is the owner's business.
    await client.query(`REVOKE INSERT, UPDATE, DELETE ON TABLE _prisma_migrations FROM ${APP_ROLE}`);
  } finally {
    await client.end();
  }
  const app = new URL(ownerUrl);
  app.username = APP_ROLE;
  app.password = password;
  return app.toString();
}

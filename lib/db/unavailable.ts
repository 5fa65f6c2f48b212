// Whether an error means "the database cannot be reached right now" (stopped, restarting,
// refusing connections, or too slow to hand out a connection) rather than a bug or bad input.
// Route handlers answer 503 for these, the action wrapper a plain "try again", and pages show
// the database-unavailable boundary. Prisma wraps the driver's error, so the whole cause
// chain is searched.

// PostgreSQL SQLSTATEs: connection exceptions (08...), shutting down or starting up (57P0x),
// and statement_timeout / lock waits cut short while it is overloaded (57014).
const PG_CODES = new Set(["08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "57014"]);
// Node's socket errors.
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);
// Prisma: can't reach server, server closed the connection, pool timeout, transaction could not start.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024", "P2028"]);
const MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /the database system is (shutting down|starting up|in recovery mode)/i,
  /terminating connection due to administrator command/i,
  /Client has encountered a connection error/i,
  /Connection closed/i,
  /ECONNREFUSED/,
  /Can't reach database server/i,
];

export const DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

function looksUnavailable(node: Record<string, unknown>): boolean {
  const code = typeof node.code === "string" ? node.code : undefined;
  if (code && (PG_CODES.has(code) || NODE_CODES.has(code) || PRISMA_CODES.has(code))) return true;
  if (node.kind === "DatabaseNotReachable" || node.kind === "ConnectionClosed" || node.kind === "SocketTimeout")
    return true;
  const originalCode = typeof node.originalCode === "string" ? node.originalCode : undefined;
  if (originalCode && PG_CODES.has(originalCode)) return true;
  const message = typeof node.message === "string" ? node.message : "";
  return MESSAGES.some((re) => re.test(message));
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const node = queue.shift();
    if (!node || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (record.digest === DATABASE_UNAVAILABLE || looksUnavailable(record)) return true;
    queue.push(record.cause);
    const meta = record.meta as Record<string, unknown> | undefined;
    if (meta) queue.push(meta.driverAdapterError, meta);
    if (Array.isArray(record.errors)) queue.push(...(record.errors as unknown[]));
  }
  return false;
}

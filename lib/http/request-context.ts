import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";

// What the server knows of the request being served that Next does not pass on: the socket's
// remote address (lib/http/client-address.ts), and whether it met an unreachable database.
//
// Next renders a page that failed before its first byte with status 500, whatever the cause,
// and offers no way to choose another. When the failure was the database being unreachable
// (lib/db/client.ts marks those errors while the request that met them is running), the
// answer is a 503 with Retry-After instead: a client, a proxy or a monitor then knows to try
// again rather than report a bug. Installed once per server process by instrumentation.ts.

type TRequestMarks = { databaseUnavailable: boolean; remoteAddress: string | null };

// On globalThis: the server's own code and the bundled page code are separate module copies.
const KEY = Symbol.for("pledge-tracker.request-marks");
const holder = globalThis as { [KEY]?: AsyncLocalStorage<TRequestMarks> };
const storage = (holder[KEY] ??= new AsyncLocalStorage<TRequestMarks>());

// Seconds a client should wait before trying again (a restart takes a few).
const RETRY_AFTER_SECONDS = 5;

// Notes that the request being served met an unreachable database (no-op outside a request).
export function markDatabaseUnavailable(): void {
  const marks = storage.getStore();
  if (marks) marks.databaseUnavailable = true;
}

// The address of the peer that sent the request being served (the proxy's, behind one).
export function socketAddress(): string | null {
  return storage.getStore()?.remoteAddress ?? null;
}

// The status a response is about to be sent with, given what its request met.
function finalStatus(status: number, marks: TRequestMarks): number {
  return status === 500 && marks.databaseUnavailable ? 503 : status;
}

const INSTALLED = Symbol.for("pledge-tracker.unavailable-status-installed");

// Runs every request of every http server in this process with its own marks, and turns a
// 500 sent for a request marked "database unavailable" into a 503 with Retry-After.
export function installUnavailableStatus(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    const res = args[1];
    if (event !== "request" || !(res instanceof http.ServerResponse)) return emit.call(this, event, ...args);
    const marks: TRequestMarks = { databaseUnavailable: false, remoteAddress: res.req?.socket?.remoteAddress ?? null };
    const writeHead = res.writeHead;
    res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
      const status = finalStatus(statusCode, marks);
      if (status !== statusCode) {
        this.statusCode = status;
        this.statusMessage = "Service Unavailable";
        if (!this.headersSent) {
          this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
          this.setHeader("Cache-Control", "no-store");
        }
        if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      }
      return (writeHead as (...a: unknown[]) => http.ServerResponse).call(this, status, ...rest);
    } as typeof res.writeHead;
    return storage.run(marks, () => emit.call(this, event, ...args));
  } as typeof proto.emit;
}

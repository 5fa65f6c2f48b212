import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "@/lib/db/unavailable";

// Which errors mean "the database is away" (503 / the unavailable page) and which are bugs.

const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid invocation"), {
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    [
      "a stopped server, as Prisma reports it",
      prismaError("P2010", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }),
    ],
    ["a refused connection", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    [
      "a connection cut by a fast shutdown (57P01), as a cause",
      new Error("query failed", {
        cause: Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      }),
    ],
    ["a server still starting up (57P03)", prismaError("P2010", { kind: "postgres", originalCode: "57P03" })],
    ["a pool that cannot hand out a connection in time", new Error("timeout exceeded when trying to connect")],
    ["an error already marked", Object.assign(new Error("x"), { digest: DATABASE_UNAVAILABLE })],
  ])("is true for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      "a unique violation",
      prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } }),
    ],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["a string", "ECONNREFUSED"],
    ["nothing", undefined],
  ])("is false for %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("stops on a cause chain that loops", () => {
    const a: Error & { cause?: unknown } = new Error("a");
    a.cause = new Error("b", { cause: a });
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});

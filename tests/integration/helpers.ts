import type pg from "pg";
import { inject, onTestFinished } from "vitest";
import { createDatabase, dropDatabase, randomDatabaseName, withClient } from "../support/test-database";

// Helpers for integration test files (tests/integration/setup.ts has prepared the database).

// This file's own database: migrated and seeded with the real data set.
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is unset: is tests/integration/setup.ts in setupFiles?");
  return url;
}

// Runs fn with a pg client on the test database (or on `url`), closing it afterwards.
export function withTestClient<T>(fn: (client: pg.Client) => Promise<T>, url = testDatabaseUrl()): Promise<T> {
  return withClient(url, fn);
}

export async function queryRows<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
  url = testDatabaseUrl(),
): Promise<T[]> {
  return withClient(url, async (c) => (await c.query<T>(sql, params)).rows);
}

// An empty database for the current test only (dropped when the test ends), e.g. to run
// the migrations from scratch.
export async function createScratchDatabase(): Promise<string> {
  const adminUrl = inject("adminUrl");
  const name = randomDatabaseName("pt_test");
  const url = await createDatabase(adminUrl, name);
  onTestFinished(() => dropDatabase(adminUrl, name));
  return url;
}

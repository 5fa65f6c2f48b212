import { afterEach, describe, expect, it, vi } from "vitest";
import { assertLocalServer, databaseUrlFor, isLocalServer } from "../support/test-database";

// The guard stands between the test setup's DROP DATABASE and somebody's real server.

afterEach(() => vi.unstubAllEnvs());

describe("isLocalServer", () => {
  it.each([
    "postgresql://postgres@127.0.0.1:5432/postgres",
    "postgresql://postgres:pw@localhost/postgres",
    "postgresql://postgres@[::1]:5432/postgres",
    "postgresql://postgres@/postgres?host=/var/run/postgresql",
    "postgresql://%2Fvar%2Frun%2Fpostgresql/postgres",
  ])("accepts %s", (url) => {
    vi.stubEnv("PGHOST", "");
    expect(isLocalServer(url)).toBe(true);
  });

  it.each([
    "postgresql://postgres@db.example.com:5432/postgres",
    "postgresql://postgres@10.0.0.5/postgres",
    "postgresql://postgres@localhost.example.com/postgres",
    "postgresql://postgres@/postgres?host=prod-db",
  ])("refuses %s", (url) => {
    expect(isLocalServer(url)).toBe(false);
  });

  it("uses PGHOST when the URL names no host, as pg does", () => {
    vi.stubEnv("PGHOST", "prod-db");
    expect(isLocalServer("postgresql:///postgres")).toBe(false);
  });
});

describe("assertLocalServer", () => {
  it("explains itself and names the way out", () => {
    vi.stubEnv("ALLOW_REMOTE_TEST_DATABASE", "");
    expect(() => assertLocalServer("postgresql://u:secret@db.example.com/postgres")).toThrow(
      /Refusing .* "db\.example\.com".*ALLOW_REMOTE_TEST_DATABASE=1/,
    );
    expect(() => assertLocalServer("postgresql://u:secret@db.example.com/postgres")).not.toThrow(/secret/);
  });

  it("lets ALLOW_REMOTE_TEST_DATABASE=1 through", () => {
    vi.stubEnv("ALLOW_REMOTE_TEST_DATABASE", "1");
    expect(() => assertLocalServer("postgresql://postgres@db.example.com/postgres")).not.toThrow();
  });
});

it("databaseUrlFor swaps only the database name", () => {
  expect(databaseUrlFor("postgresql://postgres:pw@127.0.0.1:54339/postgres?sslmode=disable", "pt_test_abc")).toBe(
    "postgresql://postgres:pw@127.0.0.1:54339/pt_test_abc?sslmode=disable",
  );
  expect(databaseUrlFor("postgresql://postgres@/postgres?host=/var/run/postgresql", "pt_test_abc")).toBe(
    "postgresql://postgres@/pt_test_abc?host=/var/run/postgresql",
  );
});

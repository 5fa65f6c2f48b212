import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { authEnvironment, localSecret } from "@/lib/auth/local-secret";
import { generatePassword } from "@/lib/auth/password";
import { hasRole } from "@/lib/auth/roles";

// The zero-config secret, the production refusal and the security headers.

type NextConfigModule = {
  default: (phase: string) => {
    headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]>;
  };
};
// next.config.js is plain JavaScript (no types): load it as the server would.
const loadNextConfig = () =>
  import(
    /* @vite-ignore */ pathToFileURL(path.join(process.cwd(), "next.config.js")).href
  ) as Promise<NextConfigModule>;

const dirs: string[] = [];
const tmp = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pt-secret-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("localSecret / authEnvironment", () => {
  it("generates the secret once, private to its owner, and reuses it", () => {
    const dir = tmp();
    const first = localSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(localSecret(dir)).toBe(first);
    expect(fs.statSync(path.join(dir, "nextauth-secret")).mode & 0o777).toBe(0o600);
  });

  it("uses the environment's values when set", () => {
    expect(
      authEnvironment(
        { embedded: true, mode: "start", port: "3000" },
        { NEXTAUTH_SECRET: "s".repeat(40), NEXTAUTH_URL: "https://tracker.example.org" },
      ),
    ).toEqual({
      NEXTAUTH_SECRET: "s".repeat(40),
      NEXTAUTH_URL: "https://tracker.example.org",
    });
  });

  it("provides both for the embedded database (zero-config), with the port in the URL", () => {
    const env = authEnvironment({ embedded: true, mode: "start", port: "3456", dataDir: tmp() }, {});
    expect(env?.NEXTAUTH_URL).toBe("http://localhost:3456");
    expect(env?.NEXTAUTH_SECRET).toMatch(/^[\w-]{43,}$/);
  });

  it("refuses to invent a secret for a deployment's own database in production", () => {
    expect(authEnvironment({ embedded: false, mode: "start", port: "3000" }, {})).toBeNull();
    expect(authEnvironment({ embedded: false, mode: "dev", port: "3000", dataDir: tmp() }, {})).not.toBeNull();
  });
});

describe("next.config.js", () => {
  it("refuses to start a production server without NEXTAUTH_SECRET", async () => {
    const { default: config } = await loadNextConfig();
    const saved = process.env.NEXTAUTH_SECRET;
    delete process.env.NEXTAUTH_SECRET;
    try {
      expect(() => config("phase-production-server")).toThrow(/NEXTAUTH_SECRET is not set/);
      expect(() => config("phase-production-build")).not.toThrow();
      process.env.NEXTAUTH_SECRET = "x".repeat(40);
      expect(() => config("phase-production-server")).not.toThrow();
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
      else process.env.NEXTAUTH_SECRET = saved;
    }
  });

  it("sends the security headers on every path", async () => {
    const { default: config } = await loadNextConfig();
    const [rule] = await config("phase-production-build").headers();
    expect(rule!.source).toBe("/:path*");
    const headers = Object.fromEntries(rule!.headers.map((h) => [h.key, h.value]));
    // The content security policy comes from proxy.ts, with a nonce per request (csp.test.ts).
    expect(headers["Content-Security-Policy"]).toBeUndefined();
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });
});

describe("roles and passwords", () => {
  it("orders roles viewer < editor < admin", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("editor", "editor")).toBe(true);
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("editor", "admin")).toBe(false);
  });

  it("generates long random passwords without look-alike characters", () => {
    const passwords = new Set(Array.from({ length: 200 }, () => generatePassword()));
    expect(passwords.size).toBe(200);
    for (const p of passwords) expect(p).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
  });
});

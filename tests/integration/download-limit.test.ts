import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { downloadRefused } from "@/lib/http/download-limit";

// The per-client limit on PDF and export downloads, counted in PostgreSQL: by the proxy's
// X-Forwarded-For entry only when TRUST_PROXY says a proxy is in front, else by the socket.

const request = (forwardedFor?: string) =>
  new Request("http://t.example/briefing/briefing.pdf", {
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const saved = { limit: process.env.DOWNLOAD_LIMIT_PER_MINUTE, trust: process.env.TRUST_PROXY };

beforeEach(async () => {
  process.env.DOWNLOAD_LIMIT_PER_MINUTE = "3";
  await db.$executeRaw`DELETE FROM download_requests`;
  // Counts are per calendar minute: start well inside one, so the test never straddles two.
  const second = new Date().getUTCSeconds();
  if (second > 45) await sleep((61 - second) * 1000);
});
afterEach(() => {
  for (const [key, value] of [
    ["DOWNLOAD_LIMIT_PER_MINUTE", saved.limit],
    ["TRUST_PROXY", saved.trust],
  ] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
});

describe("downloadRefused", () => {
  it("behind a trusted proxy, allows each forwarded address its limit a minute, then answers 429", async () => {
    process.env.TRUST_PROXY = "true";
    for (let n = 0; n < 3; n++) expect(await downloadRefused(request("9.9.9.9, 10.0.0.1"))).toBeNull();
    const refused = await downloadRefused(request("8.8.8.8, 10.0.0.1"));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused?.text()).toMatch(/at most 3 a minute/);
    // Another client is not held back by the first one.
    expect(await downloadRefused(request("10.0.0.2"))).toBeNull();
    const rows = await db.downloadRequest.findMany({ orderBy: { client: "asc" } });
    expect(rows.map((r) => [r.client, r.count])).toEqual([
      ["10.0.0.1", 4],
      ["10.0.0.2", 1],
    ]);
  });

  it("without a trusted proxy, ignores X-Forwarded-For: a client cannot escape by changing it", async () => {
    delete process.env.TRUST_PROXY;
    for (const forwarded of ["1.1.1.1", "2.2.2.2", "3.3.3.3"])
      expect(await downloadRefused(request(forwarded))).toBeNull();
    expect((await downloadRefused(request("4.4.4.4")))?.status).toBe(429);
  });

  it("is off with DOWNLOAD_LIMIT_PER_MINUTE=0", async () => {
    process.env.DOWNLOAD_LIMIT_PER_MINUTE = "0";
    for (let n = 0; n < 5; n++) expect(await downloadRefused(request())).toBeNull();
    expect(await db.downloadRequest.count()).toBe(0);
  });

  it("drops minutes older than ten", async () => {
    await db.downloadRequest.create({
      data: { client: "old", windowStart: new Date(Date.now() - 20 * 60_000), count: 5 },
    });
    delete process.env.TRUST_PROXY;
    expect(await downloadRefused(request())).toBeNull();
    expect((await db.downloadRequest.findMany()).map((r) => r.client)).toEqual(["unknown"]);
  });
});

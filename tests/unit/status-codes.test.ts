import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusePagePost } from "@/lib/http/page-post";
import { installUnavailableStatus, markDatabaseUnavailable, socketAddress } from "@/lib/http/request-context";

// A page that met an unreachable database answers 503 with Retry-After (Next itself would
// send 500); a POST to a page that is not a form submission is refused with a 400.

describe("installUnavailableStatus", () => {
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    installUnavailableStatus();
    installUnavailableStatus(); // twice is harmless
    server = http.createServer((req, res) => {
      // As Next does: the status set, then the body written after some asynchronous work.
      setTimeout(() => {
        if (req.url === "/down") markDatabaseUnavailable();
        res.statusCode = req.url === "/ok" || req.url === "/address" ? 200 : 500;
        if (req.url === "/address") return res.end(socketAddress() ?? "none");
        if (req.url === "/explicit") res.writeHead(500, "Internal Server Error", { "x-a": "1" });
        res.end("body");
      }, 5);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("turns the 500 of a request that met an unavailable database into a 503 with Retry-After", async () => {
    const res = await fetch(`${origin}/down`);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toBe("body");
  });

  it("leaves other requests' answers alone, even while one is marked", async () => {
    const [down, bug, ok, explicit] = await Promise.all(
      ["/down", "/bug", "/ok", "/explicit"].map((p) => fetch(`${origin}${p}`)),
    );
    expect([down!.status, bug!.status, ok!.status, explicit!.status]).toEqual([503, 500, 200, 500]);
    expect(bug!.headers.get("retry-after")).toBeNull();
    expect(explicit!.headers.get("x-a")).toBe("1");
  });

  it("is a no-op outside a request", () => {
    expect(() => markDatabaseUnavailable()).not.toThrow();
    expect(socketAddress()).toBeNull();
  });

  it("knows the socket address of the request being served (for per-client limits)", async () => {
    expect(await (await fetch(`${origin}/address`)).text()).toBe("127.0.0.1");
  });
});

describe("refusePagePost", () => {
  const post = (type: string | null, body: string, headers: Record<string, string> = {}) =>
    new Request("http://x/pledges", {
      method: "POST",
      headers: { ...(type ? { "content-type": type } : {}), ...headers },
      body,
    });
  const multipart = '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n';

  it.each([
    ["JSON", post("application/json", "{}")],
    ["plain text", post("text/plain", "x")],
    ["no body type", post(null, "")],
    ["a multipart body that does not parse", post("multipart/form-data; boundary=b", "garbage")],
    ["a multipart body without its boundary", post("multipart/form-data", multipart)],
  ])("refuses %s", async (_, request) => {
    expect(await refusePagePost(request, "/pledges")).toMatch(/form/);
  });

  it.each([
    ["a url-encoded form", post("application/x-www-form-urlencoded", "a=1"), "/pledges"],
    ["a multipart form", post("multipart/form-data; boundary=b", multipart), "/edit/import"],
    ["a server action (Next checks it)", post("text/plain", "[]", { "next-action": "abc" }), "/edit"],
    ["the API", post("application/json", "{}"), "/api/v1/pledges"],
    ["next-auth", post("application/json", "{}"), "/api/auth/callback/credentials"],
    ["a GET", new Request("http://x/pledges"), "/pledges"],
  ])("lets %s through", async (_, request, pathname) => {
    expect(await refusePagePost(request, pathname)).toBeNull();
  });
});

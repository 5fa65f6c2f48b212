import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { config, proxy } from "@/proxy";

// The content security policy (issue 20 #6): a fresh nonce per request, on the response and on
// the request Next renders from (where it finds the nonce for its scripts); no inline script
// runs without it.

const policyOf = (response: Response) => response.headers.get("Content-Security-Policy") ?? "";
const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";

describe("proxy's content security policy", () => {
  it("allows scripts only with this request's nonce, never 'unsafe-inline'", async () => {
    const response = await proxy(new NextRequest("http://127.0.0.1:3000/en/pledges"));
    const policy = policyOf(response);
    const scripts = directive(policy, "script-src");
    const nonce = /'nonce-([A-Za-z0-9+/=]{22,})'/.exec(scripts)?.[1];
    expect(nonce).toBeTruthy();
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).toContain("'strict-dynamic'");
    for (const fixed of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"])
      expect(policy).toContain(fixed);
    // NextResponse.next({ request }) passes the request's new headers on to the render.
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("makes a new nonce for every request", async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => proxy(new NextRequest("http://127.0.0.1:3000/"))),
    );
    const nonces = new Set(responses.map((r) => directive(policyOf(r), "script-src")));
    expect(nonces.size).toBe(20);
  });

  it("covers every path but Next's static files", () => {
    expect(config.matcher).toBe("/((?!_next/static|_next/image).*)");
  });
});

import { describe, expect, it } from "vitest";
import { publicOrigin } from "@/lib/http/public-origin";

// The briefing's absolute links (issue 20 #8): X-Forwarded-Host is a client's word unless a
// proxy you run (TRUST_PROXY=true) sets it.

const request = (headers: Record<string, string>) =>
  new Request("http://127.0.0.1:3000/briefing/briefing.md", { headers });
const forged = { host: "tracker.example.org", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };

describe("publicOrigin", () => {
  it("ignores X-Forwarded-Host and -Proto without TRUST_PROXY", () => {
    expect(publicOrigin(request(forged), {})).toBe("http://tracker.example.org");
  });
  it("follows them behind a proxy the deployment trusts", () => {
    expect(publicOrigin(request(forged), { TRUST_PROXY: "true" })).toBe("https://evil.example");
    expect(
      publicOrigin(request({ host: "a.example", "x-forwarded-host": "b.example, c.example" }), { TRUST_PROXY: "true" }),
    ).toBe("http://b.example");
  });
  it("prefers the configured public address", () => {
    expect(publicOrigin(request(forged), { NEXTAUTH_URL: "https://pledges.example.org/x", TRUST_PROXY: "true" })).toBe(
      "https://pledges.example.org",
    );
  });
  it("falls back to the request's own address", () => {
    expect(publicOrigin(request({}), {})).toBe("http://127.0.0.1:3000");
  });
});

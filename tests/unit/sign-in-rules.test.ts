import { describe, expect, it } from "vitest";
import { authRedirect, sameOriginPath } from "@/lib/auth/redirect";
import { THROTTLE, waitMinutes } from "@/lib/auth/throttle-policy";
import { parseSearchParams } from "@/lib/validation/search-params";
import { signInParams } from "@/lib/validation/sign-in-params";

// Where sign-in may send the browser, the sign-in page's parameters, and the throttle's waits.

describe("sameOriginPath", () => {
  it("keeps paths of this site", () => {
    expect(sameOriginPath("/pledges?dialogue=japan-uk#list")).toBe("/pledges?dialogue=japan-uk#list");
    expect(sameOriginPath("/edit/audit")).toBe("/edit/audit");
  });

  it("sends everything that would leave the site home", () => {
    for (const value of [
      "/\t/evil.example", // a browser drops the tab: //evil.example
      "/%09/evil.example",
      "/\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "evil.example",
      "/a/..//evil.example",
      "",
      undefined,
    ]) {
      const path = sameOriginPath(value);
      expect(path, String(value)).toMatch(/^\/(?![/\\])/);
      expect(new URL(path, "https://tracker.example").origin, String(value)).toBe("https://tracker.example");
    }
    expect(sameOriginPath("/\t/evil.example")).toBe("/");
  });
});

describe("authRedirect (next-auth's redirect callback)", () => {
  const baseUrl = "https://tracker.example";
  it("allows this origin only", () => {
    expect(authRedirect({ url: "/pledges", baseUrl })).toBe("https://tracker.example/pledges");
    expect(authRedirect({ url: "https://tracker.example/meetings", baseUrl })).toBe("https://tracker.example/meetings");
    expect(authRedirect({ url: "/\t/evil.example", baseUrl })).toBe("https://tracker.example/");
    expect(authRedirect({ url: "https://evil.example/", baseUrl })).toBe(baseUrl);
    expect(authRedirect({ url: "https://tracker.example.evil.example/", baseUrl })).toBe(baseUrl);
    expect(authRedirect({ url: "not a url", baseUrl })).toBe(baseUrl);
  });
});

describe("signInParams", () => {
  it("treats prototype names and unknown roles as no role, and any callback as a path of this site", () => {
    const { data, problems } = parseSearchParams(signInParams, {
      denied: "constructor",
      callbackUrl: "/\t/evil.example",
    });
    expect(data.denied).toBeUndefined();
    expect(data.callbackUrl).toBe("/");
    expect(problems.map((p) => p.param)).toEqual(["denied"]);
    expect(parseSearchParams(signInParams, { denied: "__proto__" }).data.denied).toBeUndefined();
    expect(parseSearchParams(signInParams, { denied: "editor", callbackUrl: "/edit" }).data).toMatchObject({
      denied: "editor",
      callbackUrl: "/edit",
    });
    expect(parseSearchParams(signInParams, {}).data.callbackUrl).toBe("/");
  });
});

describe("waitMinutes", () => {
  const now = new Date("2026-11-29T12:00:00Z");
  const ago = (m: number) => new Date(now.getTime() - m * 60_000);
  it("waits nothing below the threshold, then doubles from the last failure, up to the cap", () => {
    expect(waitMinutes({ count: 4, last: ago(0) }, 5, now)).toBe(0);
    expect(waitMinutes({ count: 5, last: ago(0) }, 5, now)).toBe(1);
    expect(waitMinutes({ count: 6, last: ago(0) }, 5, now)).toBe(2);
    expect(waitMinutes({ count: 8, last: ago(3) }, 5, now)).toBe(5);
    expect(waitMinutes({ count: 40, last: ago(0) }, 5, now)).toBe(THROTTLE.capMinutes);
    expect(waitMinutes({ count: 40, last: ago(THROTTLE.capMinutes) }, 5, now)).toBe(0);
  });
});

import { expect, test } from "@playwright/test";

// A POST to a page that is not a form submission, or whose multipart body is broken, is a
// client's mistake: 400, never a 500 (Next rendered JSON posts as a GET and failed on broken
// multipart with a 500) and never the page.

// Pages live under their language (a path without one is redirected there first).
const PAGES = ["/en", "/en/pledges", "/en/pledges/x42", "/ja/briefing", "/en/sign-in", "/en/edit"];

test("POSTs to pages that are not form submissions answer 400", async ({ request }) => {
  const cases: [string, Record<string, string>, string][] = [
    ["JSON", { "content-type": "application/json" }, "{}"],
    ["plain text", { "content-type": "text/plain" }, "hello"],
    ["no body", {}, ""],
    ["broken multipart", { "content-type": "multipart/form-data; boundary=xx" }, "garbage"],
    ["broken multipart to an action", { "content-type": "multipart/form-data; boundary=xx", "next-action": "1" }, "x"],
  ];
  const seen: string[] = [];
  for (const path of PAGES)
    for (const [label, headers, data] of cases) {
      const res = await request.post(path, { headers, data, maxRedirects: 0 });
      seen.push(`${path} ${label}: ${res.status()}`);
    }
  expect(seen.filter((line) => !line.endsWith(": 400"))).toEqual([]);
});

test("a url-encoded form POST to a page is not refused", async ({ request }) => {
  const res = await request.post("/en/pledges", { form: { a: "1" }, maxRedirects: 0 });
  expect(res.status()).toBeLessThan(500);
  expect(res.status()).not.toBe(400);
});

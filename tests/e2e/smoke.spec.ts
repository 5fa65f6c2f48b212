import { expect, test } from "@playwright/test";

// The built app starts, reaches its database and serves the home page.
test("the home page opens", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Pledge tracker/);
});

// Scripts run only with the request's nonce (proxy.ts): every script Next renders carries it,
// the browser refuses nothing, and the page's client code runs.
test("pages run their scripts under a nonce-only script policy", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  for (const path of ["/", "/sign-in", "/pledges", "/charts"]) {
    const response = await page.goto(path);
    const policy = response?.headers()["content-security-policy"] ?? "";
    const scripts = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scripts).toMatch(/'nonce-[^']+'/);
    expect(scripts).not.toContain("unsafe-inline");
    const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!;
    const inline = await page.$$eval("script:not([src])", (nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.every((n) => n === nonce)).toBe(true);
  }
  // The sign-in form is a client component: its own error message appears only if its script ran.
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill("nobody@example.org");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByTestId("sign-in-error")).toBeVisible();
  expect(refused).toEqual([]);
});

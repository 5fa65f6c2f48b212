import { expect, test } from "@playwright/test";

// The built app starts, reaches its database and serves the home page.
test("the home page opens", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Pledge tracker/);
});

import { expect, type Page } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";
import { E2E_USERS } from "@/tests/support/e2e-accounts";

// Signs in through the real sign-in page with an account scripts/e2e-server.ts created.
export async function signIn(page: Page, role: Role): Promise<void> {
  const user = E2E_USERS[role];
  // The English form, whatever the browser's language (a Japanese reader signs in too).
  await page.goto("/en/sign-in");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toContainText(user.name);
}

import { expect, test } from "@playwright/test";
import { E2E_USERS } from "@/tests/support/e2e-accounts";
import { signIn } from "./support/accounts";

// Where sign-in leads, and sessions that end on the server. Nothing here writes data.

async function submitSignIn(page: import("@playwright/test").Page, role: "editor" | "viewer") {
  await page.getByLabel("E-mail").fill(E2E_USERS[role].email);
  await page.getByLabel("Password").fill(E2E_USERS[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toContainText(E2E_USERS[role].name);
}

test("after sign-in, a callback that would leave the site leads home instead", async ({ page, baseURL }) => {
  await page.goto("/sign-in?callbackUrl=/%09/evil.example");
  await submitSignIn(page, "viewer");
  await expect(page).toHaveURL(`${baseURL}/en`);
});

test("after sign-in, a path of this site is where the user goes", async ({ page, baseURL }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/pledges?dialogue=japan-uk")}`);
  await submitSignIn(page, "viewer");
  await expect(page).toHaveURL(`${baseURL}/en/pledges?dialogue=japan-uk`);
});

test("the sign-in page reads its parameters with one schema: junk is no error", async ({ request }) => {
  for (const query of ["denied=constructor", "denied=__proto__", "error=%3Cb%3Ecall+us%3C%2Fb%3E", "callbackUrl=%00"]) {
    const response = await request.get(`/sign-in?${query}`);
    expect(response.status(), query).toBe(200);
    expect(await response.text(), query).not.toContain("call us");
  }
});

test("signing out ends the session on the server: the old cookie no longer works", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "editor");
  const before = await page.context().cookies();
  const first = await (await page.request.get("/api/auth/session")).json();
  // Using the session does not move its end.
  const again = await (await page.request.get("/api/auth/session")).json();
  expect(again.expires).toBe(first.expires);
  expect(Date.parse(first.expires) - Date.now()).toBeLessThanOrEqual(12 * 3600 * 1000);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  // Someone who kept a copy of the cookie from before the sign-out.
  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(before);
  expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
  const editorPage = await replay.newPage();
  await editorPage.goto("/edit/audit");
  await expect(editorPage).toHaveURL(/\/sign-in\?callbackUrl=/);
  await replay.close();
});

import { expect, test } from "@playwright/test";
import { E2E_USERS } from "@/tests/support/e2e-accounts";
import { signIn } from "./support/accounts";

// Signing in and out, and what each role sees. Nothing here writes to the database.

test("a wrong password is refused with a message; the right one signs in and out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(E2E_USERS.editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong e-mail or password.");
  await signIn(page, "editor");
  await expect(page.getByTestId("user-menu")).toContainText("Add meeting");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/api/auth/csrf"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
  }
});

test("pages work under the content security policy (no violations, no errors)", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await signIn(page, "admin");
  for (const path of [
    "/",
    "/pledges/jpuk-jnaam",
    "/edit/meetings/new",
    "/edit/pledges/jpuk-jnaam/status",
    "/edit/audit",
    "/edit/users",
  ]) {
    await page.goto(path);
    await expect(page.locator("h1").first()).toBeVisible();
  }
  // Client-side behaviour runs: the statement preview is computed in the browser.
  await page.goto("/edit/meetings/new");
  await page.getByLabel("Statement text").fill("1. One.\n2. Two.");
  await page.getByRole("button", { name: "Preview paragraphs" }).click();
  await expect(page.getByTestId("paragraph-preview")).toContainText("2 paragraphs found");
  expect(problems).toEqual([]);
});

test("a viewer sees no editing controls and cannot open editor pages", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByTestId("user-menu")).not.toContainText("Add meeting");
  await page.goto("/pledges/jpuk-jnaam");
  await expect(page.getByTestId("status-timeline")).toBeVisible();
  await expect(page.getByTestId("editor-bar")).toHaveCount(0);
  await expect(page.getByText("Correct this update")).toHaveCount(0);
  await page.goto("/meetings/jpuk-2plus2-2021");
  await expect(page.getByTestId("editor-bar")).toHaveCount(0);
  await page.goto("/edit/meetings/new");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2Fen)?%2Fedit%2Fmeetings%2Fnew&denied=editor/);
  await expect(page.getByText("That page needs the editor role; your account is a viewer")).toBeVisible();
});

test("a direct POST of a server action by a viewer (or nobody) is refused and changes nothing", async ({ browser }) => {
  // Capture a real "record a status update" POST as the editor's browser would send it...
  const editor = await browser.newContext();
  const editorPage = await editor.newPage();
  await signIn(editorPage, "editor");
  await editorPage.goto("/edit/pledges/jpuk-acsa/status");
  await editorPage.getByLabel("Status reported").selectOption("delivered");
  await editorPage.getByTestId("paragraph-panel").getByRole("button").first().click();
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await editorPage.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer()! };
      await route.abort(); // the editor's own save must not happen
    } else await route.continue();
  });
  await editorPage.getByRole("button", { name: "Record status update" }).click();
  await expect.poll(() => captured).toBeDefined();
  await editor.close();

  // ...and replay it with a viewer's session cookie, then with none.
  const viewer = await browser.newContext();
  const viewerPage = await viewer.newPage();
  await signIn(viewerPage, "viewer");
  await viewerPage.goto("/pledges/jpuk-acsa");
  const timelineBefore = await viewerPage.getByTestId("status-timeline").innerText();
  const headers = {
    "next-action": captured!.headers["next-action"]!,
    "content-type": captured!.headers["content-type"]!,
    origin: captured!.headers["origin"] ?? "",
  };
  const asViewer = await viewer.request.post(captured!.url, { headers, data: captured!.body });
  expect(await asViewer.text()).toContain('"code":"forbidden"');
  const anonymous = await browser.newContext();
  const asNobody = await anonymous.request.post(captured!.url, { headers, data: captured!.body });
  expect(await asNobody.text()).toContain('"code":"unauthenticated"');
  await viewerPage.reload();
  expect(await viewerPage.getByTestId("status-timeline").innerText()).toBe(timelineBefore);
  await viewer.close();
  await anonymous.close();
});

test("repeated failed sign-ins lock the account with a clear message", async ({ page }) => {
  // An account nobody uses, so the lock (15 minutes) cannot disturb other tests.
  await page.goto("/sign-in");
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("E-mail").fill("locked-out@e2e.test");
    await page.getByLabel("Password").fill(`guess number ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toBeVisible();
  }
  await expect(page.getByTestId("sign-in-error")).toContainText(
    /Too many failed attempts\. Try again in \d+ minutes?\./,
  );
});

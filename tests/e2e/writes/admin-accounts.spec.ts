import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";

// An admin manages accounts from the browser: a new editor gets a password shown once and
// signs in with it; once disabled, that editor's open session can no longer save anything.

test("an admin creates an editor, who signs in; disabling the account stops its writes at once", async ({
  browser,
}) => {
  const email = `new-editor-${Date.now().toString(36)}@example.org`;
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/pledges/jpuk-acsa");
  // The timeline as anyone reads it (an admin's view adds its "Correct this update" links).
  const readerView = (text: string) => text.replace(/\n*Correct this update/g, "");
  const timeline = readerView(await admin.getByTestId("status-timeline").innerText());
  await admin.getByRole("link", { name: "Users" }).click();
  await admin.getByLabel("E-mail", { exact: true }).fill(email);
  await admin.getByLabel("Name", { exact: true }).fill("New Editor");
  await admin.getByLabel("Role", { exact: true }).selectOption("editor");
  await admin.getByRole("button", { name: "Create account" }).click();
  const password = await admin.getByTestId("generated-password").innerText();
  expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
  await expect(admin.getByTestId(`user-${email}`)).toContainText("Editor");

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await editor.goto("/sign-in");
  await editor.getByLabel("E-mail").fill(email);
  await editor.getByLabel("Password").fill(password);
  await editor.getByRole("button", { name: "Sign in" }).click();
  await expect(editor.getByTestId("user-menu")).toContainText("New Editor");
  await editor.goto("/edit/pledges/jpuk-acsa/status");
  await editor.getByLabel("Status reported").selectOption("stalled");
  await editor.getByTestId("paragraph-panel").getByRole("button").nth(7).click();

  // Meanwhile the admin disables the account.
  await admin.reload();
  await admin.getByTestId(`user-${email}`).getByRole("button", { name: "Disable" }).click();
  await expect(admin.getByTestId(`user-${email}`)).toContainText("disabled");

  await editor.getByRole("button", { name: "Record status update" }).click();
  await expect(editor.getByTestId("form-message")).toContainText("Sign in to do this");
  await editor.goto("/pledges/jpuk-acsa");
  await expect(editor.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(readerView(await editor.getByTestId("status-timeline").innerText())).toBe(timeline);
  await editorContext.close();
});

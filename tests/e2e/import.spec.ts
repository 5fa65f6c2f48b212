import { expect, test, type Page } from "@playwright/test";
import { csvChunk, parsePledgeCsv, type CsvRow } from "@/lib/import-export/csv";
import { E2E_USERS } from "../support/e2e-users";

// An editor's round trip in the browser: export, edit a cell, check the file, apply it.
// The pledge edited here (a Japan-US one) is put back at the end for the other tests.

const ID = "jpus-meet-in-person";

async function signInAsEditor(page: Page) {
  await page.goto("/sign-in?callbackUrl=/edit/import");
  await page.getByLabel("E-mail").fill(E2E_USERS.editor.email);
  await page.getByLabel("Password").fill(E2E_USERS.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/edit\/import$/);
}

async function exported(page: Page): Promise<CsvRow> {
  const response = await page.request.get(`/pledges/pledges.csv?dialogue=japan-us`);
  const parsed = parsePledgeCsv(await response.text());
  return parsed.rows.find((r) => r.cells.id === ID)!.cells as CsvRow;
}

async function importRow(page: Page, row: CsvRow) {
  await page
    .getByTestId("import-file")
    .setInputFiles({ name: "pledges.csv", mimeType: "text/csv", buffer: Buffer.from(csvChunk([row], true)) });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  const dryRun = page.getByTestId("dry-run");
  await expect(dryRun).toContainText("0 to create, 1 to change, 0 unchanged, 0 with errors.");
  await expect(dryRun.locator('tr[data-action="update"]')).toContainText("text");
  await dryRun.getByTestId("apply-import").click();
  await expect(page.getByTestId("form-message")).toContainText("Imported: 0 created, 1 changed, 0 unchanged.");
}

test("an editor imports an edited CSV after a dry run, and only the edited cell changes", async ({ page }) => {
  await signInAsEditor(page);
  const original = await exported(page);
  const newText = `${original.text} (Edited in a spreadsheet.)`;
  await importRow(page, { ...original, text: newText });

  const after = await exported(page);
  expect(after.text).toBe(newText);
  for (const key of Object.keys(original) as (keyof CsvRow)[]) {
    if (key !== "text" && key !== "version") expect(after[key], key).toBe(original[key]);
  }
  await page.goto(`/pledges/${ID}`);
  await expect(page.getByRole("region", { name: "What was pledged" })).toContainText("(Edited in a spreadsheet.)");

  // A row with an error is shown with its reason, and nothing can be applied.
  await page.goto("/edit/import");
  await page.getByTestId("import-file").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csvChunk([{ ...after, area: "space" }], true)),
  });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await expect(page.getByTestId("dry-run")).toContainText("area: unknown area “space”");
  await expect(page.getByTestId("apply-import")).toHaveCount(0);

  // Put it back as it was.
  await page.goto("/edit/import");
  await importRow(page, { ...after, text: original.text });
});

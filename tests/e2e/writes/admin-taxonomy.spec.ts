import { expect, test } from "@playwright/test";
import { signIn } from "../support/accounts";

// An admin starts tracking a new dialogue and adds a cooperation area from the browser; an
// editor then adds that dialogue's first meeting and finds the new area when filing a pledge.

const stamp = Date.now().toString(36);
const DIALOGUE = `Japan-Australia Foreign and Defence Ministerial Consultations (e2e ${stamp})`;
const DIALOGUE_ID = `japan-australia-${stamp}`;
const AREA = `Intelligence sharing e2e ${stamp}`;
const MEETING = `11th Japan-Australia 2+2 (e2e ${stamp})`;

test("an admin adds a dialogue and an area; an editor adds a meeting to the new dialogue", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, "admin");
  await admin.goto("/edit");
  await admin.locator("#main").getByRole("link", { name: "Dialogues" }).click();
  await admin.getByRole("link", { name: "add the dialogue" }).click();
  await admin.getByLabel("Name", { exact: true }).fill(DIALOGUE);
  await expect(admin.getByLabel("Id", { exact: true })).toHaveAttribute(
    "placeholder",
    /^japan-australia-foreign-and-defence/,
  );
  await admin.getByLabel("Id", { exact: true }).fill(DIALOGUE_ID);
  await admin.getByLabel("Partner country").fill("Australia");
  await admin.getByRole("button", { name: "Create dialogue" }).click();
  await expect(admin).toHaveURL(/\/edit\/dialogues\?saved=dialogue$/);
  await expect(admin.getByTestId("saved-notice")).toHaveText("Dialogue saved.");
  await expect(admin.getByTestId(`dialogue-${DIALOGUE_ID}`)).toContainText("Australia");

  // The same id again is refused in plain words, and the form keeps what was typed.
  await admin.goto("/edit/dialogues/new");
  await admin.getByLabel("Name", { exact: true }).fill("Another dialogue");
  await admin.getByLabel("Id", { exact: true }).fill(DIALOGUE_ID);
  await admin.getByLabel("Partner country").fill("Australia");
  await admin.getByRole("button", { name: "Create dialogue" }).click();
  await expect(admin.getByTestId("error-slug")).toHaveText("A dialogue with this id already exists");
  await expect(admin.getByLabel("Name", { exact: true })).toHaveValue("Another dialogue");

  await admin.goto("/edit");
  await admin.locator("#main").getByRole("link", { name: "Areas" }).click(); // not the public "Areas" in the header
  await admin.getByRole("link", { name: "Add an area" }).click();
  await admin.getByLabel("Name", { exact: true }).fill(AREA);
  await admin.getByLabel("Description").fill("Information-sharing arrangements and their use.");
  await admin.getByRole("button", { name: "Create area" }).click();
  await expect(admin.getByTestId("saved-notice")).toHaveText("Area saved.");
  const areaRow = admin.getByTestId(`area-intelligence-sharing-e2e-${stamp}`);
  await expect(areaRow).toContainText(AREA);
  // Move it to the top of the taxonomy.
  await areaRow.getByRole("link", { name: `Edit ${AREA}` }).click();
  await admin.getByLabel("Position").fill("1");
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByTestId("area-list").locator("tbody tr").first()).toContainText(AREA);
  await admin.close();

  const context = await browser.newContext();
  const editor = await context.newPage();
  await signIn(editor, "editor");
  await editor.goto("/edit/meetings/new");
  await editor.getByLabel("Dialogue").selectOption(DIALOGUE_ID);
  await editor.getByLabel("Title", { exact: true }).fill(MEETING);
  await editor.getByLabel("Date").fill("2025-09-05");
  await editor.getByLabel("Place").fill("Canberra");
  await editor.getByLabel("Document title").fill(`Joint Statement (e2e ${stamp})`);
  await editor
    .getByLabel("Statement text")
    .fill("1. The Ministers met in Canberra.\n2. They decided to expand information sharing.");
  await editor.getByRole("button", { name: "Preview paragraphs" }).click();
  await expect(editor.getByTestId("paragraph-preview")).toContainText("2 paragraphs found");
  await editor.getByRole("button", { name: "Save meeting and paragraphs" }).click();
  await expect(editor.getByTestId("saved-notice")).toHaveText("Meeting saved.");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(MEETING);

  await editor.getByRole("link", { name: "Add a pledge made here" }).click();
  await expect(editor.getByLabel("Area").locator("option").nth(1)).toHaveText(AREA); // first after "Choose an area…"
  await context.close();
});

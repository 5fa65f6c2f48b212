import { expect, test, type Locator } from "@playwright/test";
import { signIn } from "../support/accounts";

// An editor's round after a meeting, in the browser: add the meeting by pasting its
// statement, record a status update through the citation picker, review the meeting for
// three more pledges at once, and see the dashboard and the pledge timelines change.
// This folder's files write to the shared e2e database; Playwright runs files in name order
// with one worker, so "writes/" comes after the read-only specs whose figures it would move.

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const TITLE = `5th Japan-UK Foreign and Defence Ministers' Meeting (e2e ${stamp})`;
const JNAAM_QUOTE = "welcomed the successful completion of the joint research on the Joint New Air-to-Air Missile";
const STATEMENT = [
  "Joint Statement: Fifth Japan-UK Foreign and Defence Ministers' Meeting",
  "1. The Ministers met in London and reviewed the commitments made at their earlier meetings.",
  `2. The Ministers ${JNAAM_QUOTE} and confirmed that its results will inform future programmes.`,
  "3. The Ministers confirmed that the Acquisition and Cross-Servicing Agreement is used regularly in exercises.",
  "4. The Ministers noted that the cooperation agreed at their earlier meetings has been delivered in full.",
  "(1) They welcomed the completed visits and exercises.",
].join("\n");

// Selects `text` inside an element the way a mouse drag would.
async function selectText(element: Locator, text: string) {
  await element.evaluate((el, sub) => {
    const node = el.firstChild as Text;
    const start = node.data.indexOf(sub);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + sub.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

let meetingUrl = "";
let deliveredBefore = 0;
const reviewed: string[] = [];

test("an editor adds a meeting by pasting its statement, checking the paragraph preview", async ({ page }) => {
  await page.goto("/?dialogue=japan-uk");
  deliveredBefore = Number(await page.getByTestId("figure-delivered").locator(".figure-value").innerText());

  await signIn(page, "editor");
  await page.getByRole("link", { name: "Add meeting" }).click();
  await expect(page.getByRole("heading", { name: "Add a meeting" })).toBeVisible();
  await page.getByLabel("Dialogue").selectOption("japan-uk");
  await page.getByLabel("Title", { exact: true }).fill(TITLE);
  await page.getByLabel("Date").fill("2025-06-15");
  await page.getByLabel("Place").fill("London");
  await page.getByLabel("Ordinal").fill("5");
  await page.getByLabel("Document title").fill(`Joint Statement (e2e ${stamp})`);
  await page.getByLabel("Statement text").fill(STATEMENT);
  const save = page.getByRole("button", { name: "Save meeting and paragraphs" });
  await expect(save).toBeDisabled(); // not before the editor has seen the preview
  await page.getByRole("button", { name: "Preview paragraphs" }).click();
  const preview = page.getByTestId("paragraph-preview");
  await expect(preview).toContainText("6 paragraphs found");
  await expect(preview.locator("li").nth(5)).toContainText("4(1)");
  await save.click();

  await expect(page).toHaveURL(/\/meetings\/[^/?]+\?saved=meeting$/);
  await expect(page.getByTestId("saved-notice")).toHaveText("Meeting saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.locator("ol.paragraphs li")).toHaveCount(6);
  meetingUrl = new URL(page.url()).pathname;
});

test("the editor records a status update with a citation chosen in the picker", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/pledges/jpuk-jnaam");
  await page.getByRole("link", { name: "Record a status update" }).click();
  await page.getByLabel("Reported at").selectOption({ label: `${TITLE}, 15 June 2025` });
  await page.getByRole("button", { name: "Show its paragraphs" }).click();
  await page.getByLabel("Status reported").selectOption("delivered");

  const panel = page.getByTestId("paragraph-panel");
  await panel.getByRole("button", { name: "Cite para 2" }).click();
  await expect(page.getByLabel("Quote (verbatim)")).toHaveValue(/^The Ministers welcomed/); // the whole paragraph, to trim
  await selectText(panel.getByTestId("paragraph-2").locator("[data-paragraph-text]"), JNAAM_QUOTE);
  await expect(page.getByLabel("Quote (verbatim)")).toHaveValue(JNAAM_QUOTE);
  await expect(page.getByTestId("citation-status")).toContainText("The quote is word for word in it.");
  await page.getByLabel("Note").fill("Research completed.");
  await page.getByRole("button", { name: "Record status update" }).click();

  await expect(page).toHaveURL(/\/pledges\/jpuk-jnaam\?saved=status$/);
  await expect(page.getByTestId("saved-notice")).toHaveText("Status update recorded.");
  const timeline = page.getByTestId("status-timeline");
  await expect(timeline.locator("li").last()).toContainText(TITLE);
  await expect(timeline.locator("li").last()).toContainText(JNAAM_QUOTE);
  await expect(page.locator("article > p [data-status]").first()).toHaveAttribute("data-status", "delivered");
  await expect(page.getByTestId("change-history")).toContainText("E2E Editor");
  await expect(page.getByTestId("change-history")).toContainText("recorded a status update on");
});

test("the editor reviews the meeting and updates three more pledges in one save", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto(meetingUrl);
  await page.getByRole("link", { name: "Review this meeting" }).click();
  await expect(page.getByRole("heading", { name: `Review: ${TITLE}` })).toBeVisible();
  await expect(page.getByTestId("review-row-jpuk-jnaam")).toContainText("Already reported at this meeting");

  // The statement intake pre-fills what it can (tests/e2e/writes/intake-review.spec.ts); this
  // test records its own reports, so it rejects every proposal first.
  const rejects = page.getByRole("button", { name: /Reject the proposal/ });
  while ((await rejects.count()) > 0) await rejects.first().click();
  const rows = page.locator("fieldset.review-row").filter({ has: page.locator('select[name$=".status"]') });
  expect(await rows.count()).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < 3; i++) {
    const row = rows.nth(i);
    reviewed.push((await row.getAttribute("data-testid"))!.replace("review-row-", ""));
    const status = row.locator('select[name$=".status"]');
    await status.focus();
    await status.selectOption("delivered");
    // Keyboard order: status, then the paragraph, then the quote.
    await page.keyboard.press("Tab");
    const paragraph = row.locator('select[name$=".paragraphId"]');
    await expect(paragraph).toBeFocused();
    const para4 = await paragraph.locator("option", { hasText: /^para 4: / }).getAttribute("value");
    await paragraph.selectOption(para4!);
    await expect(row.locator('textarea[name$=".quote"]')).toHaveValue(/delivered in full/);
  }
  await page.getByRole("button", { name: "Save 3 reported statuses" }).click();

  await expect(page).toHaveURL(/\?saved=review$/);
  await expect(page.getByTestId("saved-notice")).toHaveText("Meeting review saved.");
  await expect(page.getByRole("heading", { name: "Reported here on earlier pledges (4)" })).toBeVisible();
});

test("the dashboard and the pledge timelines show the new statuses", async ({ page }) => {
  await page.goto("/?dialogue=japan-uk");
  // JNAAM and the three reviewed pledges were open; all four are now delivered.
  await expect(page.getByTestId("figure-delivered").locator(".figure-value")).toHaveText(String(deliveredBefore + 4));
  const latest = page.locator("section", { has: page.getByRole("heading", { name: "Latest status updates" }) });
  await expect(latest).toContainText(TITLE);

  await page.goto(`/pledges/${reviewed[0]}`);
  const last = page.getByTestId("status-timeline").locator("li").last();
  await expect(last).toContainText(TITLE);
  await expect(last.locator("[data-status]")).toHaveAttribute("data-status", "delivered");
  await expect(last).toContainText("delivered in full");
  // Readers see the change history too, without the editor's name.
  await expect(page.getByTestId("change-history")).toContainText("An editor recorded a status update on");
});

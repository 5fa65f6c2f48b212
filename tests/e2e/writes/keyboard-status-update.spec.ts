import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "@/tests/support/e2e-accounts";
import { expectNoAxeViolations } from "../support/axe";

// An editor records a status update with a citation using the keyboard alone: sign in, skip
// to the content, open the form, choose the meeting, the status and the paragraph, save, and
// land on the confirmation. No click, no fill(): keys only.

const PLEDGE = "jpuk-asean-hadr-seminar";

// Presses Tab until the focused element's accessible name matches, as a keyboard user would.
async function tabTo(page: Page, name: RegExp, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    const label = await focused
      .evaluate((el) => {
        const aria = el.getAttribute("aria-label");
        if (aria) return aria;
        const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
        return labelled ?? el.textContent ?? "";
      })
      .catch(() => "");
    if (name.test(label.trim())) {
      // Focus must be visible where it lands (WCAG 2.4.7): an outline is drawn.
      const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline, `no visible focus on ${label}`).not.toBe("none");
      return;
    }
  }
  throw new Error(`Tab never reached an element named ${name}`);
}

// Moves a focused closed <select> with the arrow keys until its chosen option matches.
async function arrowTo(page: Page, option: RegExp): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const chosen = await page
      .locator(":focus")
      .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
    if (option.test(chosen)) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`no option matching ${option}`);
}

test("an editor records a status update with a citation by keyboard alone", async ({ page }) => {
  const editor = E2E_USERS.editor;
  await page.goto("/sign-in");
  await expect(page.getByLabel("E-mail")).toBeFocused();
  await page.keyboard.type(editor.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(editor.password);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("user-menu")).toContainText(editor.name);

  await page.goto(`/pledges/${PLEDGE}`);
  // The first Tab reaches the skip link; Enter moves the focus to the content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await tabTo(page, /^Record a status update$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Record a status update" })).toBeVisible();

  await tabTo(page, /^Reported at/);
  await arrowTo(page, /^4th Japan-UK/);
  await tabTo(page, /^Show its paragraphs$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/source=meeting%3Ajpuk-2plus2-2021|source=meeting:jpuk-2plus2-2021/);

  await tabTo(page, /^Status reported$/);
  await arrowTo(page, /^Partly delivered$/);
  await tabTo(page, /^Cite para 3$/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("citation-status")).toContainText("The quote is word for word in it.");
  const quote = await page.getByLabel("Quote (verbatim)").inputValue();
  expect(quote.length).toBeGreaterThan(20);

  await tabTo(page, /^Note/);
  await page.keyboard.type("Recorded by keyboard alone.");
  await tabTo(page, /^Record status update$/);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/pledges/${PLEDGE}\\?saved=status$`));
  // The confirmation takes the focus, so it is the first thing the editor hears.
  await expect(page.getByTestId("saved-notice")).toBeFocused();
  const last = page.getByTestId("status-timeline").locator("li").last();
  await expect(last.locator("[data-status]")).toHaveAttribute("data-status", "partly_delivered");
  await expect(last).toContainText(quote.slice(0, 40));
  await expectNoAxeViolations(page);
});

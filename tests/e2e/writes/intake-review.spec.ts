import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../support/accounts";

// Statement intake in the browser: an editor pastes a statement, the review arrives
// pre-filled from it (proposals first, strongest first), the editor accepts two, edits one
// and rejects one, saves, and the pledge timelines and the audit trail show exactly that.
// Dated between the January 2021 teleconference and the 4th 2+2, so the carrier strike group
// pledge is open and the later joint-exercises one does not exist yet.

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36);
const TITLE = `Japan-UK ministerial video call (intake e2e ${stamp})`;
const STATEMENT = [
  "1. The Ministers met in Tokyo and reviewed the cooperation agreed at their earlier meetings.",
  "2. The Ministers welcomed progress on the research programme for the Joint New Air-to-Air Missile (JNAAM).",
  "3. The Ministers welcomed the entry into force of the Japan-UK Acquisition and Cross-Servicing Agreement (ACSA).",
  "4. The Japanese side welcomed the planned visit by HMS Queen Elizabeth and her Carrier Strike Group to East Asia.",
  "5. The Ministers welcomed progress in cyber cooperation and information sharing on cyber threats.",
  "6. The Ministers agreed to hold a joint seminar on space security in 2026.",
].join("\n");

let meetingUrl = "";

const row = (page: Page, pledgeId: string) => page.getByTestId(`review-row-${pledgeId}`);

test("pasting a statement stores proposals for the review", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/edit/meetings/new");
  await page.getByLabel("Dialogue").selectOption("japan-uk");
  await page.getByLabel("Title", { exact: true }).fill(TITLE);
  await page.getByLabel("Date").fill("2021-01-25");
  await page.getByLabel("Document title").fill(`Statement (intake e2e ${stamp})`);
  await page.getByLabel("Statement text").fill(STATEMENT);
  await page.getByRole("button", { name: "Preview paragraphs" }).click();
  await expect(page.getByTestId("paragraph-preview")).toContainText("6 paragraphs found");
  await page.getByRole("button", { name: "Save meeting and paragraphs" }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/?]+\?saved=meeting$/);
  meetingUrl = new URL(page.url()).pathname;
});

test("a long statement's controls: reasons one click away, the paragraph around the quote, accept above a score, nothing here", async ({
  page,
}) => {
  await signIn(page, "editor");
  await page.goto(`/edit${meetingUrl}/review`);
  const jnaam = row(page, "jpuk-jnaam");
  // The reasons are folded away, one click opens them.
  const reasons = jnaam.getByTestId("proposal-reasons");
  await expect(reasons.getByText(/Parts of the score/)).toBeHidden();
  await reasons.getByText("Why this proposal?").click();
  await expect(reasons.getByText(/Parts of the score/)).toBeVisible();
  await expect(reasons).toContainText("link model's probability");
  // The quote is shown marked inside its paragraph.
  await expect(jnaam.getByTestId("proposal-context").locator("mark")).toContainText("research programme");

  // Accept all above a score: those under it go back to "No report", the others stay.
  const scores = await page.getByTestId("proposal-score").allTextContents();
  const sorted = scores.map(Number);
  expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  const cut = 0.9;
  await page.getByLabel("Lowest score to keep").fill(String(cut));
  await page.getByRole("button", { name: "Accept all above this score" }).click();
  const statusOf = (id: string) => row(page, id).locator('select[name$=".status"]');
  await expect(statusOf("jpuk-jnaam")).not.toHaveValue("");
  await expect(statusOf("jpuk-carrier-strike-group")).toHaveValue("");
  await expect(
    row(page, "jpuk-carrier-strike-group").getByRole("button", { name: "Restore the proposal" }),
  ).toBeVisible();

  // Nothing here for a pledge: its row says it will be recorded as reviewed silence.
  const other = row(page, "jpuk-follow-up-report");
  await other.getByRole("button", { name: /Nothing here for/ }).click();
  await expect(other.getByTestId("nothing-here")).toContainText("reviewed silence");
  await expect(other.locator('select[name$=".status"]')).toHaveValue("");
  await expect(other).toContainText("no paragraph it was sure");
});

test("the review arrives pre-filled; the editor accepts two, edits one, rejects one and saves", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto(meetingUrl);
  await page.getByRole("link", { name: "Review this meeting" }).click();
  await expect(page.getByRole("heading", { name: `Review: ${TITLE}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Proposals from the statement" })).toContainText(
    "4 pledges pre-filled",
  );

  // Strongest first, and the first one's paragraph is highlighted in the panel.
  const rows = page.locator("fieldset.review-row");
  await expect(rows.nth(0)).toHaveAttribute("data-testid", "review-row-jpuk-jnaam");
  await expect(page.getByTestId("paragraph-panel").getByTestId("paragraph-2")).toHaveClass(/picked/);
  const jnaam = row(page, "jpuk-jnaam");
  await expect(jnaam.locator('select[name$=".status"]')).toHaveValue("in_progress");
  await expect(jnaam.locator('textarea[name$=".quote"]')).toHaveValue(
    /^The Ministers welcomed progress on the research programme/,
  );
  await expect(jnaam.getByTestId("proposal-note")).toContainText("JNAAM");
  await expect(jnaam.getByTestId("proposal-note")).toContainText("welcomed progress");
  await expect(row(page, "jpuk-acsa").locator('select[name$=".status"]')).toHaveValue("delivered");

  // Edit: the visit is reported, so the editor judges it delivered rather than in progress.
  const csg = row(page, "jpuk-carrier-strike-group");
  await expect(csg.locator('select[name$=".status"]')).toHaveValue("in_progress");
  await csg.locator('select[name$=".status"]').selectOption("delivered");
  // Reject, with the keyboard.
  const cyber = row(page, "jpuk-cyber-cooperation");
  await cyber.getByRole("button", { name: /Reject the proposal/ }).focus();
  await page.keyboard.press("Enter");
  await expect(cyber.locator('select[name$=".status"]')).toHaveValue("");
  // Focus stays on the same button, now offering to undo the choice.
  await expect(cyber.getByRole("button", { name: "Restore the proposal" })).toBeFocused();

  await page.getByRole("button", { name: "Save 3 reported statuses" }).click();
  await expect(page).toHaveURL(/\?saved=review$/);
});

test("the pledge timelines and the audit trail show exactly what the editor did", async ({ page }) => {
  await signIn(page, "editor");
  // The entry this meeting added (later meetings of other tests may follow it).
  const entry = async (pledgeId: string) => {
    await page.goto(`/pledges/${pledgeId}`);
    const item = page.getByTestId("status-timeline").locator("li", { hasText: TITLE });
    await expect(item).toHaveCount(1);
    return item;
  };
  await expect((await entry("jpuk-jnaam")).locator("[data-status]")).toHaveAttribute("data-status", "in_progress");
  await expect((await entry("jpuk-acsa")).locator("[data-status]")).toHaveAttribute("data-status", "delivered");
  await expect((await entry("jpuk-carrier-strike-group")).locator("[data-status]")).toHaveAttribute(
    "data-status",
    "delivered",
  );
  await page.goto("/pledges/jpuk-cyber-cooperation");
  await expect(page.getByTestId("status-timeline")).not.toContainText(TITLE);

  for (const [pledgeId, provenance] of [
    ["jpuk-jnaam", "proposal accepted"],
    ["jpuk-acsa", "proposal accepted"],
    ["jpuk-carrier-strike-group", "proposal edited"],
  ] as const) {
    await page.goto(`/edit/audit?entity=pledge&entityId=${pledgeId}`);
    await expect(page.locator("main")).toContainText(provenance);
  }
});

test("a draft pledge opens “Add a pledge made here” pre-filled", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto(`/edit${meetingUrl}/review`);
  const draft = page.getByTestId("draft-pledge").filter({ hasText: "Hold a joint seminar on space security in 2026" });
  await draft.getByRole("link", { name: "Add a pledge made here" }).click();
  await expect(page.getByLabel("Short title")).toHaveValue("Hold a joint seminar on space security in 2026");
});

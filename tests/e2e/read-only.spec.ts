import { expect, test } from "@playwright/test";
import { today } from "@/lib/domain/dates";
import {
  countedPledgesOf,
  data,
  expectedDeadline,
  expectedInCollectionGap,
  expectedStatus,
  pledgesOf,
} from "../integration/expected-from-seed";

// What a reader without an account sees, checked against the real data set.

test("the dashboard shows the real figures and the progress chart with its table", async ({ page }) => {
  await page.goto("/?dialogue=japan-uk");
  await expect(page).toHaveTitle(/Dashboard · Pledge tracker/);
  // The figures count the superseded 2015 EPA pledge once, under its 2016 successor, and say so.
  const uk = countedPledgesOf("japan-uk");
  expect(uk).toHaveLength(pledgesOf("japan-uk").length - 1);
  await expect(page.getByTestId("figure-pledges").locator(".figure-value")).toHaveText(String(uk.length));
  await expect(page.getByTestId("data-set-scope")).toContainText(`${pledgesOf("japan-uk").length} pledges`);
  await expect(page.getByTestId("data-set-scope")).toContainText("1 pledge was restated by a later pledge");
  // One count everywhere: the card says what it leaves out, where it stands.
  await expect(page.getByTestId("figure-pledges")).toContainText(
    `of ${pledgesOf("japan-uk").length} recorded: 1 restated by a later pledge, counted once`,
  );
  const delivered = uk.filter((p) => expectedStatus(p) === "delivered").length;
  await expect(page.getByTestId("figure-delivered")).toContainText(String(delivered));

  const areaPanel = page.locator("section", {
    has: page.getByRole("heading", { name: "Progress by cooperation area" }),
  });
  // Drawn by recharts: one named chart with its bars.
  await expect(areaPanel.locator(".recharts-surface title").first()).toHaveText(/^Progress by cooperation area/);
  await expect(areaPanel.locator(".recharts-bar-rectangle path").first()).toBeVisible();
  await areaPanel.getByRole("button", { name: "Table" }).click();
  const defence = areaPanel.getByRole("row", { name: /Defence equipment and technology/ });
  const inArea = uk.filter((p) => p.area === "defence-equipment").length;
  await expect(defence.locator("td").nth(6)).toHaveText(String(inArea));

  await expect(page.getByRole("heading", { name: "Status at each meeting" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest status updates" })).toBeVisible();
});

test("the pledges table filters by area and status, and the URL keeps the view", async ({ page }) => {
  await page.goto("/pledges");
  await expect(page).toHaveTitle(/Pledges · Pledge tracker/);
  await page.locator('select[name="area"]').selectOption("defence-equipment");
  await page.locator('select[name="status"]').selectOption("in_progress");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/area=defence-equipment/);
  await expect(page).toHaveURL(/status=in_progress/);
  const expected = data.pledges.filter((p) => p.area === "defence-equipment" && expectedStatus(p) === "in_progress");
  const rows = page.getByTestId("pledge-table").locator("tbody tr");
  await expect(rows).toHaveCount(expected.length);
  await expect(page.getByTestId("pledge-table")).toContainText("Joint New Air-to-Air Missile");
  for (const badge of await rows.locator("[data-status]").all())
    await expect(badge).toHaveAttribute("data-status", "in_progress");

  // The same view opened from its URL alone.
  await page.goto(page.url());
  await expect(rows).toHaveCount(expected.length);
});

test("the JNAAM pledge shows its 2016 and 2021 updates with quotes and sources", async ({ page }) => {
  await page.goto("/pledges");
  await page.locator('input[name="q"]').fill("air-to-air");
  await page.getByRole("button", { name: "Apply" }).click();
  await page
    .getByRole("link", { name: /Joint New Air-to-Air Missile/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/pledges\/jpuk-jnaam$/);
  await expect(page).toHaveTitle(/Joint New Air-to-Air Missile/);
  // In progress since the report that first said so, not since the latest one that repeated it.
  await expect(page.getByTestId("status-since")).toHaveText("since 8 January 2016, last confirmed 3 February 2021");
  const timeline = page.getByTestId("status-timeline");
  await expect(timeline).toContainText("8 January 2016");
  await expect(timeline).toContainText("Following the success of the first feasibility study");
  await expect(timeline).toContainText("3 February 2021");
  await expect(timeline).toContainText("research programme for the demonstration of a joint new air-to-air missile");
  // A citation leads to the quoted paragraph of the stored statement.
  await timeline.getByRole("link", { name: /Joint Statement.*para 15/ }).click();
  await expect(page.locator("li:target")).toContainText("Joint New Air-to-Air Missile (JNAAM)");
});

test("the dashboard says how many past target, unconfirmed fall in a gap of the collection, and leaves them out", async ({
  page,
}) => {
  const now = today();
  const unconfirmed = countedPledgesOf("japan-uk").filter((p) => expectedDeadline(p, now) === "unconfirmed");
  const inGap = unconfirmed.filter((p) => expectedInCollectionGap(p, now));
  expect(inGap.length).toBeGreaterThan(0);
  await page.goto("/?dialogue=japan-uk");
  const figure = page.getByTestId("figure-past-target-unconfirmed").locator(".figure-value");
  await expect(figure).toHaveText(String(unconfirmed.length));
  const note = page.getByTestId("collection-gap");
  await expect(note).toContainText(
    `${inGap.length} of the ${unconfirmed.length} past target, unconfirmed fall in a gap of the collection: a meeting expected to report on them is recorded without its statement, so the figure reflects the collection, not delivery.`,
  );
  await note.getByRole("link", { name: "Leave them out" }).click();
  await expect(page).toHaveURL(/[?&]gap=exclude/);
  await expect(figure).toHaveText(String(unconfirmed.length - inGap.length));
  await expect(page.getByTestId("collection-gap")).toContainText("Leaving out the pledges past target, unconfirmed");
  await page.goto("/?dialogue=japan-uk");
  await page
    .getByTestId("collection-gap")
    .getByRole("link", { name: `${inGap.length} of the ${unconfirmed.length}` })
    .click();
  await expect(page).toHaveURL(/\/pledges\?.*gap=only/);
  for (const p of inGap) await expect(page.locator(`a[href="/en/pledges/${p.id}"]`).first()).toBeVisible();
});

test("the matrix shows the carrier strike group's trail, marking silent meetings", async ({ page }) => {
  await page.goto("/matrix?dialogue=japan-uk");
  const row = page.locator('tr[data-pledge="jpuk-carrier-strike-group"]');
  await expect(row).toBeVisible();
  const cells = row.locator("td");
  // Columns: 2015, 2016, 3rd 2+2 (December 2017, statement not collected), January 2021
  // teleconference, 4th 2+2 (February 2021).
  await expect(page.getByTestId("matrix").locator("thead th").nth(3)).toContainText("3rd 2+2");
  await expect(page.getByTestId("matrix").locator("thead th").nth(3)).toContainText("Dec 2017");
  await expect(cells.nth(0)).toContainText("·");
  await expect(cells.nth(2)).toContainText("·");
  await expect(cells.nth(3).locator("[data-kind]")).toHaveAttribute("data-kind", "made");
  await expect(cells.nth(4).locator("[data-kind]")).toHaveAttribute("data-kind", "reported");
  await expect(cells.nth(4)).toContainText("In progress");
  await expect(page.locator('[data-kind="no-report"]').first()).toBeVisible();
  // A 2016 pledge: the 3rd 2+2 is "not collected", never silence; a defence call is not expected to cover the EPA.
  const acsa = page.locator('tr[data-pledge="jpuk-acsa"] td');
  await expect(acsa.nth(2).locator("[data-kind]")).toHaveAttribute("data-kind", "not-collected");
  await expect(acsa.nth(2)).toContainText("Not collected");
  const epa = page.locator('tr[data-pledge="jpuk-eu-japan-epa-2016"] td');
  await expect(epa.nth(3).locator("[data-kind]")).toHaveAttribute("data-kind", "not-expected");
});

test("meetings, areas, a source document and unknown ids", async ({ page }) => {
  await page.goto("/meetings");
  await page.getByRole("link", { name: "2nd Japan-UK Foreign and Defence Ministerial Meeting" }).click();
  await expect(page.getByRole("heading", { name: /Pledged at this meeting/ })).toBeVisible();
  await expect(page.getByTestId("review-state")).toContainText("Reviewed by the data set");
  await expect(page.getByTestId("participants")).toContainText(
    "Philip Hammond, Secretary of State for Foreign and Commonwealth Affairs (UK)",
  );
  await expect(page.getByRole("link", { name: /Acquisition and Cross-Servicing Agreement/ }).first()).toBeVisible();
  await expect(page.locator("#p19")).toContainText("Acquisition and Cross-Servicing Agreement");

  await page.goto("/areas/defence-equipment");
  await expect(page).toHaveTitle(/Defence equipment and technology/);
  await expect(page.getByRole("link", { name: /Joint New Air-to-Air Missile/ })).toBeVisible();

  const missing = await page.goto("/pledges/no-such-pledge");
  expect(missing?.status()).toBe(404);
  await expect(page).toHaveTitle(/Pledge not found/);
});

test("the main navigation works from the keyboard", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Matrix" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/matrix/);
});

test("a superseded pledge names the later pledge that counts for it, and the later one names it", async ({ page }) => {
  await page.goto("/pledges/jpuk-2015-eu-japan-epa");
  const details = page.locator("dl");
  await expect(details.getByText("Superseded by", { exact: true })).toBeVisible();
  await expect(details).toContainText("the figures count the two once, as that pledge");
  await details.getByRole("link", { name: /EU-Japan EPA agreement as early as possible in 2016/ }).click();
  await expect(page).toHaveURL(/\/pledges\/jpuk-eu-japan-epa-2016$/);
  await expect(page.locator("dl").getByText("Supersedes", { exact: true })).toBeVisible();
});

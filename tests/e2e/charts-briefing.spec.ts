import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parsePledgeCsv } from "@/lib/import-export/csv";
import { isOpen } from "@/lib/domain/status";
import { countedPledgesOf, data, expectedStatus, pledgesOf } from "../integration/expected-from-seed";
import { pdfText } from "../support/pdf-text";

// The briefing's English words, read from its catalogue (lib/briefing/document.ts, which loads
// all the catalogues and next-intl, is not for Node's own loader that Playwright runs in).
const BRIEFING_WORDS = JSON.parse(
  fs.readFileSync("messages/en/briefing.json", "utf8"),
) as typeof import("@/messages/en/briefing.json");
const BRIEFING = BRIEFING_WORDS.doc;
const BRIEFING_TITLE = BRIEFING.title;
const BRIEFING_HEADINGS = BRIEFING.headings;

// The charts page, the briefing and its downloads, and the pledges export, in Chromium.

const uk = pledgesOf("japan-uk");
const panel = (page: Page, title: string) =>
  page.locator("section.panel", { has: page.getByRole("heading", { name: title, exact: true }) });

async function showTable(page: Page, title: string) {
  const p = panel(page, title);
  await expect(p).toBeVisible();
  await p.getByRole("button", { name: "Table" }).click();
  await expect(p.getByRole("button", { name: "Table" })).toHaveAttribute("aria-pressed", "true");
  await expect(p.locator("table").first()).toBeVisible();
  return p;
}

test("every chart draws, and its table view gives the same numbers", async ({ page }) => {
  await page.goto("/charts?dialogue=japan-uk");
  await expect(page).toHaveTitle(/Charts · Pledge tracker/);

  // Every bar chart is drawn by recharts, one named chart each (tests/e2e/charts-explore.spec.ts
  // explores them).
  for (const title of [
    "Progress by cooperation area",
    "Status at each meeting",
    "Report coverage at each meeting",
    "Who undertakes the pledges",
    "Overdue and stale pledges",
  ]) {
    const surface = panel(page, title).locator(".recharts-surface");
    await expect(surface).toBeVisible();
    await expect(surface.locator("title").first()).toHaveText(new RegExp(`^${title}`));
    await expect(panel(page, title).locator(".recharts-bar-rectangle path").first()).toBeVisible();
  }
  await expect(panel(page, "Pledge × meeting heat map").getByTestId("heat-map")).toBeVisible();

  const areas = await showTable(page, "Progress by cooperation area");
  const defence = uk.filter((p) => p.area === "defence-equipment");
  await expect(
    areas
      .getByRole("row", { name: /Defence equipment and technology/ })
      .locator("td")
      .nth(6),
  ).toHaveText(String(defence.length));

  const meetings = await showTable(page, "Status at each meeting");
  await expect(meetings.locator("tbody tr")).toHaveCount(data.meetings.filter((m) => m.dialogue === "japan-uk").length);

  const heat = await showTable(page, "Pledge × meeting heat map");
  // One page of the matrix (lib/data/matrix.ts MATRIX_PAGE_SIZE) holds every Japan-UK pledge.
  await expect(heat.locator("tbody tr")).toHaveCount(uk.length);
  await expect(heat.getByRole("row", { name: /Joint New Air-to-Air Missile/ })).toContainText("In progress");

  const sides = await showTable(page, "Who undertakes the pledges");
  const joint = countedPledgesOf("japan-uk").filter((p) => p.side === "both").length;
  await expect(
    sides
      .getByRole("row", { name: /Japan and UK/ })
      .locator("td")
      .nth(6),
  ).toHaveText(String(joint));

  const attention = await showTable(page, "Overdue and stale pledges");
  const open = countedPledgesOf("japan-uk").filter((p) => isOpen(expectedStatus(p)!));
  const total = attention.locator("tbody tr").locator("td:nth-child(2)");
  const sum = (await total.allTextContents()).reduce((n, t) => n + Number(t), 0);
  expect(sum).toBe(open.length);
});

test("the charts follow the filters: area and meeting range", async ({ page }) => {
  await page.goto("/charts?dialogue=japan-uk");
  await page.locator('select[name="area"]').selectOption("defence-equipment");
  await page.locator('select[name="from"]').selectOption("2016-01-08");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/area=defence-equipment/);
  await expect(page).toHaveURL(/from=2016-01-08/);
  const meetings = await showTable(page, "Status at each meeting");
  await expect(meetings.locator("tbody tr")).toHaveCount(
    data.meetings.filter((m) => m.dialogue === "japan-uk" && m.date >= "2016-01-08").length,
  );
  const areas = await showTable(page, "Progress by cooperation area");
  await expect(areas.locator("tbody tr")).toHaveCount(1);
});

test("the briefing reads well on screen, prints without the controls, and downloads as PDF and Markdown", async ({
  page,
}) => {
  await page.goto("/briefing?dialogue=japan-uk");
  await expect(page.getByRole("heading", { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  for (const h of [
    BRIEFING_HEADINGS.figures,
    BRIEFING_HEADINGS.changes,
    BRIEFING_HEADINGS.open,
    BRIEFING_HEADINGS.closed,
  ]) {
    await expect(page.getByRole("heading", { name: h, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: /^Defence equipment and technology \(\d+ open\)$/ })).toBeVisible();

  // The contents link to the sections' headings, the areas nested under the open pledges.
  const contents = page.getByRole("navigation", { name: BRIEFING_WORDS.view.contents });
  await expect(contents.getByRole("link", { name: BRIEFING_HEADINGS.figures, exact: true })).toHaveAttribute(
    "href",
    "#b-figures",
  );
  await contents.getByRole("link", { name: /^Defence equipment and technology \(\d+ open\)$/ }).click();
  await expect(page).toHaveURL(/#b-area-defence-equipment$/);
  await expect(page.getByRole("heading", { name: /^Defence equipment and technology \(\d+ open\)$/ })).toBeInViewport();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { name: BRIEFING_HEADINGS.open, exact: true })).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toMatch(/^briefing-japan-uk-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = fs.readFileSync((await pdf.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const read = await pdfText(bytes);
  expect(read.pages).toBeGreaterThan(3);
  for (const h of [
    BRIEFING_TITLE,
    BRIEFING_HEADINGS.figures,
    BRIEFING_HEADINGS.changes,
    BRIEFING_HEADINGS.open,
    BRIEFING_HEADINGS.closed,
    "Defence equipment and technology",
  ]) {
    expect(read.text).toContain(h);
  }

  const [md] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Markdown" }).click(),
  ]);
  const text = fs.readFileSync((await md.path())!, "utf8");
  expect(text).toContain(`# ${BRIEFING_TITLE}: Japan-UK`);
  expect(text).toContain(`## ${BRIEFING_HEADINGS.changes}`);
});

test("the pledges page exports what its filters show, as CSV and JSON", async ({ page }) => {
  await page.goto("/pledges?dialogue=japan-uk&area=defence-equipment");
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV", exact: true }).click(),
  ]);
  const parsed = parsePledgeCsv(fs.readFileSync((await csv.path())!, "utf8"));
  const expected = uk.filter((p) => p.area === "defence-equipment");
  expect(parsed.rows.map((r) => r.cells.id).sort()).toEqual(expected.map((p) => p.id).sort());

  const [json] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "JSON", exact: true }).click(),
  ]);
  const body = JSON.parse(fs.readFileSync((await json.path())!, "utf8")) as {
    total: number;
    pledges: { id: string }[];
  };
  expect(body.total).toBe(expected.length);
});

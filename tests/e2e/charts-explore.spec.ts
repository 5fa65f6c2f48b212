import { expect, test, type Locator, type Page } from "@playwright/test";
import { countedPledgesOf, data, expectedStatus, pledgesOf } from "../integration/expected-from-seed";
import { scriptUrls } from "../../scripts/page-js";
import { expectNoAxeViolations } from "./support/axe";

// The recharts charts a reader explores: each draws (recharts' SVG in the page), a hover
// shows the right figures of the real data set, a click or Enter opens the pledges behind a
// bar, the legend hides and shows a status (kept in the URL), and axe passes with them drawn.
// The numbers are in the server's HTML, and the chart's box is reserved before it draws.

const panel = (page: Page, title: string) =>
  page.locator("section.panel", { has: page.getByRole("heading", { name: title, exact: true }) });
const drawn = (p: Locator) => p.locator(".recharts-surface");
// The segment of one series in one row (rows in reading order).
const segment = (p: Locator, series: string, row: number) =>
  p.locator(`.chart-series-${series} .recharts-bar-rectangle`).nth(row);

// Japan-UK, Defence equipment and technology: the first bar, and no superseded pledge in it, so
// the chart's count (each commitment once) and the list's length are the same number.
const AREA = "defence-equipment";
const AREA_NAME = "Defence equipment and technology";
const inArea = countedPledgesOf("japan-uk").filter((p) => p.area === AREA);
// The bars in reading order: the areas in their seed order that have Japan-UK pledges.
const barNames = data.areas.filter((a) => countedPledgesOf("japan-uk").some((p) => p.area === a.id)).map((a) => a.name);
const inProgress = inArea.filter((p) => expectedStatus(p) === "in_progress").length;

test("every chart on the dashboard, charts, area and meeting pages is drawn by recharts", async ({ page }) => {
  const charts: [string, string[]][] = [
    ["/?dialogue=japan-uk", ["Progress by cooperation area", "Status at each meeting"]],
    [
      "/charts?dialogue=japan-uk",
      [
        "Progress by cooperation area",
        "Status at each meeting",
        "Report coverage at each meeting",
        "Who undertakes the pledges",
        "Overdue and stale pledges",
      ],
    ],
    ["/areas", ["Progress by cooperation area"]],
    [`/areas/${AREA}`, [`Status of ${AREA_NAME.toLowerCase()} pledges`]],
    ["/meetings/jpuk-2plus2-2021", ["Pledges made here, by area and current status"]],
  ];
  for (const [path, titles] of charts) {
    await page.goto(path);
    for (const title of titles) {
      const p = panel(page, title);
      await expect(drawn(p), `${title} on ${path}`).toBeVisible();
      await expect(p.locator(".recharts-bar-rectangle").first()).toBeVisible();
      // The chart carries its name; recharts' keyboard layer makes it focusable.
      await expect(drawn(p)).toHaveAttribute("tabindex", "0");
      await expect(drawn(p).locator("title").first()).toHaveText(new RegExp(`^${title}`, "i"));
    }
  }
  // The heat map stays drawn on the server (see README).
  await page.goto("/charts?dialogue=japan-uk");
  await expect(page.getByTestId("heat-map")).toBeVisible();
});

test("the numbers are in the server's HTML, recharts is not in the first load, and the box does not move", async ({
  page,
  request,
}) => {
  const path = "/?dialogue=japan-uk";
  const html = await (await request.get(path)).text();
  expect(html).toContain("chart-canvas");
  expect(html).not.toContain("recharts-surface");
  // The table (area, its in-progress count) is what the box shows until recharts draws.
  expect(html).toContain(AREA_NAME);
  expect(html).toMatch(new RegExp(`>${inProgress}</td>`));

  // Hold back every script the HTML does not reference: the page hydrates, the chart does not draw.
  const first = new Set(scriptUrls(html, new URL(path, test.info().project.use.baseURL).href));
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\.js(\?|$)/, async (route) => {
    if (!first.has(route.request().url())) await held;
    await route.continue();
  });
  await page.goto(path);
  const areas = panel(page, "Progress by cooperation area");
  await expect(areas.locator(".chart-fallback").getByRole("row", { name: new RegExp(AREA_NAME) })).toBeVisible();
  const below = page.getByRole("heading", { name: "Status at each meeting" });
  const before = (await below.boundingBox())!.y;
  await page.waitForTimeout(500);
  await expect(drawn(areas)).toHaveCount(0);
  release();
  await expect(drawn(areas)).toBeVisible();
  expect((await below.boundingBox())!.y).toBe(before);
});

test("a hover shows an area's counts and shares, and a click opens exactly those pledges", async ({ page }) => {
  await page.goto("/?dialogue=japan-uk");
  const areas = panel(page, "Progress by cooperation area");
  await expect(drawn(areas)).toBeVisible();
  await segment(areas, "in_progress", 0).hover();
  const tooltip = areas.getByTestId("chart-tooltip");
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(`${AREA_NAME}: ${inArea.length} pledges`);
  const line = tooltip.locator('[data-series="in_progress"]');
  await expect(line.getByTestId("tooltip-count")).toHaveText(String(inProgress));
  await expect(line).toContainText(`(${Math.round((inProgress / inArea.length) * 100)}%)`);
  await expect(line).toContainText("Implementation reported under way");

  await segment(areas, "in_progress", 0).click();
  await expect(page).toHaveURL(/\/pledges\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({ dialogue: "japan-uk", area: AREA, status: "in_progress" });
  await expect(page.getByTestId("pledge-table").locator("tbody tr")).toHaveCount(inProgress);
});

test("a segment of a meeting's column opens the pledges with that status as of the meeting", async ({ page }) => {
  const meeting = data.meetings.find((m) => m.id === "jpuk-2plus2-2016")!;
  const counted = countedPledgesOf("japan-uk", meeting.date).filter(
    (p) => expectedStatus(p, meeting.date) === "pledged",
  ).length;
  // The list shows every pledge (a superseded one too), the chart counts each commitment once.
  const listed = pledgesOf("japan-uk").filter((p) => expectedStatus(p, meeting.date) === "pledged").length;
  await page.goto("/charts?dialogue=japan-uk");
  const meetings = panel(page, "Status at each meeting");
  await expect(drawn(meetings)).toBeVisible();
  const index = data.meetings.filter((m) => m.dialogue === "japan-uk" && m.date < meeting.date).length;
  await segment(meetings, "pledged", index).hover();
  await expect(meetings.getByTestId("chart-tooltip")).toContainText(meeting.title);
  await expect(
    meetings.getByTestId("chart-tooltip").locator('[data-series="pledged"]').getByTestId("tooltip-count"),
  ).toHaveText(String(counted));
  await segment(meetings, "pledged", index).click();
  await expect(page).toHaveURL(new RegExp(`asof=${meeting.id}`));
  await expect(page.getByTestId("as-of-notice")).toContainText(meeting.title);
  await expect(page.locator(".lead")).toHaveText(new RegExp(`^${listed} pledges? match`));
});

test("the legend hides and shows a status, and the URL keeps the choice", async ({ page }) => {
  await page.goto("/?dialogue=japan-uk");
  const areas = panel(page, "Progress by cooperation area");
  await expect(drawn(areas)).toBeVisible();
  const toggle = areas.getByRole("button", { name: "In progress", exact: true });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(areas.locator(".chart-series-in_progress .recharts-bar-rectangle").first()).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(areas.locator(".chart-series-in_progress")).toHaveCount(0);
  await expect(areas.locator(".chart-series-pledged .recharts-bar-rectangle").first()).toBeVisible();
  await expect(page).toHaveURL(/hide=in_progress/);
  // Hidden in the tooltip too.
  await segment(areas, "pledged", 0).hover();
  await expect(areas.getByTestId("chart-tooltip").locator('[data-series="in_progress"]')).toHaveCount(0);

  await page.reload();
  await expect(drawn(areas)).toBeVisible();
  await expect(areas.locator(".chart-series-in_progress")).toHaveCount(0);
  await areas.getByRole("button", { name: "In progress", exact: true }).click();
  await expect(areas.locator(".chart-series-in_progress .recharts-bar-rectangle").first()).toBeVisible();
  await expect(page).not.toHaveURL(/hide=/);
});

test("the keyboard reaches the data points, and Enter opens a bar's pledges", async ({ page }) => {
  await page.goto("/?dialogue=japan-uk");
  const areas = panel(page, "Progress by cooperation area");
  await expect(drawn(areas)).toBeVisible();
  // Tab from the last legend button lands on the chart.
  await areas.getByRole("button", { name: "Dropped", exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(drawn(areas)).toBeFocused();
  // Focus shows the first bar; ArrowRight or ArrowDown moves down the bars, ArrowLeft or ArrowUp back.
  const tooltip = areas.getByTestId("chart-tooltip");
  await expect(tooltip).toContainText(`${AREA_NAME}: ${inArea.length} pledges`);
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toContainText(`${barNames[1]}:`);
  await page.keyboard.press("ArrowDown");
  await expect(tooltip).toContainText(`${barNames[2]}:`);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await expect(tooltip).toContainText(`${AREA_NAME}: ${inArea.length} pledges`);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/pledges\?/);
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ dialogue: "japan-uk", area: AREA });
  const all = pledgesOf("japan-uk").filter((p) => p.area === AREA).length;
  await expect(page.locator(".lead")).toHaveText(new RegExp(`^${all} pledges? match`));
});

test("axe finds nothing with the charts drawn and a tooltip open", async ({ page }) => {
  // Three pages, each with a full axe run (the charts page holds the heat map too).
  test.setTimeout(120_000);
  for (const path of ["/?dialogue=japan-uk", "/charts?dialogue=japan-uk", `/areas/${AREA}`]) {
    await page.goto(path);
    const surfaces = page.locator(".recharts-surface");
    await expect(surfaces.first()).toBeVisible();
    await segment(page.locator("section.panel").filter({ has: surfaces }).first(), "pledged", 0).hover();
    await expect(page.getByTestId("chart-tooltip").first()).toBeVisible();
    await expectNoAxeViolations(page, { soft: true });
  }
});

test("printed, the charts stay drawn, without the tooltip, the brush or the view switch", async ({ page }) => {
  await page.goto("/charts?dialogue=japan-uk");
  const areas = panel(page, "Progress by cooperation area");
  await expect(drawn(areas)).toBeVisible();
  await segment(areas, "pledged", 0).hover();
  await expect(areas.getByTestId("chart-tooltip")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".recharts-surface")).toHaveCount(5);
  for (const surface of await page.locator(".recharts-surface").all()) await expect(surface).toBeVisible();
  await expect(areas.getByTestId("chart-tooltip")).toBeHidden();
  await expect(areas.getByRole("button", { name: "Table" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

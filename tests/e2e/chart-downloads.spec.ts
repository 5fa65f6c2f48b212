import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { countedPledgesOf } from "../integration/expected-from-seed";

// Issue 21: every chart's numbers download as CSV (built in the browser from its table view),
// and a bar at the top shows while a client-side navigation is pending.

const panel = (page: Page, title: string) =>
  page.locator("section.panel", { has: page.getByRole("heading", { name: title, exact: true }) });

// The table view as a reader sees it: the header, and each row's cells with the link they hold.
async function tableView(p: Locator, tableButton: string) {
  await p.getByRole("button", { name: tableButton, exact: true }).click();
  const table = p.locator(".table-scroll > table").first();
  await expect(table).toBeVisible();
  return table.evaluate((t: HTMLTableElement) => {
    const text = (c: HTMLElement) => c.innerText.replace(/\s+/g, " ").trim();
    return {
      header: [...t.tHead!.rows[0]!.cells].map(text),
      rows: [...t.tBodies[0]!.rows].map((r) =>
        [...r.cells].map((c) => ({ text: text(c), href: c.querySelector("a")?.getAttribute("href") ?? null })),
      ),
    };
  });
}

async function downloaded(page: Page, press: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), press()]);
  const bytes = fs.readFileSync((await download.path())!);
  return { name: download.suggestedFilename(), bytes, records: parse(bytes, { bom: true }) as string[][] };
}

test("a chart's CSV holds its table view's header and numbers, the areas' ids beside their names", async ({ page }) => {
  await page.goto("/charts?dialogue=japan-uk&side=both");
  const title = "Progress by cooperation area";
  const areas = panel(page, title);
  await expect(areas.locator(".recharts-surface")).toBeVisible();
  const view = await tableView(areas, "Table");

  // Reached by keyboard: Tab from the view switch, Enter.
  await areas.getByRole("button", { name: "Table", exact: true }).focus();
  await page.keyboard.press("Tab");
  const button = areas.getByRole("button", { name: `Download CSV: ${title}`, exact: true });
  await expect(button).toBeFocused();
  await expect(button).toHaveText("Download CSV");
  const file = await downloaded(page, () => page.keyboard.press("Enter"));

  expect(file.name).toBe("progress-by-cooperation-area_charts_dialogue-japan-uk_side-both.csv");
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const areaId = (href: string | null) => /\/areas\/([^/?#]+)$/.exec(href ?? "")?.[1] ?? "";
  expect(file.records).toEqual([
    ["Area ID", ...view.header],
    ...view.rows.map((cells) => [areaId(cells[0]!.href), ...cells.map((c) => c.text)]),
  ]);
  // And those are the seed's numbers: joint Japan-UK pledges in one area.
  const expected = countedPledgesOf("japan-uk").filter((p) => p.area === "defence-equipment" && p.side === "both");
  const row = file.records.find((r) => r[0] === "defence-equipment");
  expect(row?.at(file.records[0]!.indexOf("Total"))).toBe(String(expected.length));
});

test("in Japanese, a chart downloaded from its chart view has the Japanese table, for Excel", async ({ page }) => {
  await page.goto("/ja/charts?dialogue=japan-uk");
  const title = "各会合時点の状況";
  const meetings = panel(page, title);
  await expect(meetings.locator(".recharts-surface")).toBeVisible();
  const file = await downloaded(page, () =>
    meetings.getByRole("button", { name: `CSVをダウンロード：${title}`, exact: true }).click(),
  );
  expect(file.name).toBe("各会合時点の状況_charts_dialogue-japan-uk.csv");
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

  const view = await tableView(meetings, "表");
  const meetingId = (href: string | null) => /\/meetings\/([^/?#]+)$/.exec(href ?? "")?.[1] ?? "";
  expect(file.records[0]![0]).toBe(`${view.header[0]}ID`);
  expect(file.records).toEqual([
    [`${view.header[0]}ID`, ...view.header],
    ...view.rows.map((cells) => [meetingId(cells[0]!.href), ...cells.map((c) => c.text)]),
  ]);
  expect(file.records.slice(1).every((r) => r[0]!.startsWith("jpuk-"))).toBe(true);
});

test("every chart on the dashboard, charts, area and meeting pages has its download", async ({ page }) => {
  const charts: [string, string[]][] = [
    ["/?dialogue=japan-uk", ["Progress by cooperation area", "Status at each meeting"]],
    [
      "/charts?dialogue=japan-uk",
      [
        "Progress by cooperation area",
        "Status at each meeting",
        "Report coverage at each meeting",
        "Pledge × meeting heat map",
        "Who undertakes the pledges",
        "Overdue and stale pledges",
      ],
    ],
    ["/areas", ["Progress by cooperation area"]],
    ["/areas/defence-equipment", ["Status of defence equipment and technology pledges"]],
    ["/meetings/jpuk-2plus2-2021", ["Pledges made here, by area and current status"]],
  ];
  for (const [path, titles] of charts) {
    await page.goto(path);
    for (const title of titles)
      await expect(
        panel(page, title).getByRole("button", { name: `Download CSV: ${title}`, exact: true }),
        `${title} on ${path}`,
      ).toBeVisible();
  }
  // The heat map's file: a pledge id beside each title, a column per meeting.
  await page.goto("/charts?dialogue=japan-uk");
  const heat = panel(page, "Pledge × meeting heat map");
  const file = await downloaded(page, () => heat.getByRole("button", { name: /^Download CSV/ }).click());
  expect(file.records[0]!.slice(0, 2)).toEqual(["Pledge ID", "Pledge"]);
  const rows = await heat.getByTestId("heat-map").locator(":scope > g > a").count();
  expect(file.records).toHaveLength(rows + 1);
  expect(file.records[1]![0]).toMatch(/^[\w-]+$/);
});

// The router's request for a page (not a prefetch), held back so the navigation stays pending.
async function slowPages(page: Page, ms: number) {
  await page.route("**/*", async (route) => {
    const headers = route.request().headers();
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) await new Promise((r) => setTimeout(r, ms));
    await route.fallback();
  });
}

test("a bar shows at the top while a link or a router push is pending, and goes when the page arrives", async ({
  page,
}) => {
  await page.goto("/?dialogue=japan-uk");
  const areas = panel(page, "Progress by cooperation area");
  await expect(areas.locator(".recharts-surface")).toBeVisible();
  const bar = page.getByRole("progressbar", { name: "Loading the page" });
  await expect(bar).toBeHidden();
  await slowPages(page, 1_500);

  // A link in the header.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Charts", exact: true }).click();
  await expect(bar).toBeVisible();
  await expect(page.locator("#main")).toHaveAttribute("aria-busy", "true");
  expect(new URL(page.url()).pathname).toBe("/en");
  await expect(page).toHaveURL(/\/en\/charts$/);
  await expect(bar).toBeHidden();
  await expect(page.locator("#main")).not.toHaveAttribute("aria-busy");

  // A router.push: a bar of the chart opens its pledges.
  const chartAreas = panel(page, "Progress by cooperation area");
  await expect(chartAreas.locator(".recharts-surface")).toBeVisible();
  await chartAreas.locator(".chart-series-in_progress .recharts-bar-rectangle").first().click();
  await expect(bar).toBeVisible();
  await expect(page).toHaveURL(/\/en\/pledges\?/);
  await expect(bar).toBeHidden();
});

test("the bar keeps still for reduced motion and is not printed", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/meetings");
  await slowPages(page, 2_000);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Areas", exact: true }).click();
  const bar = page.getByRole("progressbar", { name: "Loading the page" });
  await expect(bar).toBeVisible();
  const inner = bar.locator(".nav-progress-bar");
  expect(await inner.evaluate((e) => getComputedStyle(e).animationName)).toBe("none");
  expect(await inner.evaluate((e) => getComputedStyle(e).transform)).toBe("none");
  await page.emulateMedia({ media: "print" });
  await expect(bar).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await expect(page).toHaveURL(/\/en\/areas$/);
  await expect(bar).toBeHidden();
});

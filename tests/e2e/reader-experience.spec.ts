import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { ADMIN_PAGES, EDITOR_PAGES, PUBLIC_PAGES, type CheckedPage } from "./support/pages";

// A reader's experience: every page holds at a phone's width (no sideways scroll of the
// page itself: wide tables scroll in their own box) and at a desktop's, with screenshots kept
// as artifacts; filters apply as they change, show as chips, and clear one at a time.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1400, height: 900 };

// How far the page is wider than the screen, and the elements that stick out the most (so a
// failure names what to fix).
async function pageOverflow(page: Page): Promise<{ by: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const by = root.scrollWidth - root.clientWidth;
    if (by <= 0) return { by, culprits: [] };
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${[...e.classList].map((c) => `.${c}`).join("")}`;
    // Elements that cross the screen's edge themselves (not inside a box that scrolls).
    const scrolls = (e: Element | null): boolean => {
      for (let a = e?.parentElement; a && a !== document.body; a = a.parentElement)
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(a).overflowX)) return true;
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .map((e) => ({ e, right: e.getBoundingClientRect().right }))
      .filter(({ e, right }) => right > root.clientWidth + 1 && !scrolls(e))
      .filter(({ e }) => (e.parentElement?.getBoundingClientRect().right ?? 0) <= root.clientWidth + 1)
      .slice(0, 3)
      .map(({ e, right }) => `${name(e.parentElement!)} > ${name(e)} (${Math.round(right)}px)`);
    return { by, culprits };
  });
}

async function checkWidths(page: Page, pages: CheckedPage[], label: string) {
  test.setTimeout(30_000 + pages.length * 8_000);
  const wide: string[] = [];
  for (const entry of pages) {
    const path = entry.path ?? (await entry.find!(page));
    for (const [size, viewport] of [
      ["phone", PHONE],
      ["desktop", DESKTOP],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      await entry.ready?.(page);
      const overflow = await pageOverflow(page);
      if (overflow.by > 0)
        wide.push(`${entry.name} at ${size}: ${overflow.by}px too wide: ${overflow.culprits.join("; ")}`);
      await page.screenshot({
        path: test.info().outputPath(`${label}-${entry.name.replace(/\W+/g, "-")}-${size}.png`),
        fullPage: false,
      });
    }
  }
  expect(wide).toEqual([]);
}

test("public pages fit a 390 px phone and a 1400 px screen", async ({ page }) => {
  await checkWidths(page, PUBLIC_PAGES, "public");
});

test("editor and admin pages fit a 390 px phone and a 1400 px screen", async ({ page }) => {
  await signIn(page, "admin");
  await checkWidths(
    page,
    [...EDITOR_PAGES, ...ADMIN_PAGES].filter((p) => p.as),
    "editor",
  );
});

test("the pledge filters apply as they change, without empty fields, and clear one at a time", async ({ page }) => {
  await page.goto("/pledges");
  await page.locator("form[data-live]").waitFor();
  await page.locator('select[name="dialogue"]').selectOption("japan-uk");
  await expect(page).toHaveURL(/\/pledges\?dialogue=japan-uk$/);
  await page.locator('select[name="status"]').selectOption("in_progress");
  await expect(page).toHaveURL(/\/pledges\?dialogue=japan-uk&status=in_progress/);
  expect(new URL(page.url()).search).not.toMatch(/=(&|$)/);
  const chips = page.getByTestId("active-filters");
  await expect(chips).toContainText("Dialogue: Japan-UK Foreign and Defence");
  await expect(chips).toContainText("Status: In progress");
  const filtered = await page.getByTestId("pledge-table").locator("tbody tr").count();

  // Typing waits for a pause, then applies.
  await page.locator('input[name="q"]').fill("missile");
  await expect(page).toHaveURL(/q=missile/);
  await expect(chips).toContainText("Search: “missile”");

  // Back steps to the view before the search.
  await page.goBack();
  await expect(page).toHaveURL(/\/pledges\?dialogue=japan-uk&status=in_progress$/);
  await expect(page.getByTestId("pledge-table").locator("tbody tr")).toHaveCount(filtered);

  // A chip's × removes that filter only.
  await chips.getByRole("link", { name: /Remove the filter Status/ }).click();
  await expect(page).not.toHaveURL(/status=/);
  expect(new URL(page.url()).searchParams.get("dialogue")).toBe("japan-uk");
  // The form shows the view in force, not the filter just removed.
  await expect(page.locator('select[name="status"]')).toHaveValue("");
  await expect(chips).not.toContainText("Status:");
  await chips.getByRole("link", { name: "Clear all filters" }).click();
  await expect(page).toHaveURL(/\/pledges$/);
  await expect(page.getByTestId("active-filters")).toHaveCount(0);
});

test("the pledge list sorts by a column header, and a second click reverses it", async ({ page }) => {
  await page.goto("/pledges?dialogue=japan-uk");
  const table = page.getByTestId("pledge-table");
  await table.getByRole("link", { name: "Pledge", exact: true }).click();
  await expect(page).toHaveURL(/sort=title&dir=asc/);
  await expect(table.locator("thead th").first()).toHaveAttribute("aria-sort", "ascending");
  const titles = await table.locator("tbody tr td:first-child a").allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  await table.getByRole("link", { name: "Pledge", exact: true }).click();
  await expect(page).toHaveURL(/sort=title&dir=desc/);
  await expect(table.locator("thead th").first()).toHaveAttribute("aria-sort", "descending");
});

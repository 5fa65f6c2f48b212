import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";

// The app in Japanese: chosen from Accept-Language on a first visit, kept in the URL, switched
// on any page without losing the filters; and the Japanese pages say everything in Japanese
// except what is quoted (verbatim source text, marked lang="en").

// Runs of three or more English words in the main content outside an element marked as
// another language: text that bypassed the catalogues, or English data not marked as such.
async function englishLeaks(page: Page): Promise<string[]> {
  return page.locator("main").evaluate((main) => {
    const found: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, [hidden]")) continue;
      const marked = parent.closest("[lang]");
      if (marked && marked.getAttribute("lang") !== "ja") continue;
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      if (/[A-Za-z]{2,}[\s,'’-]+[A-Za-z]{2,}[\s,'’-]+[A-Za-z]{2,}/.test(text)) found.push(text.slice(0, 100));
    }
    return found;
  });
}

const JAPANESE_DATE = /\d{4}年\d{1,2}月\d{1,2}日/;

test.describe("a Japanese reader", () => {
  test.use({ locale: "ja-JP" });

  test("is sent to the Japanese pages on a first visit, and a shared link keeps its language", async ({ page }) => {
    await page.goto("/pledges");
    await expect(page).toHaveURL(/\/ja\/pledges$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("navigation", { name: "メイン" })).toContainText("コミットメント");

    // An English link opens in English even for this reader.
    await page.goto("/en/pledges");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main" })).toContainText("Pledges");
  });

  for (const [name, path, charts] of [
    ["dashboard", "/ja", 2],
    ["pledges", "/ja/pledges?dialogue=japan-uk", 0],
    ["pledge", "/ja/pledges/jpuk-jnaam", 0],
    ["meeting", "/ja/meetings/jpuk-2plus2-2021", 1],
    ["matrix", "/ja/matrix?dialogue=japan-uk", 0],
    ["charts", "/ja/charts?dialogue=japan-uk", 1],
    ["areas", "/ja/areas", 1],
    ["briefing", "/ja/briefing?dialogue=japan-uk", 0],
  ] as const) {
    test(`reads the ${name} page in Japanese`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      if (charts)
        await page
          .locator(".recharts-surface")
          .nth(charts - 1)
          .waitFor();
      expect(await englishLeaks(page)).toEqual([]);
    });
  }

  test("sees a pledge's Japanese title, Japanese dates and status, and the quote in its own language", async ({
    page,
  }) => {
    await page.goto("/ja/pledges/jpuk-jnaam");
    await expect(page.locator("main h1")).toContainText("空対空ミサイル");
    await expect(page.locator("main")).toContainText(JAPANESE_DATE);
    await expect(page.locator("main")).toContainText(/進行中|実現|一部実現|停滞|表明|取り下げ/);
    // The verbatim source sentence stays English, marked as such.
    await expect(
      page.locator('main [lang="en"]').filter({ hasText: "Joint New Air-to-Air Missile" }).first(),
    ).toBeVisible();
  });

  test("sees the charts' legends and tooltips in Japanese", async ({ page }) => {
    await page.goto("/ja/charts?dialogue=japan-uk");
    const chart = page.locator(".recharts-wrapper").first();
    await chart.waitFor();
    // The bar chart draws its own legend (components/charts/bar-chart.tsx), not recharts' one.
    await expect(page.locator("ul.chart-legend").first()).toContainText(/進行中|実現/);
  });

  test("reviews a meeting in Japanese as an editor", async ({ page }) => {
    await signIn(page, "editor");
    await page.goto("/ja/edit/meetings/jpuk-2plus2-2021/review");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("main h1")).toBeVisible();
    expect(await englishLeaks(page)).toEqual([]);
  });

  test("the language switch keeps the page and its filters", async ({ page }) => {
    await page.goto("/en/pledges?dialogue=japan-uk&status=in_progress");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "日本語" }).click();
    await expect(page).toHaveURL(/\/ja\/pledges\?dialogue=japan-uk&status=in_progress$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator('select[name="status"]')).toHaveValue("in_progress");

    await page.getByRole("navigation", { name: "言語" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/pledges\?dialogue=japan-uk&status=in_progress$/);
    // The choice is remembered for addresses without a language, over Accept-Language.
    await page.goto("/matrix");
    await expect(page).toHaveURL(/\/en\/matrix/);
  });
});

test("the Japanese briefing PDF embeds a Japanese font", async ({ request }) => {
  const response = await request.get("/ja/briefing/briefing.pdf?dialogue=japan-uk");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/pdf");
  const pdf = (await response.body()).toString("latin1");
  // pdfkit embeds the subset of a TrueType/OpenType font it used, named after it.
  expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+[^\s/]*(JP|CJK|Japanese)/i);
});

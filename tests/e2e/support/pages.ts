import type { Page } from "@playwright/test";
import type { Role } from "@/lib/auth/roles";

// Every page of the app, for checks that must cover them all (tests/e2e/accessibility.spec.ts).
// Add a page here when you add one to the app. `path` may be found at run time (`find`), for
// pages whose address holds an id the seed does not fix. `ready` waits for what proves the
// page has drawn; `then` takes the page into a further state worth checking (a table view,
// an opened panel).
export type CheckedPage = {
  name: string;
  path?: string;
  find?: (page: Page) => Promise<string>;
  as?: Role;
  ready?: (page: Page) => Promise<void>;
  then?: { name: string; act: (page: Page) => Promise<void> }[];
};

// The first "Correct" link on a pledge page: a status update's correction form.
async function correctionPath(page: Page): Promise<string> {
  await page.goto("/pledges/jpuk-jnaam");
  const href = await page.locator('a[href*="/edit/updates/"]').first().getAttribute("href");
  if (!href) throw new Error("no status update to correct on /pledges/jpuk-jnaam");
  return href;
}

// Pages with recharts charts are checked once they have drawn (recharts loads after hydration).
const chartsDrawn = (count: number) => async (page: Page) => {
  await page
    .locator(".recharts-surface")
    .nth(count - 1)
    .waitFor();
};

// The words the steps click, in the language of the page they are on (messages/*/charts.json,
// status.json, review.json).
const WORDS = {
  en: { table: "Table", dropped: "Dropped", cite: /^Cite /, citing: /Citing|引用しています/ },
  ja: { table: "表", dropped: "取り下げ", cite: /を引用$/, citing: /引用しています/ },
};
const wordsOf = (page: Page) => WORDS[new URL(page.url()).pathname.startsWith("/ja") ? "ja" : "en"];

async function showAllTables(page: Page) {
  const buttons = page.getByRole("button", { name: wordsOf(page).table, exact: true });
  for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
}

export const PUBLIC_PAGES: CheckedPage[] = [
  { name: "dashboard", path: "/", ready: chartsDrawn(2), then: [{ name: "table views", act: showAllTables }] },
  { name: "dashboard, one dialogue", path: "/?dialogue=japan-uk", ready: chartsDrawn(2) },
  { name: "pledges", path: "/pledges" },
  { name: "pledges, filtered and searched", path: "/pledges?dialogue=japan-uk&status=in_progress&q=missile" },
  { name: "pledges, nothing found", path: "/pledges?q=zzzzzz-no-such-pledge" },
  { name: "pledge", path: "/pledges/jpuk-jnaam" },
  { name: "meetings", path: "/meetings" },
  { name: "meeting", path: "/meetings/jpuk-2plus2-2021", ready: chartsDrawn(1) },
  { name: "document", path: "/documents/jpuk-2015-article" },
  { name: "areas", path: "/areas", ready: chartsDrawn(1) },
  { name: "area", path: "/areas/defence-equipment", ready: chartsDrawn(1) },
  { name: "matrix", path: "/matrix?dialogue=japan-uk" },
  {
    name: "charts",
    path: "/charts?dialogue=japan-uk",
    ready: chartsDrawn(5),
    then: [
      {
        name: "a status hidden",
        act: (page) =>
          page
            .getByRole("button", { name: wordsOf(page).dropped, exact: true })
            .first()
            .click(),
      },
      { name: "table views", act: showAllTables },
    ],
  },
  {
    name: "briefing",
    path: "/briefing?dialogue=japan-uk",
    then: [{ name: "print", act: (page) => page.emulateMedia({ media: "print" }) }],
  },
  { name: "sign-in", path: "/sign-in" },
  { name: "not found", path: "/pledges/no-such-pledge" },
  { name: "unknown address", path: "/no-such-page" },
];

export const EDITOR_PAGES: CheckedPage[] = [
  { name: "editing home", path: "/edit", as: "editor" },
  { name: "add meeting", path: "/edit/meetings/new", as: "editor" },
  { name: "edit meeting", path: "/edit/meetings/jpuk-2plus2-2021", as: "editor" },
  { name: "add source document", path: "/edit/meetings/jpuk-2plus2-2021/document", as: "editor" },
  { name: "choose a meeting to review", path: "/edit/review", as: "editor" },
  { name: "meeting review", path: "/edit/meetings/jpuk-2plus2-2021/review", as: "editor" },
  { name: "add pledge", path: "/edit/pledges/new", as: "editor" },
  { name: "edit pledge", path: "/edit/pledges/jpuk-jnaam", as: "editor" },
  {
    name: "status update",
    path: "/edit/pledges/jpuk-jnaam/status",
    as: "editor",
    then: [{ name: "a paragraph cited", act: citeFirstParagraph }],
  },
  { name: "correction", find: correctionPath, as: "editor" },
  { name: "import", path: "/edit/import", as: "editor" },
  { name: "account", path: "/account", as: "editor" },
  { name: "audit trail", path: "/edit/audit", as: "editor" },
];

export const ADMIN_PAGES: CheckedPage[] = [
  { name: "users", path: "/edit/users", as: "admin" },
  { name: "dialogues", path: "/edit/dialogues", as: "admin" },
  { name: "add dialogue", path: "/edit/dialogues/new", as: "admin" },
  { name: "edit dialogue", path: "/edit/dialogues/japan-uk", as: "admin" },
  { name: "areas", path: "/edit/areas", as: "admin" },
  { name: "add area", path: "/edit/areas/new", as: "admin" },
  { name: "edit area", path: "/edit/areas/defence-equipment", as: "admin" },
];

// Cites the first paragraph the picker offers, the picker's main state.
async function citeFirstParagraph(page: Page) {
  await page
    .getByTestId("paragraph-panel")
    .getByRole("button", { name: wordsOf(page).cite })
    .first()
    .click();
  await page.getByTestId("citation-status").getByText(wordsOf(page).citing).waitFor();
}

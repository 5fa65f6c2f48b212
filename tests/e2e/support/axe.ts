import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules axe-core tags with these.
const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

type Options = {
  // Limits the check to part of the page (a CSS selector), e.g. a panel just opened.
  include?: string;
  // Records the failure and lets the test go on (to check every page of a list in one go).
  soft?: boolean;
};

// Runs axe-core on the page as it is now and fails listing every violation: the rule, its
// impact, the elements (CSS selectors) and axe's own advice. Call it after the page has
// settled (after a goto, a click that reveals content, a save or an error).
export async function expectNoAxeViolations(page: Page, options: Options = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA_TAGS);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  const report = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`);
    const more = v.nodes.length > 5 ? [`    ... and ${v.nodes.length - 5} more`] : [];
    return [`${v.id} (${v.impact}, ${v.nodes.length} elements): ${v.help}`, ...nodes, ...more].join("\n");
  });
  const check = options.soft ? expect.soft : expect;
  check(report, `axe found WCAG A/AA violations on ${page.url()}`).toEqual([]);
}

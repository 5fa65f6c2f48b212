import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { actionCatalogue, actionLocale } from "@/lib/i18n/action-locale";

// Actions called without a request (integration tests, scripts) answer in English, with the
// words the English pages' tests expect.
describe("actionLocale", () => {
  it("is English without a request", async () => {
    expect(await actionLocale()).toBe("en");
    const t = createTranslator({ ...(await actionCatalogue()), namespace: "account.action" });
    expect(t("roleChanged", { email: "a@example.org", role: "admin" })).toBe("a@example.org is now an admin.");
    expect(t("roleChanged", { email: "a@example.org", role: "viewer" })).toBe("a@example.org is now a viewer.");
  });
});

import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";

// The editors' save messages: the English exactly as the actions wrote them before they took
// their words from the catalogue, and the Japanese with the same figures.

const words = (locale: "en" | "ja") =>
  createTranslator({ locale, messages: messagesFor(locale), namespace: "editor.action" });

describe("editor action messages", () => {
  it("read in English as before, plurals included", () => {
    const t = words("en");
    expect(t("reviewSaved", { count: 1, meeting: "4th 2+2" })).toBe("Saved 1 status update from 4th 2+2.");
    expect(t("reviewSaved", { count: 0, meeting: "4th 2+2" })).toBe("Saved 0 status updates from 4th 2+2.");
    expect(t("aliasesSaved", { count: 1 })).toBe("Saved 1 alias.");
    expect(t("proposed", { proposals: 2, drafts: 1 })).toBe("Proposed 2 status updates and 1 new pledge.");
    expect(t("meetingSaved", { count: 6 })).toBe("Meeting saved with 6 paragraphs.");
  });

  it("read in Japanese with the same figures", () => {
    const t = words("ja");
    expect(t("reviewSaved", { count: 3, meeting: "第4回日英2+2" })).toBe(
      "第4回日英2+2から3件の状況の更新を保存しました。",
    );
    expect(t("proposed", { proposals: 2, drafts: 1 })).toBe("状況の更新2件と新しい約束1件を提案しました。");
    expect(t("pledgeSaved")).toBe("約束を保存しました。");
  });
});

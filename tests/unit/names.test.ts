import { describe, expect, it } from "vitest";
import { localName, localPartner, localText, localTitle, withLocalNames, withLocalTitles } from "@/lib/i18n/names";

// lib/i18n/names.ts: the one choice of a name or title by the reader's language.

const area = { name: "Maritime security", nameJa: "海洋安全保障" };
const pledge = { title: "Joint New Air-to-Air Missile (JNAAM) research", titleJa: "JNAAMの共同研究" };

describe("names by locale", () => {
  it("gives the English name, unmarked, on an English page, even where a Japanese one exists", () => {
    expect(localName("en", area)).toEqual({ text: "Maritime security", japanese: false });
    expect(localTitle("en", pledge)).toEqual({ text: pledge.title, japanese: false });
    expect(localName("en", { name: "Cyber", nameJa: null })).toEqual({ text: "Cyber", japanese: false });
  });

  it("gives the Japanese name on a Japanese page, unmarked and flagged as the data set's Japanese", () => {
    expect(localName("ja", area)).toEqual({ text: "海洋安全保障", japanese: true });
    expect(localTitle("ja", pledge)).toEqual({ text: "JNAAMの共同研究", japanese: true });
    expect(localPartner("ja", { partnerCountry: "UK", partnerCountryJa: "英国" }).text).toBe("英国");
  });

  it("falls back to the English one on a Japanese page, marked lang=en, when there is no Japanese one", () => {
    for (const missing of [null, undefined, ""]) {
      expect(localName("ja", { name: "Edge area", nameJa: missing })).toEqual({
        text: "Edge area",
        lang: "en",
        japanese: false,
      });
    }
    expect(localTitle("ja", { title: "Pledge edge-a" }).lang).toBe("en");
    expect(localText("ja", "Germany", null)).toEqual({ text: "Germany", lang: "en", japanese: false });
  });

  it("renames a list's items, keeping the rest, for pickers and filters", () => {
    const named = withLocalNames("ja", [
      { id: "a", pledges: 3, ...area },
      { id: "b", name: "Other" },
    ]);
    expect(named).toEqual([
      { id: "a", pledges: 3, name: "海洋安全保障", nameJa: "海洋安全保障", lang: undefined },
      { id: "b", name: "Other", lang: "en" },
    ]);
    expect(withLocalNames("en", [{ id: "a", ...area }])[0]).toMatchObject({ name: "Maritime security" });
    expect(withLocalTitles("ja", [{ id: "p", ...pledge }])[0]).toMatchObject({ title: "JNAAMの共同研究" });
  });
});

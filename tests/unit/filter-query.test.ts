import { describe, expect, it } from "vitest";
import { filterQuery, withoutFilter } from "@/lib/domain/filter-query";

describe("filterQuery", () => {
  it("leaves out empty fields and the page, keeps the form's order", () => {
    const form: [string, string][] = [
      ["q", ""],
      ["dialogue", "japan-uk"],
      ["meeting", ""],
      ["area", " maritime-security "],
      ["page", "3"],
      ["sort", "title"],
    ];
    expect(filterQuery(form)).toBe("?dialogue=japan-uk&area=maritime-security&sort=title");
  });

  it("is empty when nothing is chosen, and takes a name once", () => {
    expect(filterQuery([["q", " "]])).toBe("");
    expect(
      filterQuery([
        ["status", "delivered"],
        ["status", "stalled"],
      ]),
    ).toBe("?status=delivered");
  });
});

describe("withoutFilter", () => {
  it("removes one filter and the page, keeping the others", () => {
    expect(withoutFilter("?dialogue=japan-uk&area=cyber&page=2", "area")).toBe("?dialogue=japan-uk");
    expect(withoutFilter("?area=cyber", "area")).toBe("");
  });
});

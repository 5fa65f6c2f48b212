import { describe, expect, it } from "vitest";
import { pledgeApiParams } from "@/lib/validation/api-params";
import { auditParams } from "@/lib/validation/audit";
import { briefingParams } from "@/lib/validation/briefing";
import { sourceParams } from "@/lib/validation/editor-params";
import { pathId } from "@/lib/validation/ids";
import { pledgeListParams } from "@/lib/validation/pledge-filters";
import { MAX_PARAM_LENGTH, parseSearchParams, problemDetails } from "@/lib/validation/search-params";

const parse = (input: string) => parseSearchParams(pledgeListParams, new URLSearchParams(input));

describe("one parser for a route's search parameters", () => {
  it("reads well-formed values, and treats empty form fields as not chosen", () => {
    const { data, problems } = parse(
      "status=delivered&side=&overdue=1&from=2016-01-08&sort=title&dir=asc&page=3&q=%20ACSA%20",
    );
    expect(problems).toEqual([]);
    expect(data).toMatchObject({
      status: "delivered",
      side: undefined,
      overdue: true,
      from: "2016-01-08",
      sort: "title",
      dir: "asc",
      page: 3,
      q: "ACSA",
    });
  });

  it("treats prototype names as ordinary unknown values", () => {
    for (const name of ["toString", "__proto__", "constructor", "hasOwnProperty", "valueOf"]) {
      const { data, problems } = parse(`sort=${name}&status=${name}&dir=${name}`);
      expect(data).toMatchObject({ sort: undefined, status: undefined, dir: undefined });
      expect(problems.map((p) => p.param).sort()).toEqual(["dir", "sort", "status"]);
      expect(parseSearchParams(auditParams, { entity: name }).data.entity).toBeUndefined();
    }
    // As parameter names too: unknown, not inherited members of the shape.
    const named = parseSearchParams(pledgeListParams, new URLSearchParams("__proto__=1&constructor=x&toString=y"));
    expect(named.unknown).toEqual(["__proto__", "constructor", "toString"]);
    expect(named.problems).toEqual([]);
    const details = problemDetails(named);
    expect(Object.keys(details)).toEqual(["__proto__", "constructor", "toString"]);
    expect(JSON.parse(JSON.stringify(details))).toEqual({
      ["__proto__"]: ["Unknown parameter"],
      constructor: ["Unknown parameter"],
      toString: ["Unknown parameter"],
    });
  });

  it("refuses NUL and broken Unicode before any database sees them", () => {
    expect(parse("q=a%00b").problems).toEqual([{ param: "q", message: expect.stringMatching(/cannot be stored/) }]);
    expect(parse("q=a%00b").data.q).toBeUndefined();
    expect(parseSearchParams(pledgeListParams, { dialogue: "x\ud800y" }).problems[0]?.param).toBe("dialogue");
    // Invalid UTF-8 escapes decode to U+FFFD, which is storable text: just an unknown id.
    expect(parse("dialogue=%FF%FE").problems).toEqual([]);
  });

  it("refuses impossible dates, including year 0 that PostgreSQL has not got", () => {
    for (const day of ["0000-00-00", "9999-99-99", "2021-02-30", "0000-01-01", "2021-1-1", "yesterday"]) {
      const { data, problems } = parse(`from=${day}`);
      expect(data.from, day).toBeUndefined();
      expect(
        problems.map((p) => p.param),
        day,
      ).toEqual(["from"]);
    }
    expect(parseSearchParams(briefingParams, { date: "9999-99-99" }).data.date).toBeUndefined();
  });

  it("refuses huge, negative and fractional numbers, falling back to the default", () => {
    for (const page of ["0", "-1", "1.5", "1e3", "99999999999999999999", "0x10", "NaN", "Infinity"]) {
      const { data, problems } = parse(`page=${page}`);
      expect(data.page, page).toBe(1);
      expect(
        problems.map((p) => p.param),
        page,
      ).toEqual(["page"]);
    }
    const api = parseSearchParams(pledgeApiParams, new URLSearchParams("per_page=500&page=0"));
    expect(api.data).toMatchObject({ page: 1, per_page: 25 });
    expect(problemDetails(api)).toEqual({
      page: ["Use a whole page number from 1"],
      per_page: ["Use a whole number from 1 to 100"],
    });
  });

  it("refuses a repeated parameter and a very long value without parsing it", () => {
    expect(parse("status=delivered&status=stalled").problems).toEqual([
      { param: "status", message: "Give this parameter once" },
    ]);
    expect(parseSearchParams(pledgeListParams, { status: ["delivered", "stalled"] }).data.status).toBeUndefined();
    const long = parse(`q=${"a".repeat(MAX_PARAM_LENGTH + 1)}`);
    expect(long.problems).toEqual([{ param: "q", message: expect.stringMatching(/Too long/) }]);
    expect(parse(`q=${"a".repeat(201)}`).problems.map((p) => p.param)).toEqual(["q"]);
  });

  it("keeps the good values when one is bad, and names every problem", () => {
    const parsed = parse("status=finished&side=japan&from=2021-02-30&to=2021-03-01&page=0&extra=1");
    expect(parsed.data).toMatchObject({ side: "japan", to: "2021-03-01", status: undefined, from: undefined, page: 1 });
    expect(Object.keys(problemDetails(parsed)).sort()).toEqual(["extra", "from", "page", "status"]);
  });

  it("reads an editor's source choice", () => {
    expect(parseSearchParams(sourceParams, { source: "meeting:jpuk-2plus2-2021" }).data.source).toEqual({
      kind: "meeting",
      id: "jpuk-2plus2-2021",
    });
    expect(parseSearchParams(sourceParams, { source: "toString:x" }).data.source).toBeUndefined();
  });
});

describe("ids in paths", () => {
  it("accepts ids and refuses what names no record", () => {
    expect(pathId("jpuk-jnaam")).toBe("jpuk-jnaam");
    for (const bad of ["", "a\u0000b", "a\nb", "x".repeat(101), "\udc00"]) expect(pathId(bad)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as getAreas } from "@/app/api/v1/areas/route";
import { GET as getMeetings } from "@/app/api/v1/meetings/route";
import { GET as getPledges } from "@/app/api/v1/pledges/route";
import { ZAreaRecord, ZMeetingRecord, ZPledgeRecord } from "@/lib/validation/api-records";
import { data } from "./expected-from-seed";

// The API answers with exactly the records its OpenAPI document describes: every item of
// every list, over the whole real data set, parses with the zod schema the document is
// generated from, and carries no field the schema does not name.

async function allItems(get: (r: Request) => Promise<Response>, path: string): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1; ; page++) {
    const response = await get(new Request(`http://localhost${path}?per_page=100&page=${page}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: unknown[]; meta: { pages: number } };
    items.push(...body.data);
    if (page >= body.meta.pages) return items;
  }
}

function expectAllMatch(schema: z.ZodObject, items: unknown[]) {
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) {
    const parsed = schema.strict().safeParse(item);
    expect(parsed.error?.issues ?? [], JSON.stringify(item).slice(0, 200)).toEqual([]);
  }
}

describe("the API's records", () => {
  it("match the documented Pledge schema, for every pledge", async () => {
    const items = await allItems(getPledges, "/api/v1/pledges");
    expect(items).toHaveLength(data.pledges.length);
    expectAllMatch(ZPledgeRecord, items);
  });

  it("match the documented Meeting and Area schemas", async () => {
    expectAllMatch(ZMeetingRecord, await allItems(getMeetings, "/api/v1/meetings"));
    expectAllMatch(ZAreaRecord, await allItems(getAreas, "/api/v1/areas"));
  });

  it("refuse a record with a field the document does not name", () => {
    expect(ZAreaRecord.strict().safeParse({ id: "a", name: "A", description: null, extra: 1 }).success).toBe(false);
  });
});

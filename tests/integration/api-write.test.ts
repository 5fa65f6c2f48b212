import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { PATCH as patchPledge } from "@/app/api/v1/pledges/[id]/route";
import { POST as postStatus } from "@/app/api/v1/pledges/[id]/status-updates/route";
import { openApiDocument } from "@/lib/http/openapi";
import { actAs, createTestUser, effects } from "./support/acting";
import { citationFor, databaseFingerprint, pledge } from "./support/fixtures";

// The write API: JSON over the forms' own actions (role, validation, version, audit), each
// refusal a clear 4xx.

const PLEDGE = "jpuk-acsa";
const MEETING = "jpuk-2plus2-2021";
const HOST = "tracker.test";

type ErrorBody = {
  error: { status: number; message: string; details?: Record<string, string[]>; conflict?: unknown[] };
};

function call(
  handler: typeof postStatus,
  id: string,
  body: unknown,
  init: { origin?: string; contentType?: string; raw?: string } = {},
) {
  const headers: Record<string, string> = { host: HOST, "content-type": init.contentType ?? "application/json" };
  if (init.origin) headers.origin = init.origin;
  const request = new Request(`http://${HOST}/api/v1/pledges/${id}`, {
    method: "POST",
    headers,
    body: init.raw ?? JSON.stringify(body),
  });
  return handler(request, { params: Promise.resolve({ id }) });
}

async function statusBody(over: Record<string, unknown> = {}) {
  const p = await pledge(PLEDGE);
  const cite = await citationFor(MEETING, 1);
  return {
    version: p.version,
    status: "delivered",
    meetingId: MEETING,
    paragraphId: cite.paragraphId,
    quote: cite.quote,
    note: "Signed.",
    ...over,
  };
}

describe("POST /api/v1/pledges/{id}/status-updates", () => {
  it("records the update with its audit event and answers 201 with its id, without redirecting", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const before = await pledge(PLEDGE);
    const res = await call(postStatus, PLEDGE, await statusBody());
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: { updateId: string } };
    const update = await db.statusUpdate.findUniqueOrThrow({ where: { id: data.updateId } });
    expect(update).toMatchObject({ pledgeId: PLEDGE, status: "delivered", recordedBy: editor.id });
    expect(await db.auditEvent.count({ where: { entityId: PLEDGE, action: "status.record", userId: editor.id } })).toBe(
      1,
    );
    expect((await pledge(PLEDGE)).version).toBe(before.version + 1);
    expect(effects.redirects).toEqual([]);
    expect(effects.revalidations).toBe(1);
  });

  it("refuses a stale version with 409 and the change made since, writing nothing", async () => {
    await actAs(await createTestUser("editor"));
    const stale = await statusBody();
    expect((await call(postStatus, PLEDGE, stale)).status).toBe(201);
    const before = await databaseFingerprint();
    const res = await call(postStatus, PLEDGE, { ...stale, status: "stalled" });
    expect(res.status).toBe(409);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.message).toMatch(/changed by someone else/);
    expect(body.error.conflict?.length).toBeGreaterThan(0);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it.each([
    ["anonymous", null, 401],
    ["a viewer", "viewer", 403],
  ] as const)("refuses %s (%s)", async (_, role, status) => {
    await actAs(role ? await createTestUser(role) : null);
    const before = await databaseFingerprint();
    expect((await call(postStatus, PLEDGE, await statusBody())).status).toBe(status);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it.each([
    [
      "a quote not in the paragraph",
      async () => call(postStatus, PLEDGE, await statusBody({ quote: "the ministers abolished the navy" })),
      422,
      "quote",
    ],
    [
      "an unknown status",
      async () => call(postStatus, PLEDGE, await statusBody({ status: "finished" })),
      422,
      "status",
    ],
    [
      "an unknown field",
      async () => call(postStatus, PLEDGE, await statusBody({ recordedBy: "someone" })),
      422,
      "recordedBy",
    ],
    [
      "a version that is not a number",
      async () => call(postStatus, PLEDGE, await statusBody({ version: "abc" })),
      422,
      "version",
    ],
    ["an unknown pledge", async () => call(postStatus, "no-such-pledge", await statusBody()), 404, null],
    ["a body that is not JSON", async () => call(postStatus, PLEDGE, null, { raw: "{not json" }), 400, null],
    ["a JSON array", async () => call(postStatus, PLEDGE, [1, 2]), 400, null],
    [
      "a form post",
      async () =>
        call(postStatus, PLEDGE, null, { contentType: "application/x-www-form-urlencoded", raw: "status=delivered" }),
      415,
      null,
    ],
    [
      "another site's page",
      async () => call(postStatus, PLEDGE, await statusBody(), { origin: "https://evil.example" }),
      403,
      null,
    ],
    [
      "an oversized body",
      async () => call(postStatus, PLEDGE, await statusBody({ note: "n".repeat(70_000) })),
      413,
      null,
    ],
  ])("refuses %s with a clear 4xx and writes nothing", async (_, send, status, field) => {
    await actAs(await createTestUser("editor"));
    const before = await databaseFingerprint();
    const res = await send();
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.status).toBe(status);
    if (field) expect(body.error.details?.[field]?.length, JSON.stringify(body)).toBeGreaterThan(0);
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("accepts the site's own origin", async () => {
    await actAs(await createTestUser("editor"));
    expect((await call(postStatus, PLEDGE, await statusBody(), { origin: `https://${HOST}` })).status).toBe(201);
  });
});

describe("PATCH /api/v1/pledges/{id}", () => {
  it("changes only the fields sent, keeps the rest, and audits before and after", async () => {
    const editor = await createTestUser("editor");
    await actAs(editor);
    const before = await pledge(PLEDGE);
    const res = await call(patchPledge, PLEDGE, { version: before.version, title: "ACSA, as renamed over the API" });
    expect(res.status, await res.clone().text()).toBe(200);
    const after = await db.pledge.findUniqueOrThrow({
      where: { id: PLEDGE },
      select: { title: true, text: true, areaId: true, quote: true, version: true },
    });
    expect(after).toMatchObject({
      title: "ACSA, as renamed over the API",
      text: before.text,
      areaId: before.areaId,
      quote: before.quote,
      version: before.version + 1,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: PLEDGE, action: "pledge.update", userId: editor.id },
    });
    expect(event.after).toMatchObject({ title: "ACSA, as renamed over the API" });
  });

  it("refuses a stale version with 409 and changes nothing (two editors from the same version: one wins)", async () => {
    await actAs(await createTestUser("editor"));
    const { version } = await pledge(PLEDGE);
    const results = await Promise.all([
      call(patchPledge, PLEDGE, { version, title: "First editor's title" }),
      call(patchPledge, PLEDGE, { version, title: "Second editor's title" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results[0]!.status === 200 ? "First editor's title" : "Second editor's title";
    expect((await pledge(PLEDGE)).title).toBe(winner);
    expect((await pledge(PLEDGE)).version).toBe(version + 1);
  });

  it("refuses bad input field by field, and a viewer", async () => {
    await actAs(await createTestUser("editor"));
    const { version } = await pledge(PLEDGE);
    const short = await call(patchPledge, PLEDGE, { version, title: "x" });
    expect(short.status).toBe(422);
    expect(((await short.json()) as ErrorBody).error.details?.title).toBeDefined();
    expect((await call(patchPledge, PLEDGE, { title: "No version given" })).status).toBe(422);
    expect((await call(patchPledge, PLEDGE, { version, id: "renamed" })).status).toBe(422);
    expect((await call(patchPledge, "no-such-pledge", { version, title: "Whatever it is" })).status).toBe(404);
    await actAs(await createTestUser("viewer"));
    expect((await call(patchPledge, PLEDGE, { version, title: "A viewer's title" })).status).toBe(403);
  });
});

describe("the OpenAPI document", () => {
  it("describes exactly the write operations tested here", () => {
    const writes = Object.entries(openApiDocument.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((method) => method !== "get")
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(writes.sort()).toEqual(["PATCH /api/v1/pledges/{id}", "POST /api/v1/pledges/{id}/status-updates"]);
  });
});

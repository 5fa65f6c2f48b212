import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { RENDER_CACHE_HEADER, cachedResponse } from "@/lib/http/response-cache";

// Route handlers' answers rendered once per version of the data: served again until any
// write commits, never to a signed-in reader, never when not a 200.

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://t.example${path}`, { headers: { host: "t.example", ...headers } });

function counter(status = 200) {
  let renders = 0;
  const render = async () => {
    renders += 1;
    const [row] = await db.$queryRaw<{ version: bigint }[]>`SELECT version FROM data_version`;
    return Response.json({ version: String(row!.version), renders }, { status });
  };
  return { render, renders: () => renders };
}

describe("cachedResponse", () => {
  it("renders once per data version, and afresh after a write commits", async () => {
    const c = counter();
    const path = `/api/v1/x?b=2&a=${Math.random()}`;
    const first = await cachedResponse(get(path), c.render);
    expect(first.headers.get(RENDER_CACHE_HEADER)).toBe("miss");
    const body = await first.json();
    // The same query in another order is the same answer.
    const reordered = `/api/v1/x?a=${new URL(`http://x${path}`).searchParams.get("a")}&b=2`;
    const again = await Promise.all([cachedResponse(get(path), c.render), cachedResponse(get(reordered), c.render)]);
    expect(again.map((r) => r.headers.get(RENDER_CACHE_HEADER))).toEqual(["hit", "hit"]);
    expect(await again[0]!.json()).toEqual(body);
    expect(c.renders()).toBe(1);

    // Any committed write bumps data_version: the next reader gets a new rendering.
    const area = await db.area.findFirstOrThrow({ select: { id: true, name: true } });
    await db.area.update({ where: { id: area.id }, data: { name: `${area.name} ` } });
    await db.area.update({ where: { id: area.id }, data: { name: area.name } });
    const after = await cachedResponse(get(path), c.render);
    expect(after.headers.get(RENDER_CACHE_HEADER)).toBe("miss");
    expect(Number((await after.json()).version)).toBeGreaterThan(Number(body.version));
    expect(c.renders()).toBe(2);
  });

  it("shares one rendering between concurrent readers of a missing answer", async () => {
    const c = counter();
    const path = `/api/v1/y?n=${Math.random()}`;
    const answers = await Promise.all(Array.from({ length: 5 }, () => cachedResponse(get(path), c.render)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(c.renders()).toBe(1);
  });

  it("keys on the origin the reader used (the briefing files link back to it)", async () => {
    const c = counter();
    const path = `/briefing/briefing.md?n=${Math.random()}`;
    await cachedResponse(get(path), c.render);
    await cachedResponse(get(path, { "x-forwarded-host": "public.example" }), c.render);
    expect(c.renders()).toBe(2);
  });

  it("never serves from, nor fills, the cache for a signed-in reader", async () => {
    const c = counter();
    const path = `/api/v1/z?n=${Math.random()}`;
    for (const cookie of ["next-auth.session-token=abc", "a=1; __Secure-next-auth.session-token=abc"]) {
      const res = await cachedResponse(get(path, { cookie }), c.render);
      expect(res.headers.get(RENDER_CACHE_HEADER)).toBeNull();
    }
    expect((await cachedResponse(get(path), c.render)).headers.get(RENDER_CACHE_HEADER)).toBe("miss");
    expect(c.renders()).toBe(3);
  });

  it("keeps no answer that is not a 200", async () => {
    const c = counter(404);
    const path = `/api/v1/w?n=${Math.random()}`;
    expect((await cachedResponse(get(path), c.render)).status).toBe(404);
    expect((await cachedResponse(get(path), c.render)).status).toBe(404);
    expect(c.renders()).toBe(2);
  });
});

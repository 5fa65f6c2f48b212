import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createArea, updateArea } from "@/lib/actions/areas/actions";
import { actAs, createTestUser, effects, expectOk, form } from "./support/acting";
import { databaseFingerprint } from "./support/fixtures";
import { data } from "./expected-from-seed";

// Admins add cooperation areas, rename them and move them within the taxonomy.

// The seeded taxonomy, in the seed file's order.
const SEEDED = data.areas.map((a) => a.id);

// Tests in this file share one database, so each states its expectations relative to the
// order it found; "position:id" strings also prove the positions stay 1..n without gaps.
const order = async () =>
  (
    await db.area.findMany({ select: { id: true, position: true }, orderBy: [{ position: "asc" }, { name: "asc" }] })
  ).map((a) => `${a.position}:${a.id}`);
const ids = async () => (await order()).map((o) => o.split(":")[1]!);
const expected = (list: string[]) => list.map((id, i) => `${i + 1}:${id}`);
const moveTo = (list: string[], id: string, place: number) => {
  const rest = list.filter((x) => x !== id);
  return [...rest.slice(0, place - 1), id, ...rest.slice(place - 1)];
};
const area = (id: string) =>
  db.area.findUniqueOrThrow({
    where: { id },
    select: { name: true, description: true, position: true, version: true },
  });
const edit = async (id: string, over: Record<string, unknown> = {}) => {
  const a = await db.area.findUniqueOrThrow({ where: { id } });
  return {
    areaId: id,
    version: String(a.version),
    name: a.name,
    description: a.description ?? "",
    position: String(a.position),
    ...over,
  };
};

describe("createArea", () => {
  it("adds an area last in the taxonomy with an id from its name, audited", async () => {
    const admin = await createTestUser("admin");
    await actAs(admin);
    const data = expectOk(
      await createArea(
        null,
        form({
          name: "Intelligence & information sharing",
          description: "Information security agreements in use.",
          slug: "",
        }),
      ),
    );
    expect(data.areaId).toBe("intelligence-and-information-sharing");
    expect(await order()).toEqual(expected([...SEEDED, "intelligence-and-information-sharing"])); // the file's first write
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "area", entityId: data.areaId },
      select: { action: true, userId: true, after: true },
    });
    expect(event).toMatchObject({
      action: "area.create",
      userId: admin.id,
      after: { name: "Intelligence & information sharing", position: SEEDED.length + 1, version: 1 },
    });
    expect(effects.redirects).toEqual(["/edit/areas?saved=area"]);
  });

  it("refuses an id that is taken, in plain words, and changes nothing", async () => {
    await actAs(await createTestUser("admin"));
    const before = await databaseFingerprint();
    expect(await createArea(null, form({ name: "Maritime security", slug: "" }))).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { slug: ["An area with this id already exists"] },
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it.each([
    ["a missing name", { name: "" }, "name"],
    ["a two-letter name", { name: "AI" }, "name"],
    ["markup in the description", { description: "<iframe src=//evil>" }, "description"],
    ["an id in capitals with underscores", { slug: "SPACE_POLICY" }, "slug"],
  ])("refuses %s and changes nothing", async (_, over, field) => {
    await actAs(await createTestUser("admin"));
    const before = await databaseFingerprint();
    expect(await createArea(null, form({ name: "Space policy", description: "", slug: "", ...over }))).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("gives two areas created at once their own positions", async () => {
    const [a, b] = [await createTestUser("admin"), await createTestUser("admin")];
    await actAs(a);
    const first = createArea(null, { name: "Space situational awareness" });
    await actAs(b);
    const second = createArea(null, { name: "Defence industrial base" });
    for (const r of await Promise.all([first, second])) expectOk(r);
    const positions = (
      await db.area.findMany({
        where: { id: { in: ["space-situational-awareness", "defence-industrial-base"] } },
        select: { position: true },
      })
    ).map((p) => p.position);
    const last = (await order()).length;
    expect(positions.sort()).toEqual([last - 1, last]);
  });

  it("refuses editors and viewers", async () => {
    for (const role of ["editor", "viewer"] as const) {
      const user = await createTestUser(role);
      const before = await databaseFingerprint();
      await actAs(user);
      expect(await createArea(null, { name: "Space policy" })).toMatchObject({
        ok: false,
        status: 403,
        code: "forbidden",
      });
      expect(await databaseFingerprint()).toEqual(before);
    }
  });
});

describe("updateArea", () => {
  it("renames and describes an area in place, recording before and after", async () => {
    await actAs(await createTestUser("admin"));
    const was = await order();
    expectOk(
      await updateArea(null, await edit("cyber-space", { name: "Cyber, space and electromagnetic", description: "" })),
    );
    expect(await area("cyber-space")).toEqual({
      name: "Cyber, space and electromagnetic",
      description: null,
      position: 5,
      version: 2,
    });
    expect(await order()).toEqual(was);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: "cyber-space", action: "area.update" } });
    expect(event.before).toMatchObject({ name: "Cyber and space", position: 5, version: 1 });
    expect(event.after).toMatchObject({ name: "Cyber, space and electromagnetic", position: 5, version: 2 });
    expect(await db.auditEvent.count({ where: { action: "area.reorder" } })).toBe(0);
  });

  it("moves an area; those it passes shift by one, each versioned and audited", async () => {
    const admin = await createTestUser("admin");
    await actAs(admin);
    const was = await ids();
    const from = was.indexOf("regional-order") + 1;
    const data = expectOk(await updateArea(null, await edit("regional-order", { position: "2" })));
    expect(data.position).toBe(2);
    expect(await order()).toEqual(expected(moveTo(was, "regional-order", 2)));
    const passed = was.slice(1, from - 1);
    const hadr = await area("hadr-health");
    expect(await area(was[0]!)).toMatchObject({ position: 1 });
    const shifted = await db.auditEvent.findMany({
      where: { action: "area.reorder", userId: admin.id },
      select: { entityId: true, before: true, after: true },
    });
    expect(shifted.map((e) => e.entityId).sort()).toEqual([...passed].sort());
    expect(shifted.find((e) => e.entityId === "hadr-health")).toMatchObject({
      before: { position: hadr.position - 1, version: hadr.version - 1 },
      after: { position: hadr.position, version: hadr.version },
    });
  });

  it("puts an area last when the position is past the end", async () => {
    await actAs(await createTestUser("admin"));
    const was = await ids();
    expectOk(await updateArea(null, await edit("defence-equipment", { position: "99" })));
    expect(await order()).toEqual(expected(moveTo(was, "defence-equipment", was.length)));
  });

  it("lets one of two concurrent saves win and tells the other what changed", async () => {
    const [a, b] = [await createTestUser("admin"), await createTestUser("admin")];
    const base = await edit("counter-terrorism");
    await actAs(a);
    const first = updateArea(null, { ...base, name: "Edited by A", position: "1" });
    await actAs(b);
    const second = updateArea(null, { ...base, name: "Edited by B" });
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    if (!lost || lost.ok) throw new Error("expected one refusal");
    expect(lost).toMatchObject({ status: 409, code: "conflict" });
    const saved = await area("counter-terrorism");
    expect(lost.conflict?.[0]?.changes).toContainEqual({
      field: "Name",
      before: "Counter-terrorism",
      after: saved.name,
    });
    expect(await db.auditEvent.count({ where: { entityId: "counter-terrorism", action: "area.update" } })).toBe(1);
  });

  it("refuses a form opened before another area's move shifted this one, showing the shift", async () => {
    await actAs(await createTestUser("admin"));
    const stale = await edit("logistics-legal", { description: "ACSA and more." });
    const at = Number(stale.position);
    expectOk(await updateArea(null, await edit("economic-security-climate", { position: "1" })));
    const result = await updateArea(null, stale);
    expect(result).toMatchObject({ ok: false, status: 409 });
    if (result.ok) throw new Error("unreachable");
    expect(result.conflict?.at(-1)?.changes).toEqual([
      { field: "Position", before: String(at), after: String(at + 1) },
    ]);
    expect(await area("logistics-legal")).toMatchObject({
      position: at + 1,
      description: expect.stringContaining("ACSA, information security"),
    });
  });

  it("refuses an unknown area, a bad position and an editor", async () => {
    await actAs(await createTestUser("admin"));
    expect(await updateArea(null, { ...(await edit("cyber-space")), areaId: "nowhere" })).toMatchObject({
      ok: false,
      status: 404,
    });
    for (const position of ["0", "first", "1.5", ""]) {
      expect(await updateArea(null, await edit("cyber-space", { position }))).toMatchObject({
        ok: false,
        status: 422,
        fieldErrors: { position: [expect.any(String)] },
      });
    }
    const editor = await createTestUser("editor");
    const before = await databaseFingerprint();
    await actAs(editor);
    expect(await updateArea(null, await edit("cyber-space", { name: "Taken over" }))).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

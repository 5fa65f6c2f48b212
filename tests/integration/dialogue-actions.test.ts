import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDialogue, updateDialogue } from "@/lib/actions/dialogues/actions";
import { createMeeting } from "@/lib/actions/meetings/actions";
import { actAs, createTestUser, effects, expectOk, form } from "./support/acting";
import { databaseFingerprint } from "./support/fixtures";

// Admins add a dialogue (so editors can add its meetings) and edit one.

const valid = (over: Record<string, string> = {}) => ({
  name: "Japan-Australia Foreign and Defence Ministers' Meeting (2+2)",
  partnerCountry: "Australia",
  description: "",
  slug: "",
  ...over,
});

const dialogue = (id: string) =>
  db.dialogue.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, partnerCountry: true, description: true, version: true },
  });

describe("createDialogue", () => {
  it("creates a dialogue with an id derived from its name, audited; an editor can then add its meetings", async () => {
    const admin = await createTestUser("admin");
    await actAs(admin);
    const data = expectOk(await createDialogue(null, form(valid())));
    const id = "japan-australia-foreign-and-defence-ministers-meeting-2plus2";
    expect(data.dialogueId).toBe(id);
    expect(await dialogue(id)).toEqual({
      id,
      slug: id,
      name: valid().name,
      partnerCountry: "Australia",
      description: null,
      version: 1,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "dialogue", entityId: id },
      select: { action: true, userId: true, before: true, after: true },
    });
    expect(event).toMatchObject({
      action: "dialogue.create",
      userId: admin.id,
      before: null,
      after: { slug: id, partnerCountry: "Australia", version: 1 },
    });
    expect(effects.redirects).toEqual(["/edit/dialogues?saved=dialogue"]);

    await actAs(await createTestUser("editor"));
    const meeting = {
      dialogueId: id,
      title: "1st Japan-Australia 2+2",
      date: "2007-06-06",
      format: "in_person",
      kind: "two_plus_two",
      documentTitle: "Joint Statement",
      publisher: "MOFA",
      statement: "1. The Ministers met.",
    };
    expectOk(await createMeeting(null, form(meeting)));
    expect(await db.meeting.count({ where: { dialogueId: id } })).toBe(1);
  });

  it("uses the id the admin gives, lower-cased and trimmed", async () => {
    await actAs(await createTestUser("admin"));
    expect(expectOk(await createDialogue(null, form(valid({ slug: "  Japan-Australia " })))).dialogueId).toBe(
      "japan-australia",
    );
  });

  it("refuses an id that is taken, in plain words, and changes nothing", async () => {
    await actAs(await createTestUser("admin"));
    const before = await databaseFingerprint();
    const result = await createDialogue(null, form(valid({ slug: "japan-uk" })));
    expect(result).toMatchObject({
      ok: false,
      status: 409,
      code: "conflict",
      fieldErrors: { slug: ["A dialogue with this id already exists"] },
    });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("lets one of two admins creating the same id win and tells the other", async () => {
    const [a, b] = [await createTestUser("admin"), await createTestUser("admin")];
    await actAs(a);
    const first = createDialogue(null, valid({ slug: "japan-philippines" }));
    await actAs(b);
    const second = createDialogue(null, valid({ slug: "japan-philippines", name: "Japan-Philippines 2+2" }));
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      status: 409,
      message: "A dialogue with this id already exists.",
    });
    expect(await db.auditEvent.count({ where: { entityId: "japan-philippines" } })).toBe(1);
  });

  it.each([
    ["a missing name", { name: "" }, "name"],
    ["markup in the name", { name: "Japan-Australia <script>alert(1)</script>" }, "name"],
    ["a missing partner", { partnerCountry: "" }, "partnerCountry"],
    ["markup in the description", { description: '<img src=x onerror="alert(1)">' }, "description"],
    ["an id with spaces", { slug: "japan australia" }, "slug"],
    ["an id with a double hyphen", { slug: "japan--australia" }, "slug"],
    ["no id and a name it cannot come from", { name: "日豪外務・防衛閣僚協議" }, "slug"],
    ["an overlong description", { description: "x".repeat(2_001) }, "description"],
  ])("refuses %s on that field and changes nothing", async (_, over, field) => {
    await actAs(await createTestUser("admin"));
    const before = await databaseFingerprint();
    const result = await createDialogue(null, form(valid(over)));
    expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { [field]: [expect.any(String)] } });
    expect(await databaseFingerprint()).toEqual(before);
  });

  it("refuses editors and anonymous callers", async () => {
    const editor = await createTestUser("editor");
    const before = await databaseFingerprint();
    await actAs(editor);
    expect(await createDialogue(null, form(valid()))).toMatchObject({ ok: false, status: 403 });
    await actAs(null);
    expect(await createDialogue(null, form(valid()))).toMatchObject({ ok: false, status: 401 });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

describe("updateDialogue", () => {
  const edit = (over: Record<string, unknown> = {}) => ({
    dialogueId: "japan-france",
    version: "1",
    name: "Japan-France Foreign and Defence Ministers' Meeting (2+2)",
    partnerCountry: "France",
    description: "Held since 2014.",
    ...over,
  });

  it("saves an edit, keeps the id, bumps the version and records before and after", async () => {
    await actAs(await createTestUser("admin"));
    expectOk(await updateDialogue(null, edit()));
    expect(await dialogue("japan-france")).toMatchObject({
      slug: "japan-france",
      name: edit().name,
      description: "Held since 2014.",
      version: 2,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: "japan-france", action: "dialogue.update" },
    });
    expect(event.before).toMatchObject({
      name: "Japan-France defence ministerial contacts",
      description: null,
      version: 1,
    });
    expect(event.after).toMatchObject({ name: edit().name, version: 2 });
  });

  it("clears the description when the field is emptied", async () => {
    await actAs(await createTestUser("admin"));
    const d = await db.dialogue.findUniqueOrThrow({ where: { id: "japan-uk" }, select: { version: true, name: true } });
    expectOk(
      await updateDialogue(
        null,
        edit({ dialogueId: "japan-uk", version: d.version, name: d.name, partnerCountry: "UK", description: "  " }),
      ),
    );
    expect((await dialogue("japan-uk"))?.description).toBeNull();
  });

  it("lets one of two concurrent saves win and tells the other what changed", async () => {
    const [a, b] = [await createTestUser("admin"), await createTestUser("admin")];
    await actAs(a);
    const first = updateDialogue(
      null,
      edit({ dialogueId: "japan-india", name: "Edited by A", partnerCountry: "India" }),
    );
    await actAs(b);
    const second = updateDialogue(
      null,
      edit({ dialogueId: "japan-india", name: "Edited by B", partnerCountry: "India" }),
    );
    const results = await Promise.all([first, second]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    if (!lost || lost.ok) throw new Error("expected one refusal");
    expect(lost).toMatchObject({ status: 409, code: "conflict" });
    expect(lost.message).toMatch(/changed by someone else/);
    const saved = await dialogue("japan-india");
    expect(saved?.version).toBe(2);
    expect(lost.conflict?.[0]?.changes).toContainEqual({
      field: "Name",
      before: "Japan-India defence contacts",
      after: saved?.name,
    });
    expect(await db.auditEvent.count({ where: { entityId: "japan-india", action: "dialogue.update" } })).toBe(1);
  });

  it("refuses a stale form, an unknown dialogue, bad input and an editor", async () => {
    await actAs(await createTestUser("admin"));
    expectOk(
      await updateDialogue(null, edit({ dialogueId: "japan-canada", partnerCountry: "Canada", name: "First edit" })),
    );
    expect(
      await updateDialogue(
        null,
        edit({ dialogueId: "japan-canada", partnerCountry: "Canada", name: "From an old form" }),
      ),
    ).toMatchObject({ ok: false, status: 409 });
    expect((await dialogue("japan-canada"))?.name).toBe("First edit");
    expect(await updateDialogue(null, edit({ dialogueId: "atlantis" }))).toMatchObject({ ok: false, status: 404 });
    expect(await updateDialogue(null, edit({ version: "" }))).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { version: [expect.any(String)] },
    });
    await actAs(await createTestUser("editor"));
    const before = await databaseFingerprint();
    expect(await updateDialogue(null, edit())).toMatchObject({ ok: false, status: 403 });
    expect(await databaseFingerprint()).toEqual(before);
  });
});

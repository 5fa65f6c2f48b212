import { beforeAll, describe, expect, it } from "vitest";
import { applyPledgeImport, previewPledgeImport } from "@/lib/actions/import/actions";
import { db } from "@/lib/db/client";
import { csvExportResponse, jsonExportResponse } from "@/lib/import-export/export";
import { CSV_COLUMNS, csvChunk, parsePledgeCsv, READ_ONLY_COLUMNS, type CsvRow } from "@/lib/import-export/csv";
import { pledgesOf } from "./expected-from-seed";
import { actAs, createTestUser, expectOk, type TestUser } from "./support/acting";

// The round trip an editor makes: export the CSV, edit some cells in a spreadsheet, check
// the file (dry run), apply it. Exactly the edited cells change, with audit events.

type Rows = Map<string, CsvRow>;

async function exportCsv(filters = { dialogue: "japan-uk" }): Promise<{ text: string; rows: Rows }> {
  // Decoded keeping the byte order mark, as a browser saves the file.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csvExportResponse(filters).arrayBuffer());
  const parsed = parsePledgeCsv(text);
  expect(parsed.errors).toEqual([]);
  return { text, rows: new Map(parsed.rows.map((r) => [r.cells.id!, r.cells as CsvRow])) };
}

const toCsv = (rows: Iterable<CsvRow>) => csvChunk([...rows], true);
const fileForm = (text: string, name = "pledges.csv") => {
  const fd = new FormData();
  fd.append("file", new File([text], name, { type: "text/csv" }));
  return fd;
};

// A pledge the data set records as pledged, with no update: the import gives it one.
const EDITED = "jpuk-joint-operations-procedures";
const EDITED_QUOTE =
  "The Ministers also directed their officials to discuss ways to improve administrative, policy and legal procedures";

function edited(rows: Rows): CsvRow[] {
  const out = new Map([...rows].map(([id, r]) => [id, { ...r }]));
  out.get("jpuk-jnaam")!.title = "Joint New Air-to-Air Missile (JNAAM) research programme";
  Object.assign(out.get("jpuk-carrier-strike-group")!, {
    target_date: "2022-06-30",
    tags: "CSG21, HMS Queen Elizabeth, Indo-Pacific",
  });
  Object.assign(out.get(EDITED)!, {
    status: "in_progress",
    status_meeting: "jpuk-2plus2-2016",
    status_document: "jpuk-2016-statement",
    status_paragraph: "14",
    status_quote: EDITED_QUOTE,
    status_note: "Discussions under way.",
  });
  const blank = Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, ""])) as CsvRow;
  return [
    ...out.values(),
    {
      ...blank,
      dialogue: "japan-uk",
      made_at_meeting: "jpuk-2plus2-2016",
      area: "logistics-legal",
      side: "both",
      title: "Improve procedures for joint operations and exercises",
      text: "The Ministers directed their officials to discuss ways to improve administrative, policy and legal procedures.",
      source_document: "jpuk-2016-statement",
      source_paragraph: "14",
      source_quote: "directed their officials to discuss ways to improve administrative, policy and legal procedures",
      tags: "Procedures",
    },
  ];
}

let editor: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  editor = await createTestUser("editor");
  viewer = await createTestUser("viewer");
});

describe("the CSV export", () => {
  it("has one row per pledge matching the filters, with stable ids and the status evidence", async () => {
    const { text, rows } = await exportCsv();
    expect(text.startsWith("\uFEFFid,version,dialogue,")).toBe(true);
    expect(rows.size).toBe(pledgesOf("japan-uk").length);
    expect([...rows.keys()].sort()).toEqual(
      pledgesOf("japan-uk")
        .map((p) => p.id)
        .sort(),
    );
    const csg = rows.get("jpuk-carrier-strike-group")!;
    expect(csg).toMatchObject({
      status: "in_progress",
      status_meeting: "jpuk-2plus2-2021",
      status_document: "jdf-134",
      status_paragraph: "2(1)",
      target_date: "2021-12-31",
    });
    expect(rows.get(EDITED)).toMatchObject({
      status: "pledged",
      status_meeting: "",
      status_quote: "",
      tags: "joint operations",
    });
  });

  it("honours the pages' filters", async () => {
    const { rows } = await exportCsv({ dialogue: "japan-uk", area: "defence-equipment" } as { dialogue: string });
    expect(rows.size).toBe(pledgesOf("japan-uk").filter((p) => p.area === "defence-equipment").length);
  });

  it("exports JSON with the full status history", async () => {
    const body = JSON.parse(await jsonExportResponse({ q: "air-to-air" }).text()) as {
      total: number;
      pledges: { id: string; history: unknown[] }[];
    };
    expect(body.total).toBe(1);
    expect(body.pledges[0]!.id).toBe("jpuk-jnaam");
    expect(body.pledges[0]!.history).toHaveLength(2);
  });
});

describe("the CSV import", () => {
  it("refuses anyone but an editor, before reading the file", async () => {
    const { text } = await exportCsv();
    await actAs(null);
    expect(await previewPledgeImport(null, fileForm(text))).toMatchObject({ ok: false, status: 401 });
    expect(await applyPledgeImport(null, { csv: text })).toMatchObject({ ok: false, status: 401 });
    await actAs(viewer);
    expect(await previewPledgeImport(null, fileForm(text))).toMatchObject({ ok: false, status: 403 });
    expect(await applyPledgeImport(null, { csv: text })).toMatchObject({ ok: false, status: 403 });
  });

  it("dry-runs an unedited export as all unchanged, and has nothing to apply", async () => {
    const { text, rows } = await exportCsv();
    await actAs(editor);
    const preview = expectOk(await previewPledgeImport(null, fileForm(text)));
    expect(preview.plan.counts).toEqual({ create: 0, update: 0, unchanged: rows.size, error: 0 });
    const applied = await applyPledgeImport(null, { csv: text });
    expect(applied).toMatchObject({
      ok: false,
      status: 422,
      message: "Nothing to import: every row already matches the tracker.",
    });
  });

  it("applies an edited file, changing exactly the edited cells, with audit events", async () => {
    const before = await exportCsv();
    const file = toCsv(edited(before.rows));
    await actAs(editor);

    const preview = expectOk(await previewPledgeImport(null, fileForm(file)));
    expect(preview.plan.counts).toEqual({ create: 1, update: 3, unchanged: before.rows.size - 3, error: 0 });
    const changed = Object.fromEntries(
      preview.plan.rows.filter((r) => r.action === "update").map((r) => [r.id, r.changes.map((c) => c.column)]),
    );
    expect(changed).toEqual({
      "jpuk-jnaam": ["title"],
      "jpuk-carrier-strike-group": ["target_date", "tags"],
      [EDITED]: ["status", "status_meeting", "status_document", "status_paragraph", "status_quote", "status_note"],
    });
    // The dry run wrote nothing.
    expect((await exportCsv()).text).toBe(before.text);

    const auditBefore = await db.auditEvent.count();
    const result = expectOk(await applyPledgeImport(null, { csv: preview.csv }));
    expect(result).toEqual({ created: 1, updated: 3, unchanged: before.rows.size - 3 });

    const after = await exportCsv();
    expect(after.rows.size).toBe(before.rows.size + 1);
    const editedRows = new Map(
      edited(before.rows)
        .filter((r) => r.id)
        .map((r) => [r.id, r]),
    );
    for (const [id, row] of before.rows) {
      const now = after.rows.get(id)!;
      if (!["jpuk-jnaam", "jpuk-carrier-strike-group", EDITED].includes(id)) {
        expect(now, id).toEqual(row);
        continue;
      }
      // Every editable cell is what the editor typed; read-only ones follow from it.
      for (const c of CSV_COLUMNS)
        if (!READ_ONLY_COLUMNS.has(c.key)) expect(now[c.key], `${id} ${c.key}`).toBe(editedRows.get(id)![c.key]);
      expect(Number(now.version)).toBe(Number(row.version) + 1);
    }
    expect(after.rows.get(EDITED)!.history).toBe("2016-01-08 in_progress at jpuk-2plus2-2016");
    expect(after.rows.get(EDITED)!.status_date).toBe("2016-01-08");

    const created = [...after.rows.values()].find((r) => !before.rows.has(r.id))!;
    expect(created).toMatchObject({
      title: "Improve procedures for joint operations and exercises",
      status: "pledged",
      area: "logistics-legal",
      tags: "Procedures",
    });

    const events = await db.auditEvent.findMany({
      where: { action: { startsWith: "pledge.import" } },
      select: { action: true, entityId: true, userId: true },
      orderBy: { createdAt: "asc" },
    });
    // One per pledge, and the status change's own event, written by the forms' function.
    expect(await db.auditEvent.count()).toBe(auditBefore + 5);
    const statusEvents = await db.auditEvent.findMany({
      where: { action: { startsWith: "status." }, entityId: EDITED, userId: editor.id },
      select: { action: true },
    });
    expect(statusEvents.map((e) => e.action)).toEqual(["status.record"]);
    expect(events.map((e) => [e.action, e.entityId]).sort()).toEqual(
      [
        ["pledge.import.update", "jpuk-jnaam"],
        ["pledge.import.update", "jpuk-carrier-strike-group"],
        ["pledge.import.update", EDITED],
        ["pledge.import.create", created.id],
      ].sort(),
    );
    expect(events.every((e) => e.userId === editor.id)).toBe(true);
    const acsa = await db.statusUpdate.findFirstOrThrow({
      where: { pledgeId: EDITED },
      select: { recordedBy: true, quote: true, note: true },
    });
    expect(acsa).toEqual({ recordedBy: editor.id, quote: EDITED_QUOTE, note: "Discussions under way." });
  });

  it("changes nothing when any row has an error, and says which row and why", async () => {
    const { rows } = await exportCsv();
    const file = [...rows.values()].map((r) => ({ ...r }));
    file[0]!.title = "A title that must not be saved";
    file[1]!.status = "finished";
    await actAs(editor);
    const preview = expectOk(await previewPledgeImport(null, fileForm(toCsv(file))));
    expect(preview.plan.canApply).toBe(false);
    const bad = preview.plan.rows.find((r) => r.action === "error")!;
    expect(bad.line).toBe(3);
    expect(bad.errors).toEqual(["status: Choose a status from the list."]);
    const applied = await applyPledgeImport(null, { csv: preview.csv });
    expect(applied).toMatchObject({ ok: false, status: 422 });
    if (!applied.ok) expect(applied.fieldErrors.form?.[0]).toBe("Row 3: status: Choose a status from the list.");
    expect(await db.pledge.count({ where: { title: "A title that must not be saved" } })).toBe(0);
  });

  it("refuses a file whose rows someone else changed since the export, and keeps their change", async () => {
    const { rows } = await exportCsv();
    const mine = [...rows.values()].map((r) => ({ ...r }));
    const theirs = mine.map((r) => ({ ...r }));
    theirs.find((r) => r.id === "jpuk-jnaam")!.title = "Their title for JNAAM";
    mine.find((r) => r.id === "jpuk-jnaam")!.title = "My title for JNAAM";
    await actAs(editor);
    expectOk(await applyPledgeImport(null, { csv: toCsv(theirs) }));
    const result = await applyPledgeImport(null, { csv: toCsv(mine) });
    expect(result).toMatchObject({ ok: false, status: 409 });
    if (!result.ok) expect(result.conflict?.length).toBeGreaterThan(0);
    const jnaam = await db.pledge.findUniqueOrThrow({ where: { id: "jpuk-jnaam" }, select: { title: true } });
    expect(jnaam.title).toBe("Their title for JNAAM");
  });
});

describe("importing a pledge that supersedes an open one", () => {
  const TYPHOON = "jpuk-raf-typhoon-visit-2016";
  const successor = (): CsvRow => ({
    ...(Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, ""])) as CsvRow),
    dialogue: "japan-uk",
    made_at_meeting: "jpuk-2plus2-2021",
    area: "exercises-training",
    side: "both",
    title: "Typhoon visit, restated",
    text: "The four Ministers welcomed the steady progress made on the bilateral ground exercise.",
    source_document: "jdf-134",
    source_paragraph: "2(2)",
    source_quote: "the steady progress made on the bilateral ground exercise",
    predecessor_id: TYPHOON,
    predecessor_link: "supersedes",
  });

  it("refuses, in the dry run, a file that also changes the pledge it would close", async () => {
    const { rows } = await exportCsv();
    const file = [...rows.values()].map((r) => ({ ...r }));
    file.find((r) => r.id === TYPHOON)!.title = "RAF Typhoon visit to Japan (2016)";
    await actAs(editor);
    const preview = expectOk(await previewPledgeImport(null, fileForm(toCsv([...file, successor()]))));
    expect(preview.plan.canApply).toBe(false);
    const refused = preview.plan.rows.find((r) => r.title === "Typhoon visit, restated")!;
    expect(refused).toMatchObject({
      action: "error",
      errors: [
        expect.stringMatching(/closes “RAF Typhoon visit to Japan in 2016” as superseded, and row \d+ changes it too/),
      ],
    });
  });

  it("says in the dry run that it closes the earlier pledge, and closes it on apply, audited", async () => {
    const { rows } = await exportCsv();
    await actAs(editor);
    const preview = expectOk(await previewPledgeImport(null, fileForm(toCsv([...rows.values(), successor()]))));
    const row = preview.plan.rows.find((r) => r.title === "Typhoon visit, restated")!;
    expect(row).toMatchObject({
      action: "create",
      closes: { id: TYPHOON, title: "RAF Typhoon visit to Japan in 2016" },
    });
    expectOk(await applyPledgeImport(null, { csv: preview.csv }));
    const typhoon = await db.pledge.findUniqueOrThrow({
      where: { id: TYPHOON },
      select: { currentStatus: true, updates: { select: { status: true, meetingId: true, note: true } } },
    });
    expect(typhoon).toMatchObject({
      currentStatus: "dropped",
      updates: [{ status: "dropped", meetingId: "jpuk-2plus2-2021", note: "Superseded by “Typhoon visit, restated”." }],
    });
    expect(
      await db.auditEvent.count({ where: { entityId: TYPHOON, action: "status.record", userId: editor.id } }),
    ).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { csvChunk, parsePledgeCsv, recordToCsvRow, type CsvRow } from "@/lib/import-export/csv";
import { planImport, type ImportContext, type RowPlan } from "@/lib/import-export/plan";
import type { PledgeRecord } from "@/lib/domain/pledge-record";
import { record } from "./fixtures/pledge-record";

const P2015 = "Among other things, a feasibility study on a new air-to-air missile was launched in November 2014.";
const P2016 =
  "Following the success of the first feasibility study, the Ministers confirmed discussions would move to the second stage.";
const P2021 = "The four Ministers emphasised the importance of the research programme.";

const jnaam = record({
  source: { documentId: "doc2015", paragraph: "¶20", quote: "a feasibility study on a new air-to-air missile" },
});
const older: PledgeRecord = record({
  id: "older",
  title: "An older pledge",
  history: [],
  status: { current: "pledged", since: "2015-01-21", overdue: false, pastTargetUnconfirmed: false },
});

function context(pledges: PledgeRecord[] = [jnaam, older]): ImportContext {
  return {
    today: "2026-11-22",
    dialogues: new Set(["japan-uk", "japan-us"]),
    areas: [
      { id: "defence-equipment", name: "Defence equipment and technology" },
      { id: "maritime-security", name: "Maritime security" },
    ],
    meetings: new Map([
      ["m2015", { dialogueId: "japan-uk", date: "2015-01-21", title: "1st 2+2", documentIds: ["doc2015"] }],
      ["m2016", { dialogueId: "japan-uk", date: "2016-01-08", title: "2nd 2+2", documentIds: ["doc2016"] }],
      ["m2021", { dialogueId: "japan-uk", date: "2021-02-03", title: "4th 2+2", documentIds: ["doc2021"] }],
      ["us2021", { dialogueId: "japan-us", date: "2021-01-24", title: "US call", documentIds: ["docus"] }],
    ]),
    documents: new Set(["doc2015", "doc2016", "doc2021", "docus"]),
    paragraphs: new Map([
      ["doc2015#¶20", { id: "para2015", text: P2015 }],
      ["doc2016#15", { id: "para2016", text: P2016 }],
      ["doc2021#2(5)", { id: "para2021", text: P2021 }],
    ]),
    pledges: new Map(pledges.map((p) => [p.id, p])),
  };
}

const exported = () => [recordToCsvRow(jnaam), recordToCsvRow(older)];
const plan = (rows: Partial<CsvRow>[], ctx = context()) =>
  planImport(parsePledgeCsv(csvChunk(rows as CsvRow[], true)), ctx);
const edit = (changes: Partial<CsvRow>, base = recordToCsvRow(jnaam)): CsvRow => ({ ...base, ...changes });
// A row planned for writing (create or update), or the test fails with the row's errors.
const written = (row: RowPlan | undefined) => {
  if (row?.action !== "update" && row?.action !== "create") throw new Error(`${row?.action}: ${row?.errors.join(" ")}`);
  return row;
};
const blankRow = (): CsvRow => Object.fromEntries(Object.keys(recordToCsvRow(jnaam)).map((k) => [k, ""])) as CsvRow;

describe("planImport: the round trip", () => {
  it("finds nothing to do in an unedited export", () => {
    const result = plan(exported());
    expect(result.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 });
    expect(result.canApply).toBe(false);
  });

  it("changes exactly the edited cells", () => {
    const result = plan([edit({ title: "JNAAM research, renamed", target_date: "2027-03-31" }), recordToCsvRow(older)]);
    const row = written(result.rows[0]);
    expect(row.action).toBe("update");
    expect(row.changes).toEqual([
      { column: "title", before: jnaam.title, after: "JNAAM research, renamed" },
      { column: "target_date", before: "", after: "2027-03-31" },
    ]);
    expect(row.pledge).toMatchObject({
      title: "JNAAM research, renamed",
      targetDate: "2027-03-31",
      paragraphId: "para2015",
      tags: ["JNAAM", "Meteor"],
    });
    expect(row.status).toBeUndefined();
    expect(row.action === "update" && row.version).toBe(3);
    expect(result.rows[1]!.action).toBe("unchanged");
    expect(result.canApply).toBe(true);
  });

  it("ignores read-only columns, reordered tags and spreadsheet whitespace", () => {
    const result = plan([
      edit({
        history: "edited by hand",
        overdue: "yes",
        made_on: "1999-01-01",
        tags: "Meteor,JNAAM ",
        title: ` ${jnaam.title}  `,
      }),
    ]);
    expect(result.rows[0]!.action).toBe("unchanged");
  });

  it("uses the stored values for columns the file leaves out", () => {
    const result = planImport(parsePledgeCsv(`id,version,title\r\njpuk-jnaam,3,A shorter title\r\n`), context());
    expect(result.rows[0]!.changes).toEqual([{ column: "title", before: jnaam.title, after: "A shorter title" }]);
    expect(result.rows[0]!.action).toBe("update");
  });

  it("refuses a row that changes a pledge without the version it was exported with", () => {
    // Without the column, or with the cell emptied: never the tracker's current version.
    for (const csv of [
      `id,title\r\njpuk-jnaam,A shorter title\r\n`,
      `id,version,title\r\njpuk-jnaam,,A shorter title\r\n`,
    ]) {
      const row = planImport(parsePledgeCsv(csv), context()).rows[0]!;
      expect(row.action, csv).toBe("error");
      expect(row.errors.join(" ")).toMatch(/^version: .*has no version/);
    }
    // A row that changes nothing needs no version.
    expect(planImport(parsePledgeCsv(`id,title\r\njpuk-jnaam,${jnaam.title}\r\n`), context()).rows[0]!.action).toBe(
      "unchanged",
    );
  });
});

describe("planImport: status changes", () => {
  it("records a new report at a later meeting, with its evidence", () => {
    const row = written(
      plan([
        edit({
          status: "delivered",
          status_meeting: "m2021",
          status_document: "doc2021",
          status_paragraph: "2(5)",
          status_quote: "the research programme",
          status_note: "",
        }),
      ]).rows[0],
    );
    expect(row.action).toBe("update");
    expect(row.status).toEqual({
      status: "delivered",
      meetingId: "m2021",
      paragraphId: "para2021",
      quote: "the research programme",
      note: undefined,
    });
    expect(row.pledge).toBeUndefined();
  });

  it("corrects the latest update when the row keeps its meeting and day", () => {
    const row = written(plan([edit({ status: "partly_delivered" })]).rows[0]);
    expect(row.status).toMatchObject({ status: "partly_delivered", meetingId: "m2016", correctsId: "u2" });
  });

  it("accepts a report on a date without a meeting, but not in the future or before the pledge", () => {
    const ok = written(plan([edit({ status: "stalled", status_meeting: "", status_date: "2019-05-01" })]).rows[0]);
    expect(ok.status).toMatchObject({ status: "stalled", reportedOn: "2019-05-01" });
    expect(ok.status?.correctsId).toBeUndefined();
    const future = plan([edit({ status: "stalled", status_meeting: "", status_date: "2030-01-01" })]).rows[0]!;
    expect(future.errors).toContain("status_date: that date is in the future.");
    const early = plan([edit({ status: "stalled", status_meeting: "", status_date: "2014-01-01" })]).rows[0]!;
    expect(early.errors.join(" ")).toMatch(/only made on 21 January 2015/);
  });

  it("explains bad statuses, missing evidence and misquotes in plain words", () => {
    const one = (row: CsvRow) => plan([row]).rows[0]!.errors;
    expect(one(edit({ status: "done" }))).toEqual(["status: Choose a status from the list."]);
    expect(one(edit({ status: "in_progress", status_meeting: "m2016" }, recordToCsvRow(older)))[0]).toMatch(
      /^status_document, status_paragraph, status_quote: a status needs its evidence/,
    );
    expect(one(edit({ status_quote: "words that are not there" }))).toEqual([
      "status_quote: the quote was not found in para 15 of “doc2016”: copy the words exactly from the paragraph.",
    ]);
    expect(one(edit({ status_meeting: "us2021", status_date: "" })).join(" ")).toMatch(
      /status_meeting: “us2021” is a meeting of another dialogue/,
    );
  });

  it("refuses a status date that contradicts the meeting, and explains spreadsheet-mangled dates", () => {
    const clash = plan([
      edit({
        status: "delivered",
        status_meeting: "m2021",
        status_date: "2020-01-01",
        status_document: "doc2021",
        status_paragraph: "2(5)",
        status_quote: "the research programme",
      }),
    ]);
    expect(clash.rows[0]!.errors[0]).toMatch(/was held on 2021-02-03/);
    const mangled = plan([edit({ target_date: "31/12/2021" })]);
    expect(mangled.rows[0]!.errors[0]).toMatch(
      /^target_date: Use a date in the form YYYY-MM-DD\. Spreadsheets may reformat dates/,
    );
  });
});

describe("planImport: row-level errors", () => {
  it("names unknown areas, ids, duplicate rows and dialogue moves", () => {
    const rows = plan([
      edit({ area: "space-lasers" }),
      edit({ id: "no-such-pledge" }),
      edit({ dialogue: "japan-us", title: "Moved" }, recordToCsvRow(older)),
      recordToCsvRow(older),
    ]).rows;
    expect(rows[0]!.errors[0]).toBe(
      "area: unknown area “space-lasers”. Use one of: defence-equipment, maritime-security.",
    );
    expect(rows[1]!.errors[0]).toMatch(/no pledge has the id “no-such-pledge”/);
    expect(rows[2]!.errors).toContain(
      "dialogue: a pledge cannot move to another dialogue; create a new pledge there instead.",
    );
    expect(rows[3]!.errors[0]).toMatch(/^id: row 4 already has the pledge “older”/);
  });

  it("accepts an area by its name", () => {
    const row = written(plan([edit({ area: "maritime security" })]).rows[0]);
    expect(row.action).toBe("update");
    expect(row.pledge?.areaId).toBe("maritime-security");
  });

  it("refuses markup and a source quote that is not in the cited paragraph", () => {
    expect(plan([edit({ title: "<script>alert(1)</script> JNAAM" })]).rows[0]!.errors.join(" ")).toMatch(
      /^title: Remove the markup <script>/,
    );
    expect(plan([edit({ source_quote: "a missile nobody mentioned" })]).rows[0]!.errors[0]).toMatch(
      /^source_quote: the quote was not found in ¶20 of “doc2015”/,
    );
  });

  it("cannot be applied while any row has an error", () => {
    const result = plan([edit({ title: "Fine title" }), edit({ area: "nowhere" }, recordToCsvRow(older))]);
    expect(result.counts).toMatchObject({ update: 1, error: 1 });
    expect(result.canApply).toBe(false);
  });
});

describe("planImport: new pledges", () => {
  const newRow = (over: Partial<CsvRow> = {}): CsvRow => ({
    ...blankRow(),
    dialogue: "japan-uk",
    made_at_meeting: "m2016",
    area: "defence-equipment",
    side: "both",
    title: "Second-stage JNAAM discussions",
    text: "Discussions move to the second stage.",
    source_document: "doc2016",
    source_paragraph: "15",
    source_quote: "discussions would move to the second stage",
    tags: "JNAAM",
    ...over,
  });

  it("creates a pledge from a row without an id", () => {
    const row = written(plan([newRow()]).rows[0]);
    expect(row.action).toBe("create");
    expect(row.pledge).toMatchObject({
      meetingId: "m2016",
      areaId: "defence-equipment",
      paragraphId: "para2016",
      tags: ["JNAAM"],
    });
    expect(row.status).toBeUndefined();
  });

  it("creates its first status update when the row gives one", () => {
    const row = written(
      plan([
        newRow({
          status: "in_progress",
          status_meeting: "m2021",
          status_document: "doc2021",
          status_paragraph: "2(5)",
          status_quote: "the research programme",
        }),
      ]).rows[0],
    );
    expect(row.status).toMatchObject({ status: "in_progress", meetingId: "m2021" });
  });

  it("needs the dialogue, a meeting of it, and a source from that meeting's documents", () => {
    const rows = plan([
      newRow({ dialogue: "" }),
      newRow({ made_at_meeting: "us2021" }),
      newRow({ source_document: "doc2015", source_paragraph: "¶20", source_quote: "a feasibility study" }),
    ]).rows;
    expect(rows[0]!.errors[0]).toBe("dialogue: give the dialogue of the new pledge.");
    expect(rows[1]!.errors[0]).toMatch(/made_at_meeting: “us2021” is a meeting of another dialogue/);
    expect(rows[2]!.errors[0]).toMatch(/source_document: “doc2015” is not a source document of the meeting “m2016”/);
  });

  it("checks the predecessor link", () => {
    const rows = plan([
      newRow({ predecessor_id: "older" }),
      newRow({ predecessor_id: "ghost", predecessor_link: "continues" }),
      newRow({ predecessor_link: "continues" }),
    ]).rows;
    expect(rows[0]!.errors).toEqual(["predecessor_link: Say whether it continues or supersedes the earlier pledge."]);
    expect(rows[1]!.errors).toEqual(["predecessor_id: there is no pledge “ghost”."]);
    expect(rows[2]!.errors).toEqual(["predecessor_link: give predecessor_id too, or leave both empty."]);
  });
});

describe("planImport: the file as a whole", () => {
  it("reports unknown columns as a notice and refuses files without rows", () => {
    expect(planImport(parsePledgeCsv("id,colour\r\njpuk-jnaam,red\r\n"), context()).notices[0]).toMatch(
      /ignored: colour/,
    );
    expect(planImport(parsePledgeCsv("id,title\r\n"), context()).fileErrors).toEqual([
      "The file has a header but no rows.",
    ]);
  });
});

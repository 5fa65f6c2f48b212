import { describe, expect, it } from "vitest";
import {
  csvChunk,
  guardCell,
  normaliseCell,
  parsePledgeCsv,
  recordToCsvRow,
  tagsCell,
  unguardCell,
  CSV_HEADER,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
} from "@/lib/import-export/csv";
import { record } from "./fixtures/pledge-record";

describe("recordToCsvRow", () => {
  it("puts the current status with the evidence of the update that set it, ignoring corrected ones", () => {
    const row = recordToCsvRow(record());
    expect(row.status).toBe("in_progress");
    expect(row.status_meeting).toBe("m2016");
    expect(row.status_quote).toBe("discussions would move to the second stage");
    expect(row.status_note).toBe("Second stage");
    expect(row.history).toBe("2016-01-08 delivered at m2016 (corrected); 2016-01-08 in_progress at m2016");
    expect(row.tags).toBe("JNAAM, Meteor");
    expect(row.version).toBe("3");
  });

  it("names the dialogue, meeting and area beside their ids, for a reader", () => {
    const p = record();
    const row = recordToCsvRow(p);
    expect([row.dialogue, row.dialogue_name]).toEqual([p.dialogue.id, p.dialogue.name]);
    expect([row.made_at_meeting, row.made_at_title]).toEqual([p.madeAt.meetingId, p.madeAt.title]);
    expect([row.area, row.area_name]).toEqual([p.area.id, p.area.name]);
    const header = CSV_HEADER as readonly string[];
    expect(header.indexOf("area_name")).toBe(header.indexOf("area") + 1);
  });

  it("leaves the evidence empty for a pledge no meeting has reported on", () => {
    const row = recordToCsvRow(
      record({
        history: [],
        status: { current: "pledged", since: "2015-01-21", overdue: false, pastTargetUnconfirmed: false },
      }),
    );
    expect(row.status).toBe("pledged");
    expect(row.status_date).toBe("2015-01-21");
    expect([
      row.status_meeting,
      row.status_document,
      row.status_paragraph,
      row.status_quote,
      row.status_note,
      row.history,
    ]).toEqual(["", "", "", "", "", ""]);
  });
});

describe("the CSV file", () => {
  it("round-trips quotes, commas, line breaks, accents and formula-like cells through csv-stringify and csv-parse", () => {
    const rows = [recordToCsvRow(record()), recordToCsvRow(record({ id: "p2", title: '=HYPERLINK("x")', tags: [] }))];
    const text = csvChunk(rows, true);
    expect(text.startsWith("\uFEFFid,version,")).toBe(true);
    expect(text).toContain("'=HYPERLINK");
    const parsed = parsePledgeCsv(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.header).toEqual(CSV_HEADER);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(parsed.rows[0]!.cells.text).toBe(rows[0]!.text.replace(/\n/g, "\n"));
    expect(parsed.rows[0]!.cells.source_paragraph).toBe("¶20");
    expect(normaliseCell(parsed.rows[1]!.cells.title!)).toBe('=HYPERLINK("x")');
  });

  it("reads the semicolon-separated files some spreadsheets save, and Windows line endings", () => {
    const parsed = parsePledgeCsv("id;title;status\r\njpuk-jnaam;JNAAM;in_progress\r\n");
    expect(parsed.rows[0]!.cells).toEqual({ id: "jpuk-jnaam", title: "JNAAM", status: "in_progress" });
  });

  it("says plainly what is wrong with a file that is not a pledges CSV", () => {
    expect(parsePledgeCsv("").errors[0]).toMatch(/empty/);
    expect(parsePledgeCsv("title,status\nA,pledged\n").errors[0]).toMatch(/no “id” column/);
    expect(parsePledgeCsv('id,title\n"unclosed,x\n').errors[0]).toMatch(/not valid CSV/);
    expect(parsePledgeCsv("id,title,id\n1,2,3\n").errors[0]).toMatch(/appear twice: id/);
  });

  it("skips blank rows but keeps spreadsheet row numbers for the rest", () => {
    const parsed = parsePledgeCsv("id,title\na,One\n,\nb,Two\n");
    expect(parsed.rows.map((r) => r.cells.id)).toEqual(["a", "b"]);
  });
});

describe("cell helpers", () => {
  it("guards and unguards formula-like cells only", () => {
    expect(guardCell("=1+1")).toBe("'=1+1");
    expect(guardCell("-5")).toBe("'-5");
    expect(guardCell("plain")).toBe("plain");
    expect(unguardCell("'=1+1")).toBe("=1+1");
    expect(unguardCell("'quoted")).toBe("'quoted");
  });

  it("sorts and de-duplicates tags case-insensitively", () => {
    expect(tagsCell(["Meteor", "JNAAM", "jnaam", " "])).toBe("jnaam, Meteor");
  });

  it("treats line-ending and surrounding-space differences as no edit", () => {
    expect(normaliseCell("  two\r\nlines ")).toBe("two\nlines");
  });
});

describe("parsePledgeCsv limits", () => {
  const header = "id,title\r\n";
  it("stops reading after the row limit: what lies beyond is never parsed", () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `p${i},Title ${i}\r\n`).join("");
    // Broken CSV after the limit: a parser that read on would report it instead.
    const parsed = parsePledgeCsv(`${header}${rows}"never closed,${"x".repeat(10)}\r\n`);
    expect(parsed.errors).toEqual([
      `The file has more than ${MAX_IMPORT_ROWS} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
    ]);
    expect(parsed.rows).toEqual([]);
    const atLimit = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `p${i},Title ${i}\r\n`).join("");
    expect(parsePledgeCsv(`${header}${atLimit}`).rows).toHaveLength(MAX_IMPORT_ROWS);
  });

  it("refuses a row with more cells than a pledges file has columns, as it reads it", () => {
    const wide = Array.from({ length: MAX_IMPORT_COLUMNS + 1 }, () => "x").join(",");
    const parsed = parsePledgeCsv(`${header}p1,Title\r\n${wide}\r\n`);
    expect(parsed.errors).toEqual([
      `Row 3 has ${MAX_IMPORT_COLUMNS + 1} cells; a pledges file has at most ${MAX_IMPORT_COLUMNS} columns.`,
    ]);
  });
});

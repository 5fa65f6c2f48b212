import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { linkedId, tableCsv, tableCsvFileName, tableRecords, type TableGrid } from "@/lib/import-export/table-csv";

// A chart's download: the CSV of its table view (components/charts/table-download.ts reads the
// table; these are the rows it gives).

// The table view of "Progress by cooperation area" as the page shows it (StatusTable): the
// area's name linked to its page, the six statuses, the total.
const statuses = ["Pledged", "In progress", "Partly delivered", "Delivered", "Stalled", "Dropped"];
const areaProgress: TableGrid = {
  header: [{ text: "Area" }, ...statuses.map((text) => ({ text })), { text: "Total" }],
  rows: [
    [
      { text: "Defence equipment and technology", href: "/en/areas/defence-equipment" },
      ..."3 4 0 2 0 0 9".split(" ").map((text) => ({ text })),
    ],
    [
      { text: 'Cyber, space "and" new domains', href: "/en/areas/cyber%20space" },
      ..."1 0 0 0 0 0 1".split(" ").map((text) => ({ text })),
    ],
  ],
};
const idHeader = (column: string) => `${column} ID`;

describe("the CSV of a chart's table", () => {
  it("has the table's header and numbers, with each area's id beside its name", () => {
    expect(tableRecords(areaProgress, idHeader)).toEqual([
      ["Area ID", "Area", ...statuses, "Total"],
      ["defence-equipment", "Defence equipment and technology", "3", "4", "0", "2", "0", "0", "9"],
      ["cyber space", 'Cyber, space "and" new domains', "1", "0", "0", "0", "0", "0", "1"],
    ]);
  });

  it("is UTF-8 text with a byte order mark and CRLF records, quoted where needed, and reads back as written", () => {
    const csv = tableCsv(tableRecords(areaProgress, idHeader));
    expect(csv.startsWith('\uFEFF"Area ID",Area,Pledged,"In progress",')).toBe(true);
    expect(csv.split("\r\n")[1]).toBe('defence-equipment,"Defence equipment and technology",3,4,0,2,0,0,9');
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parse(csv, { bom: true })).toEqual(tableRecords(areaProgress, idHeader));
  });

  it("keeps Japanese as it is and guards a cell a spreadsheet would run as a formula", () => {
    const grid: TableGrid = {
      header: [{ text: "会合" }, { text: "報告あり" }],
      rows: [
        [{ text: "第4回2+2（2021年11月）", href: "/ja/meetings/jpuk-2plus2-2021#reported-here" }, { text: "12" }],
        [{ text: '=HYPERLINK("x")' }, { text: "–" }],
      ],
    };
    const records = tableRecords(grid, (column) => `${column}ID`);
    expect(records).toEqual([
      ["会合ID", "会合", "報告あり"],
      ["jpuk-2plus2-2021", "第4回2+2（2021年11月）", "12"],
      ["", '=HYPERLINK("x")', "–"],
    ]);
    const csv = tableCsv(records);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect((parse(csv, { bom: true }) as string[][])[2]?.[1]).toBe('\'=HYPERLINK("x")');
  });

  it("adds no id column where the table names nothing it links to", () => {
    const sides: TableGrid = {
      header: [{ text: "Undertaken by" }, { text: "Total" }],
      rows: [
        [{ text: "Japan" }, { text: "12" }],
        [{ text: "Both", href: "/en/pledges?side=both" }, { text: "3" }],
      ],
    };
    expect(tableRecords(sides, idHeader)[0]).toEqual(["Undertaken by", "Total"]);
  });
});

describe("linkedId", () => {
  it.each([
    ["/en/areas/maritime-security", "maritime-security"],
    ["/ja/pledges/p-1?x=1#y", "p-1"],
    ["/meetings/jpuk-2plus2-2021#reported-here", "jpuk-2plus2-2021"],
    ["/en/pledges", null],
    ["/en/pledges?area=x", null],
    ["/en/areas/x/edit", null],
    ["/en/charts/x", null],
    [null, null],
  ])("%s -> %s", (href, id) => expect(linkedId(href)).toBe(id));
});

describe("the file's name", () => {
  it("names the chart, the page and each filter, without the language or the hidden series", () => {
    expect(
      tableCsvFileName("Progress by cooperation area", "/en/charts", "?dialogue=japan-uk&side=japan&hide=pledged"),
    ).toBe("progress-by-cooperation-area_charts_dialogue-japan-uk_side-japan.csv");
    expect(tableCsvFileName("Status at each meeting", "/ja/meetings/jpuk-2plus2-2021", "")).toBe(
      "status-at-each-meeting_meetings-jpuk-2plus2-2021.csv",
    );
    expect(tableCsvFileName("Progress by cooperation area", "/en", "?area=&dialogue=japan-uk")).toBe(
      "progress-by-cooperation-area_dialogue-japan-uk.csv",
    );
  });

  it("keeps a Japanese title's words", () => {
    expect(tableCsvFileName("分野別の進捗（2+2）", "/ja/charts", "?dialogue=japan-uk")).toBe(
      "分野別の進捗-2plus2_charts_dialogue-japan-uk.csv",
    );
  });
});

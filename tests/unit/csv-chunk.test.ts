import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { latestEffective, type HistoryRecord } from "@/lib/domain/pledge-record";
import { CSV_COLUMNS, CSV_HEADER, csvChunk, guardCell, latestOf, type CsvRow } from "@/lib/import-export/csv";

// csvChunk writes its cells by hand and recordToCsvRow finds the latest update in one pass
// (issue 19, the export's speed): both must give what csv-stringify and latestEffective give.

const asStringify = (rows: CsvRow[], withHeader: boolean) => {
  const body = stringify(
    rows.map((r) => CSV_HEADER.map((k) => guardCell(r[k]))),
    { header: false, record_delimiter: "\r\n", quoted_match: /[\s"]/ },
  );
  return withHeader ? `\uFEFF${stringify([CSV_HEADER], { record_delimiter: "\r\n" })}${body}` : body;
};

const cells = [
  "",
  "plain",
  "two words",
  'a "quoted" word',
  '"',
  "a,b",
  ",",
  "line\nbreak",
  "cr\rhere",
  "crlf\r\nhere",
  "tab\tin",
  "\ttab first",
  "=1+2",
  "-3",
  "+x",
  "@sum",
  "non\u00a0breaking",
  "ideographic\u3000space",
  "line\u2028separator",
  "日本語の文",
  "trailing ",
  "'=already guarded",
  "¶20",
];

describe("csvChunk", () => {
  it("writes every cell as csv-stringify would", () => {
    const rows = cells.map(
      (c, i) => Object.fromEntries(CSV_COLUMNS.map((col, j) => [col.key, cells[(i + j) % cells.length]!])) as CsvRow,
    );
    for (const withHeader of [true, false]) {
      expect(csvChunk(rows, withHeader)).toBe(asStringify(rows, withHeader));
      expect(csvChunk([], withHeader)).toBe(asStringify([], withHeader));
    }
  });
});

const update = (
  id: string,
  reportedOn: string,
  recordedAt: string,
  correctsId: string | null = null,
): HistoryRecord => ({
  id,
  status: "in_progress",
  reportedOn,
  meetingId: null,
  source: null,
  note: null,
  correctsId,
  reason: null,
  superseded: false,
  recordedAt,
});

describe("latestOf", () => {
  it("picks the update latestEffective picks", () => {
    const histories: HistoryRecord[][] = [
      [],
      [update("a", "2020-01-01", "2020-01-01T00:00:00.000Z")],
      [update("a", "2020-01-01", "2020-01-02T00:00:00.000Z"), update("b", "2020-01-01", "2020-01-01T00:00:00.000Z")],
      [update("b", "2021-05-01", "2021-05-01T00:00:00.000Z"), update("a", "2021-05-01", "2021-05-01T00:00:00.000Z")],
      [
        update("a", "2020-01-01", "2020-01-01T00:00:00.000Z"),
        update("b", "2022-01-01", "2022-01-01T00:00:00.000Z"),
        update("c", "2022-01-01", "2022-01-02T00:00:00.000Z", "b"),
      ],
      [
        update("a", "2023-01-01", "2023-01-01T00:00:00.000Z"),
        update("b", "2023-01-01", "2023-01-02T00:00:00.000Z", "a"),
        update("c", "2023-01-01", "2023-01-03T00:00:00.000Z", "b"),
      ],
      [update("z", "2019-03-04", "2019-03-04T00:00:00.000Z"), update("y", "2018-01-01", "2024-01-01T00:00:00.000Z")],
    ];
    for (const h of histories) expect(latestOf(h)).toBe(latestEffective(h));
  });
});

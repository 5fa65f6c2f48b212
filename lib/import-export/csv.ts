import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { HistoryRecord, PledgeRecord } from "@/lib/domain/pledge-record";

// The pledges CSV: one row per pledge, the same file for export and import. Editable columns
// change the pledge (or record a status update) on import; read-only ones are there for the
// reader and ignored. The `id` column keys each row to its pledge; an empty id creates one.

export const CSV_COLUMNS = [
  { key: "id", editable: false, help: "Stable id of the pledge. Leave empty to create a new pledge." },
  {
    key: "version",
    editable: false,
    help: "The pledge's version when exported: an import refuses rows changed since by someone else.",
  },
  { key: "dialogue", editable: false, help: "Dialogue id (required for a new pledge)." },
  { key: "dialogue_name", editable: false, help: "The dialogue's name (for reading; the import goes by the id)." },
  { key: "made_at_meeting", editable: true, help: "Id of the meeting that made the pledge." },
  { key: "made_at_title", editable: false, help: "That meeting's title (for reading; the import goes by the id)." },
  { key: "made_on", editable: false, help: "Date of that meeting." },
  { key: "area", editable: true, help: "Area id (or its name)." },
  { key: "area_name", editable: false, help: "The area's name (for reading; to change the area, edit `area`)." },
  { key: "side", editable: true, help: "japan, partner or both." },
  { key: "title", editable: true, help: "Short title." },
  { key: "text", editable: true, help: "The text of the pledge." },
  { key: "source_document", editable: true, help: "Id of the source document the pledge cites." },
  { key: "source_paragraph", editable: true, help: "Paragraph label in that document (15, 2(5), ¶20)." },
  { key: "source_quote", editable: true, help: "Words quoted verbatim from that paragraph." },
  { key: "target_date", editable: true, help: "YYYY-MM-DD, or empty." },
  { key: "tags", editable: true, help: "Comma-separated tags." },
  { key: "predecessor_id", editable: true, help: "Id of the earlier pledge this one continues or supersedes." },
  { key: "predecessor_link", editable: true, help: "continues or supersedes." },
  {
    key: "status",
    editable: true,
    help: "Current status: pledged, in_progress, partly_delivered, delivered, stalled, dropped.",
  },
  {
    key: "status_date",
    editable: true,
    help: "Date the status was reported (taken from status_meeting when that is given).",
  },
  { key: "status_meeting", editable: true, help: "Id of the meeting that reported the status." },
  { key: "status_document", editable: true, help: "Id of the source document that reports the status." },
  { key: "status_paragraph", editable: true, help: "Paragraph label in that document." },
  { key: "status_quote", editable: true, help: "Words quoted verbatim from that paragraph." },
  { key: "status_note", editable: true, help: "Note on the status update." },
  {
    key: "overdue",
    editable: false,
    help: "yes when a report after the target date found the pledge open; unconfirmed when the target passed and no later source says either way.",
  },
  { key: "history", editable: false, help: "Every status update, oldest first." },
] as const;

type CsvColumn = (typeof CSV_COLUMNS)[number]["key"];
export type CsvRow = Record<CsvColumn, string>;

export const STATUS_COLUMNS = [
  "status",
  "status_date",
  "status_meeting",
  "status_document",
  "status_paragraph",
  "status_quote",
  "status_note",
] as const;
export const READ_ONLY_COLUMNS = new Set<string>(CSV_COLUMNS.filter((c) => !c.editable).map((c) => c.key));

// Tags as one cell, in a stable order, so reordering them in a spreadsheet changes nothing.
export const tagsCell = (tags: readonly string[]) =>
  [...new Map(tags.map((t) => [t.trim().toLowerCase(), t.trim()])).values()]
    .filter(Boolean)
    .sort((a, b) => a.localeCompare(b))
    .join(", ");

// latestEffective's answer (lib/domain/pledge-record.ts) in one pass with the same order, not a
// copy and a sort per row (which took a third of a 12,500-row export); tests/unit/csv-chunk.test.ts
// holds the two equal.
export function latestOf(history: readonly HistoryRecord[]): HistoryRecord | null {
  if (history.length === 0) return null;
  const corrected = new Set<string>();
  for (const h of history) if (h.correctsId) corrected.add(h.correctsId);
  let best: HistoryRecord | null = null;
  for (const h of history) {
    if (corrected.has(h.id)) continue;
    if (
      !best ||
      (h.reportedOn.localeCompare(best.reportedOn) ||
        h.recordedAt.localeCompare(best.recordedAt) ||
        h.id.localeCompare(best.id)) >= 0
    )
      best = h;
  }
  return best;
}

// One pledge as a CSV row (before the spreadsheet-formula guard).
export function recordToCsvRow(p: PledgeRecord): CsvRow {
  const latest = latestOf(p.history);
  const history = p.history
    .map(
      (h) =>
        `${h.reportedOn} ${h.status}${h.meetingId ? ` at ${h.meetingId}` : ""}${h.superseded ? " (corrected)" : ""}`,
    )
    .join("; ");
  return {
    id: p.id,
    version: String(p.version),
    dialogue: p.dialogue.id,
    dialogue_name: p.dialogue.name,
    made_at_meeting: p.madeAt.meetingId,
    made_at_title: p.madeAt.title,
    made_on: p.madeAt.date,
    area: p.area.id,
    area_name: p.area.name,
    side: p.side,
    title: p.title,
    text: p.text,
    source_document: p.source.documentId,
    source_paragraph: p.source.paragraph,
    source_quote: p.source.quote,
    target_date: p.targetDate ?? "",
    tags: tagsCell(p.tags),
    predecessor_id: p.predecessor?.id ?? "",
    predecessor_link: p.predecessor?.link ?? "",
    status: p.status.current,
    status_date: p.status.since,
    status_meeting: latest?.meetingId ?? "",
    status_document: latest?.source?.documentId ?? "",
    status_paragraph: latest?.source?.paragraph ?? "",
    status_quote: latest?.source?.quote ?? "",
    status_note: latest?.note ?? "",
    overdue: p.status.overdue ? "yes" : p.status.pastTargetUnconfirmed ? "unconfirmed" : "",
    history,
  };
}

// Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection). Such cells
// are written with a leading apostrophe, which the import takes off again.
const FORMULA_START = /^[=+\-@\t\r]/;
export const guardCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
export const unguardCell = (value: string) =>
  value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;

// What the import compares: surrounding space and line-ending differences are not edits.
export const normaliseCell = (value: string) => unguardCell(value.replace(/\r\n?/g, "\n").trim());

export const CSV_HEADER = CSV_COLUMNS.map((c) => c.key);

// One cell as csv-stringify writes it with `quoted_match: /[\s"]/`: quoted when it holds white
// space, a quote or a comma, quotes doubled (written here by hand, a third of the export's time
// at 12,500 rows; tests/unit/csv-chunk.test.ts holds it to csv-stringify's output).
const NEEDS_QUOTES = /[\s",]/;
const QUOTES = /"/g;
const csvCell = (value: string) => (NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTES, '""')}"` : value);

// Rows as CSV text, header first when asked. A UTF-8 byte order mark lets Excel read accents.
export function csvChunk(rows: CsvRow[], withHeader: boolean): string {
  let body = "";
  for (const r of rows) {
    let line = "";
    for (let i = 0; i < CSV_HEADER.length; i++) line += (i ? "," : "") + csvCell(guardCell(r[CSV_HEADER[i]!]));
    body += `${line}\r\n`;
  }
  return withHeader ? `\uFEFF${stringify([CSV_HEADER], { record_delimiter: "\r\n" })}${body}` : body;
}

export type ParsedCsv = {
  header: string[];
  // Each data row with its row number as a spreadsheet shows it (the header is row 1).
  rows: { line: number; cells: Record<string, string> }[];
  errors: string[];
};

// Limits the parser enforces as it reads, so an oversized file is never held as records.
export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_COLUMNS = 2 * CSV_COLUMNS.length;
const MAX_RECORD_CHARACTERS = 200_000;

class TooManyColumns extends Error {}

// Reads an uploaded CSV (comma, semicolon or tab separated, as spreadsheets save them).
export function parsePledgeCsv(text: string): ParsedCsv {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t"].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      // The header, the allowed rows and one more (to say the file is too long): no further.
      to: MAX_IMPORT_ROWS + 2,
      max_record_size: MAX_RECORD_CHARACTERS,
      on_record: (record: string[], { lines }: { lines: number }) => {
        if (record.length > MAX_IMPORT_COLUMNS)
          throw new TooManyColumns(
            `Row ${lines} has ${record.length} cells; a pledges file has at most ${MAX_IMPORT_COLUMNS} columns.`,
          );
        return record;
      },
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof TooManyColumns ? error.cause : error;
    if (cause instanceof TooManyColumns) return { header: [], rows: [], errors: [cause.message] };
    const detail = error instanceof Error ? error.message : String(error);
    return { header: [], rows: [], errors: [`The file is not valid CSV: ${detail.slice(0, 300)}`] };
  }
  const [head, ...body] = records;
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      header: [],
      rows: [],
      errors: [`The file has more than ${MAX_IMPORT_ROWS} rows; import at most ${MAX_IMPORT_ROWS} at a time.`],
    };
  }
  if (!head)
    return { header: [], rows: [], errors: ["The file is empty. Export the pledges first and edit that file."] };
  const header = head.map((h) => h.trim().toLowerCase());
  const errors: string[] = [];
  if (!header.includes("id"))
    errors.push("The file has no “id” column. Start from a file exported from the Pledges page, which has one.");
  const dupes = header.filter((h, i) => h && header.indexOf(h) !== i);
  if (dupes.length) errors.push(`These columns appear twice: ${[...new Set(dupes)].join(", ")}.`);
  const rows = body
    .map((cells, i) => ({ line: i + 2, cells: Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ""])) }))
    .filter((r) => Object.values(r.cells).some((v) => v.trim() !== ""));
  return { header, rows, errors };
}

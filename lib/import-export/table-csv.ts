import { stringify } from "csv-stringify/sync";
import { HIDE_PARAM } from "@/lib/domain/chart-data";
import { guardCell } from "@/lib/import-export/csv";
import { routing } from "@/lib/i18n/routing";

// A chart's table view as a CSV file: the header row and the rows as the table shows them,
// with the id of each area, meeting or pledge the table names (and links) in a column before
// its name. Written as the pledges CSV is (csv.ts): the same formula guard, CRLF records, and
// a UTF-8 byte order mark so Excel reads Japanese.

// One cell of the table as read from the page: its visible text and the link it holds, if any.
export type TableCell = { text: string; href?: string | null };
export type TableGrid = { header: TableCell[]; rows: TableCell[][] };

// The pages an id in a table's link leads to: /<locale>/<kind>/<id>.
const ENTITY_PAGES = new Set(["areas", "meetings", "pledges", "dialogues", "documents"]);
const LOCALES = new Set<string>(routing.locales);

// The id a link names, when it leads to one record's page ("/en/areas/maritime?x#y" -> "maritime").
export function linkedId(href: string | null | undefined): string | null {
  if (!href) return null;
  let path: string[];
  try {
    path = new URL(href, "http://table.invalid").pathname.split("/").filter(Boolean);
  } catch {
    return null;
  }
  if (path[0] && LOCALES.has(path[0])) path = path.slice(1);
  const [kind, id, ...rest] = path;
  if (!kind || !id || rest.length || !ENTITY_PAGES.has(kind)) return null;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

// The records of the file, header first: before each column whose cells link to records, a
// column of their ids, headed `idHeader(that column's heading)`.
export function tableRecords(grid: TableGrid, idHeader: (column: string) => string): string[][] {
  const width = Math.max(grid.header.length, ...grid.rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  const linked = new Set(columns.filter((i) => grid.rows.some((r) => linkedId(r[i]?.href) !== null)));
  const record = (cells: TableCell[], head: boolean) =>
    columns.flatMap((i) => {
      const text = cells[i]?.text ?? "";
      if (!linked.has(i)) return [text];
      return [head ? idHeader(text) : (linkedId(cells[i]?.href) ?? ""), text];
    });
  return [record(grid.header, true), ...grid.rows.map((r) => record(r, false))];
}

// The CSV text: byte order mark, header, rows.
export function tableCsv(records: string[][]): string {
  return `\uFEFF${stringify(
    records.map((r) => r.map(guardCell)),
    { record_delimiter: "\r\n", quoted_match: /[\s"]/ },
  )}`;
}

// A file name part: letters and digits of any script, the rest as single hyphens.
const part = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");

// Query parameters that are not filters: which series a chart hides is a view of the same numbers.
const NOT_FILTERS = new Set([HIDE_PARAM]);
const MAX_NAME = 150;

// "progress-by-cooperation-area_charts_dialogue-japan-uk_side-japan.csv": the chart, the page,
// and each filter of the address the table was read on.
export function tableCsvFileName(title: string, pathname: string, search: string): string {
  const path = pathname.split("/").filter(Boolean);
  if (path[0] && LOCALES.has(path[0])) path.shift();
  const filters = [...new URLSearchParams(search)]
    .filter(([key, value]) => value !== "" && !NOT_FILTERS.has(key))
    .map(([key, value]) => part(`${key}-${value}`));
  const name = [part(title) || "chart", part(path.join("-")), ...filters].filter(Boolean).join("_");
  return `${name.slice(0, MAX_NAME).replace(/[-_]+$/, "")}.csv`;
}

import type { TableCell, TableGrid } from "@/lib/import-export/table-csv";

// Reads the table a chart's table view rendered and hands the reader a CSV of it, built in
// the browser: no request to the server.

// Elements whose text starts a new line in the page: their text is kept apart by a space.
const BLOCKS = new Set(["BR", "DIV", "P", "LI", "UL", "OL"]);

// The text a reader sees: screen-reader-only words (a cell's spoken phrase, the caption) left out.
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
  if (!(node instanceof Element)) return "";
  if (node.classList.contains("sr-only") || node.hasAttribute("hidden")) return "";
  const inner = [...node.childNodes].map(visibleText).join("");
  return BLOCKS.has(node.tagName) ? ` ${inner} ` : inner;
}

function cellOf(cell: HTMLTableCellElement): TableCell {
  return {
    text: visibleText(cell).replace(/\s+/g, " ").trim(),
    href: cell.querySelector("a[href]")?.getAttribute("href") ?? null,
  };
}

// A table as its header row and its body rows (the last header row, when there are several).
function readTable(table: HTMLTableElement): TableGrid {
  const head = table.tHead ? [...table.tHead.rows] : [];
  const body = [...table.tBodies].flatMap((b) => [...b.rows]);
  const foot = table.tFoot ? [...table.tFoot.rows] : [];
  const headerRow = head.at(-1) ?? body.shift();
  return {
    header: headerRow ? [...headerRow.cells].map(cellOf) : [],
    rows: [...body, ...foot].map((r) => [...r.cells].map(cellOf)),
  };
}

// The table of a chart's table view rendered into `holder` (it has one), or null.
export function readTableIn(holder: HTMLElement): TableGrid | null {
  const table = holder.querySelector("table");
  return table ? readTable(table) : null;
}

// Builds the CSV of `grid` and saves it under a name from the chart's title and the page's
// address. The CSV code is fetched on the first download, not with the page.
export async function downloadTableCsv(grid: TableGrid, title: string, idHeader: (column: string) => string) {
  const { tableCsv, tableCsvFileName, tableRecords } = await import("@/lib/import-export/table-csv");
  const blob = new Blob([tableCsv(tableRecords(grid, idHeader))], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = tableCsvFileName(title, window.location.pathname, window.location.search);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has surely taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

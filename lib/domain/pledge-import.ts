import { z } from "zod";
import { ZIsoDate, ZLongText, ZNote, ZQuote, ZSide, ZStatus, ZTitle } from "@/lib/validation/common";
import { ZTags } from "@/lib/validation/pledges";
import { findMarkup } from "@/lib/validation/text";
import { quoteIsVerbatim, normaliseQuote } from "./citation";
import { formatDay } from "./dates";
import { CSV_COLUMNS, STATUS_COLUMNS, normaliseCell, recordToCsvRow, tagsCell, type CsvRow, type ParsedCsv } from "./pledge-csv";
import { latestEffective, type PledgeRecord } from "./pledge-record";
import { paragraphRef } from "./statement-parser";
import type { Side, Status } from "./status";

// The CSV import's dry run: for each row, what would be created or changed, or in plain words
// why it cannot be. Pure: the caller loads the ImportContext (lib/data/pledge-import.ts) and
// the apply step (lib/actions/pledge-import.ts) re-plans inside its transaction.

export type ImportContext = {
  today: string;
  dialogues: Set<string>;
  areas: { id: string; name: string }[];
  meetings: Map<string, { dialogueId: string; date: string; title: string; documentIds: string[] }>;
  documents: Set<string>;
  // `${documentId}#${label}` -> the paragraph
  paragraphs: Map<string, { id: string; text: string }>;
  // Existing pledges named by the file (its ids and predecessor ids).
  pledges: Map<string, PledgeRecord>;
};

export type PledgeInput = {
  meetingId: string;
  areaId: string;
  side: Side;
  title: string;
  text: string;
  paragraphId: string;
  quote: string;
  targetDate?: string;
  predecessorId?: string;
  predecessorLink?: "continues" | "supersedes";
  tags: string[];
};

export type StatusInput = {
  status: Status;
  meetingId?: string;
  reportedOn?: string;
  paragraphId: string;
  quote: string;
  note?: string;
  // Set when the row edits the latest update's own report (same meeting and day): a correction.
  correctsId?: string;
};

type CellChange = { column: string; before: string; after: string };

export type RowPlan = {
  line: number;
  id: string | null;
  title: string;
  action: "create" | "update" | "unchanged" | "error";
  changes: CellChange[];
  errors: string[];
  version?: number;
  pledge?: PledgeInput;
  status?: StatusInput;
};

export type ImportPlan = {
  fileErrors: string[];
  notices: string[];
  rows: RowPlan[];
  counts: Record<RowPlan["action"], number>;
  canApply: boolean;
};

const KNOWN = new Set<string>(CSV_COLUMNS.map((c) => c.key));
const MAX_IMPORT_ROWS = 5_000;

function check<T>(schema: z.ZodType<T>, value: unknown, column: string, errors: string[]): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  errors.push(`${column}: ${r.error.issues[0]?.message ?? "not valid"}.`);
  return undefined;
}

const optionalDate = (value: string, column: string, errors: string[]) => {
  if (!value) return undefined;
  const day = check(ZIsoDate, value, column, errors);
  if (!day) errors[errors.length - 1] += " Spreadsheets may reformat dates: format the column as text.";
  return day;
};

function plainText(value: string, column: string, errors: string[]) {
  const markup = findMarkup(value);
  if (markup) errors.push(`${column}: remove the markup ${markup}; text is stored as plain text.`);
}

// Finds the cited paragraph and checks the quote is in it word for word.
function citation(
  ctx: ImportContext,
  prefix: "source" | "status",
  cells: CsvRow,
  meetingId: string | undefined,
  errors: string[],
): { paragraphId: string; quote: string } | undefined {
  const doc = cells[`${prefix}_document`];
  const label = cells[`${prefix}_paragraph`];
  const quote = cells[`${prefix}_quote`];
  const missing = [!doc && `${prefix}_document`, !label && `${prefix}_paragraph`, !quote && `${prefix}_quote`].filter(Boolean);
  if (missing.length) {
    errors.push(`${missing.join(", ")}: ${prefix === "status" ? "a status needs its evidence" : "a pledge needs its source"}: give the document, the paragraph and the quoted words.`);
    return undefined;
  }
  if (!ctx.documents.has(doc)) {
    errors.push(`${prefix}_document: there is no source document “${doc}”.`);
    return undefined;
  }
  const paragraph = ctx.paragraphs.get(`${doc}#${label}`);
  if (!paragraph) {
    errors.push(`${prefix}_paragraph: document “${doc}” has no paragraph “${label}”.`);
    return undefined;
  }
  const meeting = meetingId ? ctx.meetings.get(meetingId) : undefined;
  if (meeting && !meeting.documentIds.includes(doc)) {
    errors.push(`${prefix}_document: “${doc}” is not a source document of the meeting “${meetingId}”.`);
  }
  if (!check(ZQuote, quote, `${prefix}_quote`, errors)) return undefined;
  if (!quoteIsVerbatim(paragraph.text, quote)) {
    errors.push(`${prefix}_quote: the quote was not found in ${paragraphRef(label)} of “${doc}”: copy the words exactly from the paragraph.`);
    return undefined;
  }
  return { paragraphId: paragraph.id, quote: normaliseQuote(quote) };
}

function pledgeInput(ctx: ImportContext, cells: CsvRow, dialogueId: string, self: string | null, errors: string[]): PledgeInput | undefined {
  const start = errors.length;
  const meeting = ctx.meetings.get(cells.made_at_meeting);
  if (!cells.made_at_meeting) errors.push("made_at_meeting: give the id of the meeting that made the pledge.");
  else if (!meeting) errors.push(`made_at_meeting: there is no meeting “${cells.made_at_meeting}”.`);
  else if (meeting.dialogueId !== dialogueId) errors.push(`made_at_meeting: “${cells.made_at_meeting}” is a meeting of another dialogue.`);
  const wanted = cells.area.toLowerCase();
  const area = ctx.areas.find((a) => a.id === cells.area || a.name.toLowerCase() === wanted);
  if (!area) errors.push(`area: unknown area “${cells.area}”. Use one of: ${ctx.areas.map((a) => a.id).join(", ")}.`);
  const side = check(ZSide, cells.side, "side", errors);
  const title = check(ZTitle, cells.title, "title", errors);
  const text = check(ZLongText, cells.text, "text", errors);
  plainText(cells.title, "title", errors);
  plainText(cells.text, "text", errors);
  const cite = citation(ctx, "source", cells, meeting ? cells.made_at_meeting : undefined, errors);
  const targetDate = optionalDate(cells.target_date, "target_date", errors);
  const tags = check(ZTags, cells.tags, "tags", errors);
  let predecessorLink: PledgeInput["predecessorLink"];
  if (cells.predecessor_id) {
    const predecessor = ctx.pledges.get(cells.predecessor_id);
    if (!predecessor) errors.push(`predecessor_id: there is no pledge “${cells.predecessor_id}”.`);
    else if (predecessor.dialogue.id !== dialogueId) errors.push("predecessor_id: the earlier pledge must be in the same dialogue.");
    if (cells.predecessor_id === self) errors.push("predecessor_id: a pledge cannot continue itself.");
    if (cells.predecessor_link !== "continues" && cells.predecessor_link !== "supersedes") {
      errors.push("predecessor_link: say whether it “continues” or “supersedes” the earlier pledge.");
    } else predecessorLink = cells.predecessor_link;
  } else if (cells.predecessor_link) {
    errors.push("predecessor_link: give predecessor_id too, or leave both empty.");
  }
  if (errors.length > start || !meeting || !area || !side || !title || !text || !cite || !tags) return undefined;
  return {
    meetingId: cells.made_at_meeting,
    areaId: area.id,
    side,
    title,
    text,
    ...cite,
    targetDate,
    predecessorId: cells.predecessor_id || undefined,
    predecessorLink,
    tags,
  };
}

function statusInput(ctx: ImportContext, cells: CsvRow, existing: PledgeRecord | null, dialogueId: string, madeOn: string | undefined, errors: string[]) {
  const start = errors.length;
  const status = check(ZStatus, cells.status, "status", errors);
  let meetingId: string | undefined;
  let reportedOn: string | undefined;
  if (cells.status_meeting) {
    const meeting = ctx.meetings.get(cells.status_meeting);
    if (!meeting) errors.push(`status_meeting: there is no meeting “${cells.status_meeting}”.`);
    else if (meeting.dialogueId !== dialogueId) errors.push(`status_meeting: “${cells.status_meeting}” is a meeting of another dialogue.`);
    else {
      meetingId = cells.status_meeting;
      reportedOn = meeting.date;
      const exported = existing ? recordToCsvRow(existing).status_date : "";
      if (cells.status_date && cells.status_date !== meeting.date && cells.status_date !== exported) {
        errors.push(`status_date: the meeting “${cells.status_meeting}” was held on ${meeting.date}; give that date or leave the cell empty.`);
      }
    }
  } else if (!cells.status_date) {
    errors.push("status_meeting, status_date: say which meeting reported the status, or the date it was reported.");
  } else {
    reportedOn = optionalDate(cells.status_date, "status_date", errors);
    if (reportedOn && reportedOn > ctx.today) errors.push("status_date: that date is in the future.");
  }
  if (reportedOn && madeOn && reportedOn < madeOn) errors.push(`status_date: the pledge was only made on ${formatDay(madeOn)}.`);
  const cite = citation(ctx, "status", cells, meetingId, errors);
  const note = cells.status_note ? check(ZNote, cells.status_note, "status_note", errors) : undefined;
  if (cells.status_note) plainText(cells.status_note, "status_note", errors);
  if (errors.length > start || !status || !reportedOn || !cite) return undefined;
  const latest = existing ? latestEffective(existing.history) : null;
  const sameReport = !!latest && latest.reportedOn === reportedOn && (latest.meetingId ?? undefined) === meetingId;
  const input: StatusInput = { status, ...(meetingId ? { meetingId } : { reportedOn }), ...cite, note: note || undefined };
  return sameReport ? { ...input, correctsId: latest.id } : input;
}

// The cells of a row, normalised, with the columns the file lacks taken from `fallback`.
function rowCells(raw: Record<string, string>, fallback: CsvRow | null): CsvRow {
  const out = {} as CsvRow;
  for (const c of CSV_COLUMNS) {
    const value = raw[c.key];
    out[c.key] = value === undefined ? (fallback?.[c.key] ?? "") : normaliseCell(value);
  }
  out.tags = tagsCell(out.tags.split(","));
  return out;
}

function planRow(ctx: ImportContext, line: number, raw: Record<string, string>, seen: Map<string, number>): RowPlan {
  const id = normaliseCell(raw.id ?? "") || null;
  const existing = id ? (ctx.pledges.get(id) ?? null) : null;
  const exported = existing ? recordToCsvRow(existing) : null;
  const cells = rowCells(raw, exported);
  const title = cells.title || exported?.title || "(untitled)";
  const errors: string[] = [];
  const base = { line, id, title };
  if (id) {
    const earlier = seen.get(id);
    if (earlier) return { ...base, action: "error", changes: [], errors: [`id: row ${earlier} already has the pledge “${id}”; keep one row per pledge.`] };
    seen.set(id, line);
  }
  if (id && !existing) {
    return { ...base, action: "error", changes: [], errors: [`id: no pledge has the id “${id}”. Leave the id empty to create a new pledge.`] };
  }

  if (!existing) {
    if (!ctx.dialogues.has(cells.dialogue)) {
      errors.push(cells.dialogue ? `dialogue: there is no dialogue “${cells.dialogue}”.` : "dialogue: give the dialogue of the new pledge.");
    }
    const pledge = pledgeInput(ctx, cells, cells.dialogue, null, errors);
    const madeOn = ctx.meetings.get(cells.made_at_meeting)?.date;
    const wantsStatus = (cells.status && cells.status !== "pledged") || STATUS_COLUMNS.some((c) => c !== "status" && c !== "status_date" && cells[c]);
    const status = wantsStatus ? statusInput(ctx, cells, null, cells.dialogue, madeOn, errors) : undefined;
    if (errors.length || !pledge) return { ...base, action: "error", changes: [], errors };
    const changes = CSV_COLUMNS.filter((c) => c.editable && cells[c.key]).map((c) => ({ column: c.key, before: "", after: cells[c.key] }));
    return { ...base, action: "create", changes, errors: [], pledge, status };
  }

  const changes = CSV_COLUMNS.filter((c) => c.editable && cells[c.key] !== exported![c.key]).map((c) => ({
    column: c.key,
    before: exported![c.key],
    after: cells[c.key],
  }));
  // Read-only columns are ignored, except the dialogue: a pledge cannot move to another one.
  if (cells.dialogue !== existing.dialogue.id) errors.push("dialogue: a pledge cannot move to another dialogue; create a new pledge there instead.");
  const version = Number.parseInt(cells.version, 10);
  if (changes.length === 0 && errors.length === 0) return { ...base, action: "unchanged", changes, errors };
  if (cells.version && (!Number.isInteger(version) || version < 1)) errors.push("version: leave the exported version as it was.");
  const pledgeChanged = changes.some((c) => !(STATUS_COLUMNS as readonly string[]).includes(c.column));
  const statusChanged = changes.some((c) => (STATUS_COLUMNS as readonly string[]).includes(c.column));
  const pledge = pledgeChanged ? pledgeInput(ctx, cells, existing.dialogue.id, existing.id, errors) : undefined;
  const madeOn = ctx.meetings.get(cells.made_at_meeting)?.date ?? existing.madeAt.date;
  const status = statusChanged ? statusInput(ctx, cells, existing, existing.dialogue.id, madeOn, errors) : undefined;
  if (errors.length) return { ...base, action: "error", changes, errors };
  return { ...base, action: "update", changes, errors: [], version: Number.isInteger(version) && version > 0 ? version : existing.version, pledge, status };
}

// Plans an import of a parsed CSV against what the tracker holds.
export function planImport(csv: ParsedCsv, ctx: ImportContext): ImportPlan {
  const fileErrors = [...csv.errors];
  const notices: string[] = [];
  const unknown = csv.header.filter((h) => h && !KNOWN.has(h));
  if (unknown.length) notices.push(`These columns are not part of the pledges file and were ignored: ${unknown.join(", ")}.`);
  if (csv.rows.length > MAX_IMPORT_ROWS) fileErrors.push(`The file has ${csv.rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  if (!fileErrors.length && csv.rows.length === 0) fileErrors.push("The file has a header but no rows.");
  const seen = new Map<string, number>();
  const rows = fileErrors.length ? [] : csv.rows.map((r) => planRow(ctx, r.line, r.cells, seen));
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.action] += 1;
  return { fileErrors, notices, rows, counts, canApply: fileErrors.length === 0 && counts.error === 0 && counts.create + counts.update > 0 };
}

// Ids the plan needs to know about: the pledges a file names (by id or as a predecessor).
export function referencedPledgeIds(csv: ParsedCsv): string[] {
  const ids = new Set<string>();
  for (const r of csv.rows) {
    for (const key of ["id", "predecessor_id"]) {
      const v = normaliseCell(r.cells[key] ?? "");
      if (v) ids.add(v);
    }
  }
  return [...ids];
}

// Documents whose paragraphs the plan needs: those the file cites, and those of any pledge it names.
export function referencedDocumentIds(csv: ParsedCsv): string[] {
  const ids = new Set<string>();
  for (const r of csv.rows) {
    for (const key of ["source_document", "status_document"]) {
      const v = normaliseCell(r.cells[key] ?? "");
      if (v) ids.add(v);
    }
  }
  return [...ids];
}

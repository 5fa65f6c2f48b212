import { z } from "zod";
import { ZIsoDate, ZQuote } from "@/lib/validation/common";
import { ZCreatePledge, type TCreatePledge } from "@/lib/validation/pledges";
import { ZStatusReport } from "@/lib/validation/status-updates";
import { quoteIsVerbatim, normaliseQuote } from "@/lib/domain/citation";
import { formatDay } from "@/lib/domain/dates";
import {
  CSV_COLUMNS,
  STATUS_COLUMNS,
  normaliseCell,
  recordToCsvRow,
  tagsCell,
  type CsvRow,
  type ParsedCsv,
} from "./csv";
import { latestEffective, type PledgeRecord } from "@/lib/domain/pledge-record";
import { paragraphRef } from "@/lib/domain/statement-parser";
import { closesPredecessor, predecessorProblem } from "@/lib/domain/lineage";
import type { Status } from "@/lib/domain/status";

// The CSV import's dry run: for each row, what would be created or changed, or in plain words
// why it cannot be. Pure: the caller loads the ImportContext (lib/import-export/context.ts) and
// the apply step (lib/actions/import/actions.ts) re-plans inside its transaction.

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

// A row's pledge fields, parsed by the pledge form's own schema.
type PledgeInput = TCreatePledge;

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

type RowBase = { line: number; title: string; changes: CellChange[]; errors: string[] };

// What the import does with one row: each action carries exactly what writing it needs.
// `closes`: the earlier pledge that saving this one closes as dropped (lib/domain/lineage.ts).
type Closes = { closes?: { id: string; title: string } };

export type RowPlan =
  | (RowBase & Closes & { action: "create"; id: null; pledge: PledgeInput; status?: StatusInput })
  // `version`: the one exported with the row; a save since then makes the row stale.
  | (RowBase & Closes & { action: "update"; id: string; version: number; pledge?: PledgeInput; status?: StatusInput })
  | (RowBase & { action: "unchanged"; id: string })
  | (RowBase & { action: "error"; id: string | null });

export type ImportPlan = {
  fileErrors: string[];
  notices: string[];
  rows: RowPlan[];
  counts: Record<RowPlan["action"], number>;
  canApply: boolean;
};

const KNOWN = new Set<string>(CSV_COLUMNS.map((c) => c.key));

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

// The form schemas' field names, as the CSV's columns.
const PLEDGE_COLUMNS: Record<string, string> = {
  meetingId: "made_at_meeting",
  areaId: "area",
  targetDate: "target_date",
  predecessorId: "predecessor_id",
  predecessorLink: "predecessor_link",
  paragraphId: "source_paragraph",
  quote: "source_quote",
};
const STATUS_FIELD_COLUMNS: Record<string, string> = {
  meetingId: "status_meeting",
  reportedOn: "status_date",
  paragraphId: "status_paragraph",
  quote: "status_quote",
  note: "status_note",
};

// Issues of a form schema, in the words of the CSV's columns.
function schemaErrors(error: z.ZodError, columns: Record<string, string>, errors: string[]) {
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    const column = columns[field] ?? field;
    const hint = column.endsWith("_date") ? " Spreadsheets may reformat dates: format the column as text." : "";
    errors.push(`${column}: ${issue.message}.${hint}`);
  }
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
  const missing = [!doc && `${prefix}_document`, !label && `${prefix}_paragraph`, !quote && `${prefix}_quote`].filter(
    Boolean,
  );
  if (missing.length) {
    errors.push(
      `${missing.join(", ")}: ${prefix === "status" ? "a status needs its evidence" : "a pledge needs its source"}: give the document, the paragraph and the quoted words.`,
    );
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
    errors.push(
      `${prefix}_quote: the quote was not found in ${paragraphRef(label)} of “${doc}”: copy the words exactly from the paragraph.`,
    );
    return undefined;
  }
  return { paragraphId: paragraph.id, quote: normaliseQuote(quote) };
}

function pledgeInput(
  ctx: ImportContext,
  cells: CsvRow,
  dialogueId: string,
  self: string | null,
  errors: string[],
): PledgeInput | undefined {
  const start = errors.length;
  const meeting = ctx.meetings.get(cells.made_at_meeting);
  if (!cells.made_at_meeting) errors.push("made_at_meeting: give the id of the meeting that made the pledge.");
  else if (!meeting) errors.push(`made_at_meeting: there is no meeting “${cells.made_at_meeting}”.`);
  else if (meeting.dialogueId !== dialogueId)
    errors.push(`made_at_meeting: “${cells.made_at_meeting}” is a meeting of another dialogue.`);
  const wanted = cells.area.toLowerCase();
  const area = ctx.areas.find((a) => a.id === cells.area || a.name.toLowerCase() === wanted);
  if (!area) errors.push(`area: unknown area “${cells.area}”. Use one of: ${ctx.areas.map((a) => a.id).join(", ")}.`);
  const cite = citation(ctx, "source", cells, meeting ? cells.made_at_meeting : undefined, errors);
  if (cells.predecessor_id) {
    const predecessor = ctx.pledges.get(cells.predecessor_id);
    const problem = predecessor
      ? predecessorProblem(
          { dialogueId: predecessor.dialogue.id, madeOn: predecessor.madeAt.date },
          { dialogueId, madeOn: meeting?.date ?? "9999-12-31" },
        )
      : `there is no pledge “${cells.predecessor_id}”`;
    if (problem) errors.push(`predecessor_id: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}.`);
    if (cells.predecessor_id === self) errors.push("predecessor_id: a pledge cannot continue itself.");
  } else if (cells.predecessor_link) {
    errors.push("predecessor_link: give predecessor_id too, or leave both empty.");
  }
  // The rest is the pledge form's own schema. References already reported above are passed
  // as resolved, so one problem gives one message.
  const parsed = ZCreatePledge.safeParse({
    meetingId: meeting ? cells.made_at_meeting : "unresolved",
    areaId: area?.id ?? "unresolved",
    side: cells.side,
    title: cells.title,
    text: cells.text,
    paragraphId: cite?.paragraphId ?? "unresolved",
    quote: cite?.quote ?? "unresolved",
    targetDate: cells.target_date,
    predecessorId: cells.predecessor_id,
    predecessorLink: cells.predecessor_link,
    tags: cells.tags,
  });
  if (!parsed.success) schemaErrors(parsed.error, PLEDGE_COLUMNS, errors);
  if (errors.length > start || !parsed.success) return undefined;
  return parsed.data;
}

function statusInput(
  ctx: ImportContext,
  cells: CsvRow,
  existing: PledgeRecord | null,
  dialogueId: string,
  madeOn: string | undefined,
  errors: string[],
) {
  const start = errors.length;
  let meetingId: string | undefined;
  let reportedOn: string | undefined;
  if (cells.status_meeting) {
    const meeting = ctx.meetings.get(cells.status_meeting);
    if (!meeting) errors.push(`status_meeting: there is no meeting “${cells.status_meeting}”.`);
    else if (meeting.dialogueId !== dialogueId)
      errors.push(`status_meeting: “${cells.status_meeting}” is a meeting of another dialogue.`);
    else {
      meetingId = cells.status_meeting;
      reportedOn = meeting.date;
      const exported = existing ? recordToCsvRow(existing).status_date : "";
      if (cells.status_date && cells.status_date !== meeting.date && cells.status_date !== exported) {
        errors.push(
          `status_date: the meeting “${cells.status_meeting}” was held on ${meeting.date}; give that date or leave the cell empty.`,
        );
      }
    }
  } else if (!cells.status_date) {
    errors.push("status_meeting, status_date: say which meeting reported the status, or the date it was reported.");
  } else {
    reportedOn = optionalDate(cells.status_date, "status_date", errors);
    if (reportedOn && reportedOn > ctx.today) errors.push("status_date: that date is in the future.");
  }
  if (reportedOn && madeOn && reportedOn < madeOn)
    errors.push(`status_date: the pledge was only made on ${formatDay(madeOn)}.`);
  const cite = citation(ctx, "status", cells, meetingId, errors);
  // The status form's own schema (status, evidence, note).
  const parsed = ZStatusReport.safeParse({
    status: cells.status,
    ...(meetingId ? { meetingId } : { reportedOn }),
    paragraphId: cite?.paragraphId ?? "unresolved",
    quote: cite?.quote ?? "unresolved",
    note: cells.status_note,
  });
  if (!parsed.success) schemaErrors(parsed.error, STATUS_FIELD_COLUMNS, errors);
  if (errors.length > start || !parsed.success || !reportedOn || !cite) return undefined;
  const latest = existing ? latestEffective(existing.history) : null;
  const sameReport = !!latest && latest.reportedOn === reportedOn && (latest.meetingId ?? undefined) === meetingId;
  const { status, note } = parsed.data;
  const input: StatusInput = {
    status,
    ...(meetingId ? { meetingId } : { reportedOn }),
    ...cite,
    note: note || undefined,
  };
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
  const refuse = (changes: CellChange[] = []): RowPlan => ({ line, id, title, action: "error", changes, errors });
  if (id) {
    const earlier = seen.get(id);
    if (earlier)
      return (errors.push(`id: row ${earlier} already has the pledge “${id}”; keep one row per pledge.`), refuse());
    seen.set(id, line);
  }
  if (id && !existing)
    return (errors.push(`id: no pledge has the id “${id}”. Leave the id empty to create a new pledge.`), refuse());

  if (!existing) {
    if (!ctx.dialogues.has(cells.dialogue)) {
      errors.push(
        cells.dialogue
          ? `dialogue: there is no dialogue “${cells.dialogue}”.`
          : "dialogue: give the dialogue of the new pledge.",
      );
    }
    const pledge = pledgeInput(ctx, cells, cells.dialogue, null, errors);
    const madeOn = ctx.meetings.get(cells.made_at_meeting)?.date;
    const wantsStatus =
      (cells.status && cells.status !== "pledged") ||
      STATUS_COLUMNS.some((c) => c !== "status" && c !== "status_date" && cells[c]);
    const status = wantsStatus ? statusInput(ctx, cells, null, cells.dialogue, madeOn, errors) : undefined;
    if (errors.length || !pledge) return refuse();
    const changes = CSV_COLUMNS.filter((c) => c.editable && cells[c.key]).map((c) => ({
      column: c.key,
      before: "",
      after: cells[c.key],
    }));
    return {
      line,
      id: null,
      title,
      action: "create",
      changes,
      errors,
      pledge,
      status,
      ...closing(ctx, null, pledge, madeOn),
    };
  }

  const changes = CSV_COLUMNS.filter((c) => c.editable && cells[c.key] !== exported![c.key]).map((c) => ({
    column: c.key,
    before: exported![c.key],
    after: cells[c.key],
  }));
  // Read-only columns are ignored, except the dialogue: a pledge cannot move to another one.
  if (cells.dialogue !== existing.dialogue.id)
    errors.push("dialogue: a pledge cannot move to another dialogue; create a new pledge there instead.");
  if (changes.length === 0 && errors.length === 0)
    return { line, id: existing.id, title, action: "unchanged", changes, errors };
  // The version the row was exported with, from the file itself (never the tracker's current
  // one): without it the row could silently overwrite a colleague's later save.
  const givenVersion = normaliseCell(raw.version ?? "");
  const version = /^[1-9]\d{0,8}$/.test(givenVersion) ? Number(givenVersion) : null;
  if (!givenVersion)
    errors.push(
      "version: this row changes a pledge but has no version; keep the version column as exported, so a colleague's later change is not overwritten.",
    );
  else if (version === null) errors.push("version: leave the exported version as it was.");
  const pledgeChanged = changes.some((c) => !(STATUS_COLUMNS as readonly string[]).includes(c.column));
  const statusChanged = changes.some((c) => (STATUS_COLUMNS as readonly string[]).includes(c.column));
  const pledge = pledgeChanged ? pledgeInput(ctx, cells, existing.dialogue.id, existing.id, errors) : undefined;
  const madeOn = ctx.meetings.get(cells.made_at_meeting)?.date ?? existing.madeAt.date;
  const status = statusChanged ? statusInput(ctx, cells, existing, existing.dialogue.id, madeOn, errors) : undefined;
  if (errors.length || version === null) return refuse(changes);
  return {
    line,
    id: existing.id,
    title,
    action: "update",
    changes,
    errors,
    version,
    pledge,
    status,
    ...(pledge ? closing(ctx, existing.predecessor, pledge, madeOn) : {}),
  };
}

// The earlier pledge a row's save would close, by the write path's own rule.
function closing(
  ctx: ImportContext,
  was: PledgeRecord["predecessor"],
  pledge: PledgeInput,
  madeOn: string | undefined,
): Closes {
  const earlier = pledge.predecessorId ? ctx.pledges.get(pledge.predecessorId) : undefined;
  if (!earlier || !madeOn) return {};
  const now = { id: earlier.id, link: pledge.predecessorLink ?? null };
  const closes = closesPredecessor(was, now, { status: earlier.status.current, since: earlier.status.since }, madeOn);
  return closes ? { closes: { id: earlier.id, title: earlier.title } } : {};
}

// A row that closes an earlier pledge which another row of the file also changes would make
// that row stale halfway through the import: refuse it in the dry run, in plain words.
function refuseClosingEdited(rows: RowPlan[]): RowPlan[] {
  const edited = new Map(rows.filter((r) => r.action === "update").map((r) => [r.id, r.line]));
  return rows.map((r) => {
    if ((r.action !== "create" && r.action !== "update") || !r.closes || !edited.has(r.closes.id)) return r;
    const message = `predecessor_id: this row closes “${r.closes.title}” as superseded, and row ${edited.get(r.closes.id)} changes it too; import the two in separate files.`;
    return { line: r.line, id: r.id, title: r.title, action: "error", changes: r.changes, errors: [message] };
  });
}

// Plans an import of a parsed CSV against what the tracker holds.
export function planImport(csv: ParsedCsv, ctx: ImportContext): ImportPlan {
  const fileErrors = [...csv.errors];
  const notices: string[] = [];
  const unknown = csv.header.filter((h) => h && !KNOWN.has(h));
  if (unknown.length)
    notices.push(`These columns are not part of the pledges file and were ignored: ${unknown.join(", ")}.`);
  if (!fileErrors.length && csv.rows.length === 0) fileErrors.push("The file has a header but no rows.");
  const seen = new Map<string, number>();
  const rows = fileErrors.length ? [] : refuseClosingEdited(csv.rows.map((r) => planRow(ctx, r.line, r.cells, seen)));
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.action] += 1;
  return {
    fileErrors,
    notices,
    rows,
    counts,
    canApply: fileErrors.length === 0 && counts.error === 0 && counts.create + counts.update > 0,
  };
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

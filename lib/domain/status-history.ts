import { meetingStanding, type CoverageMeeting, type PolicyField } from "./coverage";
import type { Status } from "./status";
import { isOpen } from "./status";

// Resolving a pledge's status from its append-only history. The SQL trigger
// refresh_pledge_status and the aggregate queries in lib/data follow the same rules.

export type HistoryEntry = {
  id: string;
  status: Status;
  reportedOn: string; // YYYY-MM-DD
  createdAt: string; // ISO timestamp, breaks ties between updates of the same day
  meetingId: string | null;
  correctsId: string | null;
};

// Updates that a later correction replaced no longer count.
export function effectiveUpdates<T extends HistoryEntry>(updates: readonly T[]): T[] {
  const corrected = new Set(updates.map((u) => u.correctsId).filter((x): x is string => !!x));
  return updates
    .filter((u) => !corrected.has(u.id))
    .sort(
      (a, b) =>
        a.reportedOn.localeCompare(b.reportedOn) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
    );
}

// The status as of a date: the latest effective update on or before it; "pledged" once the
// pledge exists; null before the pledge was made.
export function statusAsOf(madeOn: string, updates: readonly HistoryEntry[], asOf: string): Status | null {
  if (madeOn > asOf) return null;
  let status: Status = "pledged";
  for (const u of effectiveUpdates(updates)) {
    if (u.reportedOn <= asOf) status = u.status;
  }
  return status;
}

export function currentStatus(updates: readonly HistoryEntry[]): Status {
  const effective = effectiveUpdates(updates);
  return effective.at(-1)?.status ?? "pledged";
}

// What the evidence says of the current status: since when it has held (the first report of
// it in the unbroken run of reports that ends with the latest; the day the pledge was made if
// no report changed it) and when a source last confirmed it (null when none has since).
// "In progress since January 2016, last confirmed February 2021", not "since 2021".
export type CurrentStanding = { status: Status; since: string; lastConfirmed: string | null };

export function currentStanding(madeOn: string, updates: readonly HistoryEntry[]): CurrentStanding {
  const effective = effectiveUpdates(updates);
  const latest = effective.at(-1);
  if (!latest) return { status: "pledged", since: madeOn, lastConfirmed: null };
  let first = effective.length - 1;
  while (first > 0 && effective[first - 1]!.status === latest.status) first--;
  // A run of "pledged" reports continues the pledge's own standing from the day it was made.
  const since = first === 0 && latest.status === "pledged" ? madeOn : effective[first]!.reportedOn;
  return { status: latest.status, since, lastConfirmed: latest.reportedOn === since ? null : latest.reportedOn };
}

// Where an open pledge stands against its target date, as of `today`:
// - "overdue": a report after the target date found it still open (its status dates from after the target);
// - "unconfirmed" (past target, unconfirmed): the target passed and no later source says either way;
// - null: no target, not yet due, or closed.
// `since` is the day of its latest report (or of the meeting that made it). The SQL twins are in
// lib/data/deadlines.ts.
export type DeadlineStanding = "overdue" | "unconfirmed" | null;

export function deadlineStanding(
  targetDate: string | null,
  status: Status,
  since: string,
  today: string,
): DeadlineStanding {
  if (!targetDate || targetDate >= today || !isOpen(status)) return null;
  return since > targetDate ? "overdue" : "unconfirmed";
}

export type MatrixCell =
  | { kind: "not-yet" }
  | { kind: "made"; status: Status }
  | { kind: "reported"; status: Status; updateId: string }
  | { kind: "no-report"; status: Status }
  // The meeting said nothing, and nothing was expected of it (see lib/domain/coverage.ts).
  | { kind: "not-expected"; status: Status }
  | { kind: "not-reviewed"; status: Status }
  | { kind: "not-collected"; status: Status };

export type MatrixMeeting = { id: string; date: string } & CoverageMeeting;

// One row of the pledge x meeting matrix: at the meeting that made the pledge, "made"; at a
// later meeting, "reported" when an update cites it (or is dated that day); otherwise what the
// meeting's silence means (lib/domain/coverage.ts): "no report" only for a reviewed meeting,
// with its statement, expected to cover the pledge's field. Every cell carries the status as of
// that meeting.
export function matrixRow(
  pledge: { meetingId: string; madeOn: string; field: PolicyField },
  updates: readonly HistoryEntry[],
  meetings: readonly MatrixMeeting[],
): MatrixCell[] {
  const effective = effectiveUpdates(updates);
  return meetings.map((m) => {
    const status = statusAsOf(pledge.madeOn, effective, m.date);
    if (status === null) return { kind: "not-yet" };
    const reported = [...effective]
      .reverse()
      .find((u) => u.meetingId === m.id || (!u.meetingId && u.reportedOn === m.date));
    if (reported) return { kind: "reported", status: reported.status, updateId: reported.id };
    if (m.id === pledge.meetingId) return { kind: "made", status };
    const standing = meetingStanding(m, pledge.field);
    return { kind: standing === "expected" ? "no-report" : standing, status };
  });
}

// How many meetings of the dialogue, after the pledge was made and up to `asOf`, were expected to
// report on it and said nothing since its last report: the "meetings without a report" count of
// the briefing, the stale chart and the API. Meetings not expected, not reviewed or not collected
// neither count nor reset the count.
export function meetingsWithoutReport(
  pledge: { meetingId: string; madeOn: string; field: PolicyField },
  updates: readonly HistoryEntry[],
  meetings: readonly MatrixMeeting[],
): number {
  let silent = 0;
  for (const cell of matrixRow(pledge, updates, meetings)) {
    if (cell.kind === "no-report") silent += 1;
    else if (cell.kind === "reported" || cell.kind === "made") silent = 0;
  }
  return silent;
}

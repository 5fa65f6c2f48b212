import { loadDataSet } from "@/lib/seed/data-set";
import type { Status } from "@/lib/domain/status";
import { deadlineStanding, type DeadlineStanding } from "@/lib/domain/status-history";
import { expectsReport } from "@/lib/domain/coverage";

// Expected figures computed straight from the seed files, independently of the SQL under test.
export const data = loadDataSet();
const meetingDate = new Map(data.meetings.map((m) => [m.id, m.date]));

export const updateDate = (u: { meeting?: string; date?: string }) =>
  u.meeting ? meetingDate.get(u.meeting)! : u.date!;

export function expectedStatus(p: (typeof data.pledges)[number], asOf = "9999-12-31"): Status | null {
  if (meetingDate.get(p.meeting)! > asOf) return null;
  let status: Status = "pledged";
  let latest = "";
  for (const u of p.updates) {
    const d = updateDate(u);
    if (d <= asOf && d >= latest) {
      status = u.status;
      latest = d;
    }
  }
  return status;
}

// Overdue or past target, unconfirmed, by the domain rule, from the seed's status history.
export function expectedDeadline(p: (typeof data.pledges)[number], today: string): DeadlineStanding {
  const since = p.updates.map(updateDate).reduce((a, b) => (b > a ? b : a), meetingDate.get(p.meeting)!);
  return deadlineStanding(p.targetDate ?? null, expectedStatus(p)!, since, today);
}

// In a gap of the collection: a meeting of its dialogue after its latest report (by `today`),
// expected to cover its area, whose statement is not collected.
export function expectedInCollectionGap(p: (typeof data.pledges)[number], today: string): boolean {
  const field = data.areas.find((a) => a.id === p.area)!.field;
  const since = p.updates.map(updateDate).reduce((a, b) => (b > a ? b : a), meetingDate.get(p.meeting)!);
  return data.meetings.some(
    (m) =>
      m.dialogue === p.dialogue &&
      !m.statementCollected &&
      m.date > since &&
      m.date <= today &&
      expectsReport(m.kind, field),
  );
}

export function pledgesOf(dialogue?: string) {
  return data.pledges.filter((p) => !dialogue || p.dialogue === dialogue);
}

// The day each pledge was superseded (its successor, linked with "supersedes", was made).
const supersededOn = new Map(
  data.pledges
    .filter((p) => p.predecessor?.link === "supersedes")
    .map((p) => [p.predecessor!.id, meetingDate.get(p.meeting)!]),
);

// The pledges the figures count: a superseded pledge counts once, under its successor, from the
// day the successor was made (on or before `asOf`, or strictly before it when `strictly`).
export function countedPledgesOf(dialogue?: string, asOf = "9999-12-31", strictly = false) {
  return pledgesOf(dialogue).filter((p) => {
    const on = supersededOn.get(p.id);
    return !on || (strictly ? on >= asOf : on > asOf);
  });
}

export function countBy<T>(xs: T[], key: (x: T) => string | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) {
    const k = key(x);
    if (k !== null) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

import { meetingsWithoutReport, type HistoryEntry } from "@/lib/domain/status-history";
import { data, updateDate } from "./expected-from-seed";

// Meetings without a report for a seed pledge, by the domain rule (lib/domain/status-history.ts),
// so the SQL in lib/data/silence.ts is checked against it.
export function expectedSilence(p: (typeof data.pledges)[number], asOf: string): number {
  const made = data.meetings.find((m) => m.id === p.meeting)!;
  const field = data.areas.find((a) => a.id === p.area)!.field;
  // The seed marks every meeting whose statement it holds as reviewed by the data set.
  const meetings = data.meetings
    .filter((m) => m.dialogue === p.dialogue && m.date <= asOf)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((m) => ({
      id: m.id,
      date: m.date,
      kind: m.kind,
      reviewed: m.statementCollected,
      statementCollected: m.statementCollected,
    }));
  const updates: HistoryEntry[] = p.updates.map((u, i) => ({
    id: `${p.id}-u${i + 1}`,
    status: u.status,
    reportedOn: updateDate(u),
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString(),
    meetingId: u.meeting ?? null,
    correctsId: null,
  }));
  return meetingsWithoutReport({ meetingId: made.id, madeOn: made.date, field }, updates, meetings);
}

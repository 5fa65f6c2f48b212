import type { Side, Status } from "./status";
import { effectiveUpdates } from "./status-history";

// A pledge with its status history as the exports and the public API give it: stable ids,
// calendar days as YYYY-MM-DD, citations as document id + paragraph label + quote.

type CitationRecord = { documentId: string; paragraph: string; quote: string };

export type HistoryRecord = {
  id: string;
  status: Status;
  reportedOn: string;
  meetingId: string | null;
  source: CitationRecord | null;
  note: string | null;
  correctsId: string | null;
  reason: string | null;
  // True when a later correction replaced this update: it no longer counts.
  superseded: boolean;
  recordedAt: string;
};

export type PledgeRecord = {
  id: string;
  title: string;
  text: string;
  dialogue: { id: string; name: string };
  madeAt: { meetingId: string; title: string; date: string };
  area: { id: string; name: string };
  side: Side;
  source: CitationRecord;
  targetDate: string | null;
  tags: string[];
  predecessor: { id: string; link: "continues" | "supersedes" } | null;
  // The later pledge that restates this one with a new target: figures count the two once.
  supersededBy: string | null;
  status: { current: Status; since: string; overdue: boolean; pastTargetUnconfirmed: boolean };
  version: number;
  history: HistoryRecord[];
};

// The update that sets the current status (the latest one no correction replaced), if any.
export function latestEffective(history: readonly HistoryRecord[]): HistoryRecord | null {
  const entries = history.map((h) => ({ ...h, createdAt: h.recordedAt }));
  const latest = effectiveUpdates(entries).at(-1);
  return latest ? (history.find((h) => h.id === latest.id) ?? null) : null;
}

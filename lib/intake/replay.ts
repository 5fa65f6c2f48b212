import type { TSeedAliases } from "@/lib/validation/aliases";
import type { LoadedDataSet } from "@/lib/seed/data-set";

// The data set as it stood before a meeting, for replaying the intake on it: pledges made at
// or after the meeting's date, and status updates reported on or after it, are removed, with
// their aliases, so the intake never sees what it is measured against. An alias is kept only
// if its source was there before the meeting: a name first written in the statement being
// replayed ("空母打撃群" in its own Japanese overview), or in a later news page, is not known yet.

export function dataSetBefore(
  data: LoadedDataSet,
  aliases: TSeedAliases,
  meetingId: string,
): { data: LoadedDataSet; aliases: TSeedAliases } {
  const dates = new Map(data.meetings.map((m) => [m.id, m.date]));
  const cutoff = dates.get(meetingId);
  if (!cutoff) throw new Error(`Unknown meeting ${meetingId}`);
  const kept = data.pledges
    .filter((p) => dates.get(p.meeting)! < cutoff)
    .map((p) => ({ ...p, updates: p.updates.filter((u) => (u.meeting ? dates.get(u.meeting)! : u.date!) < cutoff) }));
  const ids = new Set(kept.map((p) => p.id));
  const pledges = kept.map((p) => (p.predecessor && !ids.has(p.predecessor.id) ? { ...p, predecessor: undefined } : p));
  const documentDate = new Map(
    data.documents.map((d) => [
      d.id,
      [...d.meetings.map((m) => dates.get(m)!), ...(d.publishedOn ? [d.publishedOn] : [])].sort()[0]!,
    ]),
  );
  const knownBefore = (source: TSeedAliases[string][number]["source"]) =>
    ("document" in source ? documentDate.get(source.document) : source.publishedOn)! < cutoff;
  return {
    data: { ...data, pledges },
    aliases: Object.fromEntries(
      Object.entries(aliases)
        .filter(([id]) => ids.has(id))
        .map(([id, list]) => [id, list.filter((a) => knownBefore(a.source))] as const)
        .filter(([, list]) => list.length > 0),
    ),
  };
}

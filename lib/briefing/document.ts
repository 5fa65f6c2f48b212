import { formatDay } from "@/lib/domain/dates";
import { STATUS_LABELS, isOpen, sideLabel, type Side, type Status } from "@/lib/domain/status";

// The briefing for the next meeting, as one document model that the page, the Markdown file
// and the PDF all render, so the three never disagree.

export type Evidence = {
  quote: string;
  paragraph: string | null;
  documentId: string | null;
  documentTitle: string | null;
  date: string | null;
  meeting: string | null;
};

export type BriefingPledge = {
  id: string;
  title: string;
  side: Side;
  area: { id: string; name: string };
  status: Status;
  since: string;
  madeOn: string;
  madeAt: string;
  targetDate: string | null;
  // A report after the target found it open / the target passed with no later report.
  overdue: boolean;
  unconfirmed: boolean;
  // A meeting expected to report on it since its latest report is not in the collection.
  inCollectionGap: boolean;
  silent: number;
  evidence: Evidence | null;
  // The later pledge that restates this one with a new target, by the briefing's day.
  supersededBy: { id: string; title: string } | null;
};

export type BriefingChange = {
  updateId: string;
  pledge: { id: string; title: string };
  area: string;
  from: Status;
  to: Status;
  reportedOn: string;
  evidence: Evidence | null;
};

export type BriefingData = {
  dialogue: { id: string; name: string; partnerCountry: string };
  area: { id: string; name: string } | null;
  asOf: string;
  lastMeeting: { id: string; title: string; date: string } | null;
  // The latest reviewed meeting (or dated report) the figures rest on.
  evidenceUpTo: string | null;
  figures: {
    // Commitments: a pledge superseded by a later one is counted once, under the later one.
    total: number;
    superseded: number;
    byStatus: Record<Status, number>;
    open: number;
    overdue: number;
    unconfirmed: number;
    // Of those past target, unconfirmed: how many fall in a gap of the collection.
    unconfirmedInGap: number;
    stale: number;
    shareDelivered: number;
  };
  changes: BriefingChange[];
  pledges: BriefingPledge[];
};

type DocQuote = { text: string; source: string; href?: string };
export type DocItem = { title: string; href?: string; status?: Status; lines: string[]; quote?: DocQuote };
export type DocBlock =
  | { kind: "figures"; items: { label: string; value: string }[] }
  | { kind: "text"; text: string }
  | { kind: "items"; items: DocItem[] };
export type DocSection = {
  id: string;
  heading: string;
  blocks: DocBlock[];
  subsections: DocSection[];
  pageBreak?: boolean;
};
export type BriefingDoc = { title: string; subtitle: string; meta: string[]; sections: DocSection[] };

export const BRIEFING_TITLE = "Briefing for the next meeting";
export const BRIEFING_HEADINGS = {
  figures: "Headline figures",
  changes: "What changed at and since the last meeting",
  statusChanges: "Status changes",
  confirmed: "Reported again without a change of status",
  newPledges: "New pledges made at the last meeting",
  open: "Open pledges by area",
  closed: "Delivered, dropped and superseded pledges",
} as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const pct = (x: number) => `${Math.round(x * 100)}%`;

// "Joint Statement ..., para 15, 8 January 2016 (2nd 2+2)"
function evidenceSource(e: Evidence): string {
  const parts = [e.documentTitle ?? "Source not recorded"];
  if (e.paragraph) parts.push(/^\d/.test(e.paragraph) ? `para ${e.paragraph}` : e.paragraph);
  if (e.date) parts.push(formatDay(e.date));
  return parts.join(", ") + (e.meeting ? ` (${e.meeting})` : "");
}

const quoteOf = (e: Evidence | null): DocQuote | undefined =>
  e
    ? { text: e.quote, source: evidenceSource(e), href: e.documentId ? `/documents/${e.documentId}` : undefined }
    : undefined;

function silenceText(n: number): string {
  return n === 0 ? "made or reported on at the latest meeting" : `${plural(n, "meeting")} without a report`;
}

function openItem(p: BriefingPledge, partnerCountry: string): DocItem {
  const facts = [
    `${STATUS_LABELS[p.status]} since ${formatDay(p.since)}`,
    `made at ${p.madeAt}, ${formatDay(p.madeOn)}`,
    `undertaken by ${sideLabel(p.side, partnerCountry)}`,
  ];
  const flags = [silenceText(p.silent)];
  if (p.targetDate) {
    const when = formatDay(p.targetDate);
    flags.push(
      p.overdue
        ? `OVERDUE: target date ${when}`
        : p.unconfirmed
          ? `past target date ${when}, unconfirmed (no later report${p.inCollectionGap ? "; a meeting expected to report on it is not collected" : ""})`
          : `target date ${when}`,
    );
  }
  return {
    title: p.title,
    href: `/pledges/${p.id}`,
    status: p.status,
    lines: [facts.join("; "), flags.join("; ")],
    quote: quoteOf(p.evidence),
  };
}

function changeItem(c: BriefingChange): DocItem {
  const moved =
    c.from === c.to
      ? `Still ${STATUS_LABELS[c.to].toLowerCase()}`
      : `${STATUS_LABELS[c.from]} → ${STATUS_LABELS[c.to]}`;
  return {
    title: c.pledge.title,
    href: `/pledges/${c.pledge.id}`,
    status: c.to,
    lines: [`${moved}, reported ${formatDay(c.reportedOn)}; ${c.area}`],
    quote: quoteOf(c.evidence),
  };
}

function figuresSection(d: BriefingData): DocSection {
  const f = d.figures;
  const items = [
    { label: "Pledges made", value: String(f.total) },
    { label: "Open", value: String(f.open) },
    { label: "Delivered", value: String(f.byStatus.delivered) },
    { label: "In progress", value: String(f.byStatus.in_progress) },
    { label: "Partly delivered", value: String(f.byStatus.partly_delivered) },
    { label: "Stalled", value: String(f.byStatus.stalled) },
    { label: "Overdue", value: String(f.overdue) },
    { label: "Past target, unconfirmed", value: String(f.unconfirmed) },
    { label: "Of those, in a gap of the collection", value: String(f.unconfirmedInGap) },
    { label: "No report at the last 2+ meetings", value: String(f.stale) },
    { label: "Share delivered", value: pct(f.shareDelivered) },
  ];
  const text =
    f.total === 0
      ? "No pledges had been made by this date."
      : `Of ${plural(f.total, "pledge")} made by ${formatDay(d.asOf)}, ${f.byStatus.delivered} ${f.byStatus.delivered === 1 ? "is" : "are"} delivered ` +
        `(${pct(f.shareDelivered)}) and ${f.open} ${f.open === 1 ? "is" : "are"} open; of the open ones, ${f.overdue} ${f.overdue === 1 ? "was" : "were"} reported ` +
        `unfinished after the target date, ${f.unconfirmed} ${f.unconfirmed === 1 ? "is" : "are"} past the target with no later report` +
        (f.unconfirmedInGap
          ? ` (${f.unconfirmedInGap} of them in a gap of the collection: a meeting expected to report on them is not collected, so they reflect the collection, not delivery)`
          : "") +
        `, and ${f.stale} went ` +
        `unreported at the last two or more meetings expected to cover them.` +
        (f.superseded
          ? ` ${plural(f.superseded, "pledge")} restated by a later pledge ${f.superseded === 1 ? "is" : "are"} counted once, under the later pledge.`
          : "") +
        (d.evidenceUpTo ? ` Evidence up to ${formatDay(d.evidenceUpTo)}.` : "");
  return {
    id: "figures",
    heading: BRIEFING_HEADINGS.figures,
    blocks: [
      { kind: "figures", items },
      { kind: "text", text },
    ],
    subsections: [],
  };
}

function changesSection(d: BriefingData): DocSection {
  const base = { id: "changes", heading: BRIEFING_HEADINGS.changes };
  if (!d.lastMeeting) {
    return {
      ...base,
      blocks: [{ kind: "text", text: `No meeting of this dialogue was held on or before ${formatDay(d.asOf)}.` }],
      subsections: [],
    };
  }
  const last = d.lastMeeting;
  const moved = d.changes.filter((c) => c.from !== c.to);
  const confirmed = d.changes.filter((c) => c.from === c.to);
  const made = d.pledges.filter((p) => p.madeOn >= last.date);
  const intro =
    `The last meeting was the ${last.title} on ${formatDay(last.date)}. Reports from it and since changed the status of ` +
    `${plural(moved.length, "pledge")} and confirmed ${confirmed.length} without a change; ${plural(made.length, "new pledge")} ${made.length === 1 ? "was" : "were"} made.`;
  const sub = (id: string, heading: string, items: DocItem[], empty: string): DocSection => ({
    id,
    heading,
    blocks: [items.length ? { kind: "items", items } : { kind: "text", text: empty }],
    subsections: [],
  });
  return {
    ...base,
    blocks: [{ kind: "text", text: intro }],
    subsections: [
      sub("status-changes", BRIEFING_HEADINGS.statusChanges, moved.map(changeItem), "No status changed."),
      sub("confirmed", BRIEFING_HEADINGS.confirmed, confirmed.map(changeItem), "None."),
      sub(
        "new-pledges",
        BRIEFING_HEADINGS.newPledges,
        made.map((p) => ({
          ...openItem(p, d.dialogue.partnerCountry),
          lines: [`${p.area.name}; undertaken by ${sideLabel(p.side, d.dialogue.partnerCountry)}`],
        })),
        "None.",
      ),
    ],
  };
}

// A superseded pledge counts once, under its successor: with the closed ones even if it was
// left open, so the sections agree with the figures.
const stillOpen = (p: BriefingPledge) => isOpen(p.status) && !p.supersededBy;

function openSection(d: BriefingData): DocSection {
  const open = d.pledges.filter(stillOpen);
  const areas = new Map<string, { name: string; pledges: BriefingPledge[] }>();
  for (const p of open) {
    const entry = areas.get(p.area.id) ?? { name: p.area.name, pledges: [] };
    entry.pledges.push(p);
    areas.set(p.area.id, entry);
  }
  return {
    id: "open",
    heading: BRIEFING_HEADINGS.open,
    blocks: open.length ? [] : [{ kind: "text", text: "No pledge is open." }],
    subsections: [...areas].map(([id, a]) => {
      const overdue = a.pledges.filter((p) => p.overdue).length;
      const unconfirmed = a.pledges.filter((p) => p.unconfirmed).length;
      const stale = a.pledges.filter((p) => p.silent >= 2).length;
      return {
        id: `area-${id}`,
        heading: `${a.name} (${a.pledges.length} open)`,
        pageBreak: true,
        blocks: [
          {
            kind: "text",
            text: `${plural(a.pledges.length, "open pledge")}: ${overdue} overdue, ${unconfirmed} past target and unconfirmed, ${stale} without a report at the last two or more meetings.`,
          },
          { kind: "items", items: a.pledges.map((p) => openItem(p, d.dialogue.partnerCountry)) },
        ],
        subsections: [],
      };
    }),
  };
}

function closedSection(d: BriefingData): DocSection {
  const closed = d.pledges.filter((p) => !stillOpen(p));
  const items: DocItem[] = closed.map((p) => ({
    title: p.title,
    href: `/pledges/${p.id}`,
    status: p.status,
    lines: [
      `${STATUS_LABELS[p.status]} since ${formatDay(p.since)}; ${p.area.name}${p.supersededBy ? `; superseded by "${p.supersededBy.title}"` : ""}`,
    ],
  }));
  return {
    id: "closed",
    heading: BRIEFING_HEADINGS.closed,
    pageBreak: true,
    blocks: [items.length ? { kind: "items", items } : { kind: "text", text: "None yet." }],
    subsections: [],
  };
}

// Builds the briefing document from its data.
export function buildBriefing(d: BriefingData): BriefingDoc {
  const meta = [`As of ${formatDay(d.asOf)}`];
  if (d.lastMeeting) meta.push(`Last meeting: ${d.lastMeeting.title}, ${formatDay(d.lastMeeting.date)}`);
  if (d.evidenceUpTo) meta.push(`Evidence up to ${formatDay(d.evidenceUpTo)}`);
  if (d.area) meta.push(`Area: ${d.area.name}`);
  return {
    title: BRIEFING_TITLE,
    subtitle: d.dialogue.name,
    meta,
    sections: [figuresSection(d), changesSection(d), openSection(d), closedSection(d)],
  };
}

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
type DocLink = { label: string; href: string };
export type DocBlock =
  | { kind: "figures"; items: { label: string; value: string }[] }
  | { kind: "text"; text: string }
  | { kind: "items"; items: DocItem[] }
  // Where the rest is: counts of what a summary leaves out, with links to the filtered lists.
  | { kind: "links"; text: string; links: DocLink[] };
export type DocSection = {
  id: string;
  heading: string;
  blocks: DocBlock[];
  subsections: DocSection[];
  pageBreak?: boolean;
};
export type BriefingDoc = {
  title: string;
  subtitle: string;
  meta: string[];
  sections: DocSection[];
  // The full listing's page, when the document is one page of it.
  listing?: { page: number; pages: number };
};

// Which form of the briefing: the summary (figures, and per area the pledges that need
// attention first, with counts of the rest and links to them), a few pages at any size; or
// one page of the full listing of every pledge.
export type BriefingForm = { form: "summary"; perArea: number } | { form: "full"; page: number; perPage: number };

export const SUMMARY_PER_AREA = 8;
export const LISTING_PER_PAGE = 200;
const SUMMARY_CHANGES = 12;

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

// Needing attention first: overdue, then past target unconfirmed, then the longest silence.
function attentionRank(p: BriefingPledge): number {
  return (p.overdue ? 4 : 0) + (p.unconfirmed ? 2 : 0) + (p.silent >= 2 ? 1 : 0);
}
function byAttention(pledges: BriefingPledge[]): BriefingPledge[] {
  return pledges
    .map((p, n) => ({ p, n }))
    .sort((a, b) => attentionRank(b.p) - attentionRank(a.p) || b.p.silent - a.p.silent || a.n - b.n)
    .map(({ p }) => p);
}

// The pledges list with the briefing's dialogue (and area) and `extra` filters.
function listHref(d: BriefingData, extra: Record<string, string>): string {
  const q = new URLSearchParams({ dialogue: d.dialogue.id, ...(d.area ? { area: d.area.id } : {}), ...extra });
  return `/pledges?${q}`;
}

function fullListingHref(d: BriefingData, page = 1): string {
  const q = new URLSearchParams({
    dialogue: d.dialogue.id,
    date: d.asOf,
    ...(d.area ? { area: d.area.id } : {}),
    form: "full",
    ...(page > 1 ? { page: String(page) } : {}),
  });
  return `/briefing?${q}`;
}

const capped = (items: DocItem[], limit: number | null, rest: (n: number) => DocBlock): DocBlock[] =>
  limit === null || items.length <= limit
    ? [{ kind: "items", items }]
    : [{ kind: "items", items: items.slice(0, limit) }, rest(items.length - limit)];

function changesSection(d: BriefingData, limit: number | null = null): DocSection {
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
  const rest = (n: number): DocBlock => ({
    kind: "links",
    text: `…and ${plural(n, "more")}, in the full listing.`,
    links: [{ label: "Full listing", href: fullListingHref(d) }],
  });
  const sub = (id: string, heading: string, items: DocItem[], empty: string): DocSection => ({
    id,
    heading,
    blocks: items.length ? capped(items, limit, rest) : [{ kind: "text", text: empty }],
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

// `listed`: the pledges to list (all, or one page of the full listing); `perArea`: in the
// summary, how many of each area's open pledges to list, most in need of attention first.
function openSection(d: BriefingData, listed: BriefingPledge[] = d.pledges, perArea: number | null = null): DocSection {
  const open = listed.filter(stillOpen);
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
      const shown = perArea === null ? a.pledges : byAttention(a.pledges).slice(0, perArea);
      const more = a.pledges.length - shown.length;
      const areaList = (extra: Record<string, string>) => listHref({ ...d, area: { id, name: a.name } }, extra);
      const links: DocBlock[] =
        more > 0
          ? [
              {
                kind: "links",
                text: `${plural(more, "more open pledge")} in this area, not listed here.`,
                links: [
                  { label: "All of the area's pledges", href: areaList({}) },
                  ...(overdue ? [{ label: `Overdue (${overdue})`, href: areaList({ overdue: "1" }) }] : []),
                  ...(unconfirmed
                    ? [{ label: `Past target, unconfirmed (${unconfirmed})`, href: areaList({ unconfirmed: "1" }) }]
                    : []),
                ],
              },
            ]
          : [];
      return {
        id: `area-${id}`,
        heading: `${a.name} (${a.pledges.length} open)`,
        pageBreak: true,
        blocks: [
          {
            kind: "text",
            text: `${plural(a.pledges.length, "open pledge")}: ${overdue} overdue, ${unconfirmed} past target and unconfirmed, ${stale} without a report at the last two or more meetings.`,
          },
          { kind: "items", items: shown.map((p) => openItem(p, d.dialogue.partnerCountry)) },
          ...links,
        ],
        subsections: [],
      };
    }),
  };
}

// In the summary, the closed pledges are counted by status, with links to their lists.
function closedSummary(d: BriefingData): DocSection {
  const closed = d.pledges.filter((p) => !stillOpen(p));
  const count = (s: Status) => closed.filter((p) => p.status === s && !p.supersededBy).length;
  const superseded = closed.filter((p) => p.supersededBy).length;
  const links: DocLink[] = (["delivered", "dropped"] as const)
    .filter((s) => count(s) > 0)
    .map((s) => ({ label: `${STATUS_LABELS[s]} (${count(s)})`, href: listHref(d, { status: s }) }));
  const text = closed.length
    ? `${plural(count("delivered"), "pledge")} delivered, ${count("dropped")} dropped` +
      (superseded ? `, ${superseded} restated by a later pledge and counted under it` : "") +
      "."
    : "None yet.";
  return {
    id: "closed",
    heading: BRIEFING_HEADINGS.closed,
    pageBreak: true,
    blocks: [closed.length ? { kind: "links", text, links } : { kind: "text", text }],
    subsections: [],
  };
}

function closedSection(d: BriefingData, listed: BriefingPledge[] = d.pledges): DocSection {
  const closed = listed.filter((p) => !stillOpen(p));
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

// The full listing's order: open pledges by area (as the query orders them), then the rest.
function listingOrder(d: BriefingData): BriefingPledge[] {
  return [...d.pledges.filter(stillOpen), ...d.pledges.filter((p) => !stillOpen(p))];
}

// Builds the briefing document from its data: by default every pledge on one document (small
// data sets, the tests); the page and downloads ask for the summary or a page of the listing.
export function buildBriefing(d: BriefingData, form?: BriefingForm): BriefingDoc {
  const meta = [`As of ${formatDay(d.asOf)}`];
  if (d.lastMeeting) meta.push(`Last meeting: ${d.lastMeeting.title}, ${formatDay(d.lastMeeting.date)}`);
  if (d.evidenceUpTo) meta.push(`Evidence up to ${formatDay(d.evidenceUpTo)}`);
  if (d.area) meta.push(`Area: ${d.area.name}`);
  const head = { title: BRIEFING_TITLE, subtitle: d.dialogue.name, meta };
  if (form?.form === "summary") {
    return {
      ...head,
      sections: [
        figuresSection(d),
        changesSection(d, SUMMARY_CHANGES),
        openSection(d, d.pledges, form.perArea),
        closedSummary(d),
      ],
    };
  }
  if (form?.form === "full") {
    const all = listingOrder(d);
    const pages = Math.max(1, Math.ceil(all.length / form.perPage));
    const page = Math.min(Math.max(1, form.page), pages);
    const listed = all.slice((page - 1) * form.perPage, page * form.perPage);
    return {
      ...head,
      meta: [...meta, `Full listing, page ${page} of ${pages}`],
      listing: { page, pages },
      sections: [
        ...(page === 1 ? [figuresSection(d), changesSection(d)] : []),
        openSection(d, listed),
        closedSection(d, listed),
      ],
    };
  }
  return { ...head, sections: [figuresSection(d), changesSection(d), openSection(d), closedSection(d)] };
}

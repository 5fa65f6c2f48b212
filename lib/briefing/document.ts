import { createTranslator } from "next-intl";
import { formatDay } from "@/lib/domain/dates";
import { isOpen, type Side, type Status } from "@/lib/domain/status";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { BriefingForm } from "./forms";

// The briefing for the next meeting, as one document model that the page, the Markdown file
// and the PDF all render, so the three never disagree. It is written in the reader's language
// (the route's [locale]): every word from the briefing and status catalogues, names in
// Japanese where the database has them (English otherwise), quotes verbatim.

export type Evidence = {
  quote: string;
  paragraph: string | null;
  documentId: string | null;
  documentTitle: string | null;
  date: string | null;
  meeting: string | null;
  // The quoted document's language ("en", "ja"); English when not known.
  documentLanguage?: string;
  meetingJa?: string;
};

export type BriefingPledge = {
  id: string;
  title: string;
  // The Japanese names, where the database has them (optional: English stands in).
  titleJa?: string;
  side: Side;
  area: { id: string; name: string; nameJa?: string };
  status: Status;
  since: string;
  madeOn: string;
  madeAt: string;
  madeAtJa?: string;
  targetDate: string | null;
  // A report after the target found it open / the target passed with no later report.
  overdue: boolean;
  unconfirmed: boolean;
  // A meeting expected to report on it since its latest report is not in the collection.
  inCollectionGap: boolean;
  silent: number;
  evidence: Evidence | null;
  // The later pledge that restates this one with a new target, by the briefing's day.
  supersededBy: { id: string; title: string; titleJa?: string } | null;
};

export type BriefingChange = {
  updateId: string;
  pledge: { id: string; title: string; titleJa?: string };
  area: string;
  areaJa?: string;
  from: Status;
  to: Status;
  reportedOn: string;
  evidence: Evidence | null;
};

export type BriefingData = {
  dialogue: { id: string; name: string; partnerCountry: string; nameJa?: string; partnerCountryJa?: string };
  area: { id: string; name: string; nameJa?: string } | null;
  asOf: string;
  lastMeeting: { id: string; title: string; titleJa?: string; date: string } | null;
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

// `lang` on a text of the document: its language, given only when it is not the reader's (an
// English name standing in for a missing Japanese one, an English quote), so the page can
// mark it; the Markdown file and the PDF print the text as it is.
type DocQuote = {
  text: string;
  lang?: string;
  source: string;
  href?: string;
  // The quoted document's title, the start of `source`, when its language is not the reader's.
  document?: { title: string; lang: string };
};
export type DocItem = {
  title: string;
  lang?: string;
  href?: string;
  status?: Status;
  lines: string[];
  quote?: DocQuote;
};
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
  // The reader's language, which the document is written in.
  locale: Locale;
  title: string;
  subtitle: string;
  meta: string[];
  sections: DocSection[];
  // The full listing's page, when the document is one page of it.
  listing?: { page: number; pages: number };
};

const SUMMARY_CHANGES = 12;

// The briefing's words, in a language: built without a request (route handlers, scripts,
// tests), from the same catalogues the pages read.
function translators(locale: Locale) {
  const messages = messagesFor(locale);
  return {
    t: createTranslator({ locale, messages, namespace: "briefing.doc" }),
    s: createTranslator({ locale, messages, namespace: "status" }),
  };
}
type Translators = ReturnType<typeof translators>;
const TRANSLATORS = new Map<Locale, Translators>();

// The words the Markdown file and the PDF add around the document (table heads, the footer).
export function briefingWords(locale: Locale): Translators {
  let words = TRANSLATORS.get(locale);
  if (!words) TRANSLATORS.set(locale, (words = translators(locale)));
  return words;
}

const EN = messagesFor("en").briefing.doc;
export const BRIEFING_TITLE = EN.title;
export const BRIEFING_HEADINGS = EN.headings;

// Everything a section needs to write in the reader's language.
type Writer = Translators & {
  locale: Locale;
  day: (d: string) => string;
  // A name in the reader's language: the Japanese one where there is one.
  name: (en: string, ja: string | undefined) => string;
  // The language of that name when it is not the reader's (English standing in for Japanese).
  nameLang: (ja: string | undefined) => string | undefined;
  status: (s: Status) => string;
  side: (side: Side, d: BriefingData) => string;
};

function writer(locale: Locale): Writer {
  const words = briefingWords(locale);
  const ja = locale === "ja";
  return {
    ...words,
    locale,
    day: (d) => formatDay(d, locale),
    name: (en, jaName) => (ja && jaName) || en,
    nameLang: (jaName) => (ja && !jaName ? "en" : undefined),
    status: (s) => words.s(`label.${s}`),
    side: (side, d) => {
      const partner = (ja && d.dialogue.partnerCountryJa) || d.dialogue.partnerCountry;
      return side === "both" ? words.s("side.both", { partner }) : words.s(`side.${side}`, { partner });
    },
  };
}

const pct = (w: Writer, x: number) => w.t("figures.percent", { n: Math.round(x * 100) });

// "Joint Statement ..., para 15, 8 January 2016 (2nd 2+2)"
function evidenceSource(w: Writer, e: Evidence): string {
  const parts = [e.documentTitle ?? w.t("source.unknown")];
  if (e.paragraph) parts.push(/^\d/.test(e.paragraph) ? w.t("source.para", { label: e.paragraph }) : e.paragraph);
  if (e.date) parts.push(w.day(e.date));
  const source = parts.join(w.t("source.separator"));
  return e.meeting ? w.t("source.meeting", { source, meeting: w.name(e.meeting, e.meetingJa) }) : source;
}

function quoteOf(w: Writer, e: Evidence | null): DocQuote | undefined {
  if (!e) return undefined;
  const lang = e.documentLanguage ?? "en";
  const other = lang !== w.locale ? lang : undefined;
  return {
    text: e.quote,
    source: evidenceSource(w, e),
    href: e.documentId ? `/documents/${e.documentId}` : undefined,
    ...(other ? { lang: other } : {}),
    ...(other && e.documentTitle ? { document: { title: e.documentTitle, lang: other } } : {}),
  };
}

function openItem(w: Writer, p: BriefingPledge, d: BriefingData): DocItem {
  const sep = w.t("pledge.separator");
  const facts = [
    w.t("pledge.since", { status: w.status(p.status), day: w.day(p.since) }),
    w.t("pledge.madeAt", { meeting: w.name(p.madeAt, p.madeAtJa), day: w.day(p.madeOn) }),
    w.t("pledge.side", { side: w.side(p.side, d) }),
  ];
  const flags = [w.t("pledge.silence", { n: p.silent })];
  if (p.targetDate) {
    const day = w.day(p.targetDate);
    flags.push(
      p.overdue
        ? w.t("pledge.overdue", { day })
        : p.unconfirmed
          ? w.t(p.inCollectionGap ? "pledge.unconfirmedInGap" : "pledge.unconfirmed", { day })
          : w.t("pledge.target", { day }),
    );
  }
  return {
    title: w.name(p.title, p.titleJa),
    ...langOf(w, p.titleJa),
    href: `/pledges/${p.id}`,
    status: p.status,
    lines: [facts.join(sep), flags.join(sep)],
    quote: quoteOf(w, p.evidence),
  };
}

const langOf = (w: Writer, ja: string | undefined) => {
  const lang = w.nameLang(ja);
  return lang ? { lang } : {};
};

function changeItem(w: Writer, c: BriefingChange): DocItem {
  const moved =
    c.from === c.to
      ? w.t("change.still", { status: w.status(c.to).toLocaleLowerCase(w.locale) })
      : w.t("change.moved", { from: w.status(c.from), to: w.status(c.to) });
  return {
    title: w.name(c.pledge.title, c.pledge.titleJa),
    ...langOf(w, c.pledge.titleJa),
    href: `/pledges/${c.pledge.id}`,
    status: c.to,
    lines: [w.t("change.line", { moved, day: w.day(c.reportedOn), area: w.name(c.area, c.areaJa) })],
    quote: quoteOf(w, c.evidence),
  };
}

function figuresSection(w: Writer, d: BriefingData): DocSection {
  const f = d.figures;
  const items = [
    { label: w.t("figures.total"), value: String(f.total) },
    { label: w.t("figures.open"), value: String(f.open) },
    { label: w.status("delivered"), value: String(f.byStatus.delivered) },
    { label: w.status("in_progress"), value: String(f.byStatus.in_progress) },
    { label: w.status("partly_delivered"), value: String(f.byStatus.partly_delivered) },
    { label: w.status("stalled"), value: String(f.byStatus.stalled) },
    { label: w.s("deadline.overdue"), value: String(f.overdue) },
    { label: w.s("deadline.unconfirmed"), value: String(f.unconfirmed) },
    { label: w.t("figures.unconfirmedInGap"), value: String(f.unconfirmedInGap) },
    { label: w.t("figures.stale"), value: String(f.stale) },
    { label: w.t("figures.shareDelivered"), value: pct(w, f.shareDelivered) },
  ];
  const text =
    f.total === 0
      ? w.t("figures.none")
      : w.t("figures.text", {
          total: f.total,
          day: w.day(d.asOf),
          delivered: f.byStatus.delivered,
          share: pct(w, f.shareDelivered),
          open: f.open,
          overdue: f.overdue,
          unconfirmed: f.unconfirmed,
          inGap: f.unconfirmedInGap ? w.t("figures.inGap", { n: f.unconfirmedInGap }) : "",
          stale: f.stale,
          superseded: f.superseded ? w.t("figures.superseded", { n: f.superseded }) : "",
          evidence: d.evidenceUpTo ? w.t("figures.evidence", { day: w.day(d.evidenceUpTo) }) : "",
        });
  return {
    id: "figures",
    heading: w.t("headings.figures"),
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

function changesSection(w: Writer, d: BriefingData, limit: number | null = null): DocSection {
  const base = { id: "changes", heading: w.t("headings.changes") };
  if (!d.lastMeeting) {
    return {
      ...base,
      blocks: [{ kind: "text", text: w.t("changes.noMeeting", { day: w.day(d.asOf) }) }],
      subsections: [],
    };
  }
  const last = d.lastMeeting;
  const moved = d.changes.filter((c) => c.from !== c.to);
  const confirmed = d.changes.filter((c) => c.from === c.to);
  const made = d.pledges.filter((p) => p.madeOn >= last.date);
  const intro = w.t("changes.intro", {
    meeting: w.name(last.title, last.titleJa),
    day: w.day(last.date),
    moved: moved.length,
    confirmed: confirmed.length,
    made: made.length,
  });
  const rest = (n: number): DocBlock => ({
    kind: "links",
    text: w.t("changes.more", { n }),
    links: [{ label: w.t("changes.fullListing"), href: fullListingHref(d) }],
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
      sub(
        "status-changes",
        w.t("headings.statusChanges"),
        moved.map((c) => changeItem(w, c)),
        w.t("changes.noStatusChanged"),
      ),
      sub(
        "confirmed",
        w.t("headings.confirmed"),
        confirmed.map((c) => changeItem(w, c)),
        w.t("changes.none"),
      ),
      sub(
        "new-pledges",
        w.t("headings.newPledges"),
        made.map((p) => ({
          ...openItem(w, p, d),
          lines: [w.t("pledge.made", { area: w.name(p.area.name, p.area.nameJa), side: w.side(p.side, d) })],
        })),
        w.t("changes.none"),
      ),
    ],
  };
}

// A superseded pledge counts once, under its successor: with the closed ones even if it was
// left open, so the sections agree with the figures.
const stillOpen = (p: BriefingPledge) => isOpen(p.status) && !p.supersededBy;

// `listed`: the pledges to list (all, or one page of the full listing); `perArea`: in the
// summary, how many of each area's open pledges to list, most in need of attention first.
function openSection(
  w: Writer,
  d: BriefingData,
  listed: BriefingPledge[] = d.pledges,
  perArea: number | null = null,
): DocSection {
  const open = listed.filter(stillOpen);
  const areas = new Map<string, { area: BriefingPledge["area"]; pledges: BriefingPledge[] }>();
  for (const p of open) {
    const entry = areas.get(p.area.id) ?? { area: p.area, pledges: [] };
    entry.pledges.push(p);
    areas.set(p.area.id, entry);
  }
  return {
    id: "open",
    heading: w.t("headings.open"),
    blocks: open.length ? [] : [{ kind: "text", text: w.t("open.none") }],
    subsections: [...areas].map(([id, a]) => {
      const overdue = a.pledges.filter((p) => p.overdue).length;
      const unconfirmed = a.pledges.filter((p) => p.unconfirmed).length;
      const stale = a.pledges.filter((p) => p.silent >= 2).length;
      const shown = perArea === null ? a.pledges : byAttention(a.pledges).slice(0, perArea);
      const more = a.pledges.length - shown.length;
      const areaList = (extra: Record<string, string>) => listHref({ ...d, area: a.area }, extra);
      const links: DocBlock[] =
        more > 0
          ? [
              {
                kind: "links",
                text: w.t("open.more", { n: more }),
                links: [
                  { label: w.t("open.all"), href: areaList({}) },
                  ...(overdue
                    ? [
                        {
                          label: w.t("count", { label: w.s("deadline.overdue"), n: overdue }),
                          href: areaList({ overdue: "1" }),
                        },
                      ]
                    : []),
                  ...(unconfirmed
                    ? [
                        {
                          label: w.t("count", { label: w.s("deadline.unconfirmed"), n: unconfirmed }),
                          href: areaList({ unconfirmed: "1" }),
                        },
                      ]
                    : []),
                ],
              },
            ]
          : [];
      return {
        id: `area-${id}`,
        heading: w.t("open.heading", { area: w.name(a.area.name, a.area.nameJa), n: a.pledges.length }),
        pageBreak: true,
        blocks: [
          { kind: "text", text: w.t("open.text", { n: a.pledges.length, overdue, unconfirmed, stale }) },
          { kind: "items", items: shown.map((p) => openItem(w, p, d)) },
          ...links,
        ],
        subsections: [],
      };
    }),
  };
}

// In the summary, the closed pledges are counted by status, with links to their lists.
function closedSummary(w: Writer, d: BriefingData): DocSection {
  const closed = d.pledges.filter((p) => !stillOpen(p));
  const count = (s: Status) => closed.filter((p) => p.status === s && !p.supersededBy).length;
  const superseded = closed.filter((p) => p.supersededBy).length;
  const links: DocLink[] = (["delivered", "dropped"] as const)
    .filter((s) => count(s) > 0)
    .map((s) => ({ label: w.t("count", { label: w.status(s), n: count(s) }), href: listHref(d, { status: s }) }));
  const text = closed.length
    ? w.t("closed.text", {
        delivered: count("delivered"),
        dropped: count("dropped"),
        superseded: superseded ? w.t("closed.superseded", { n: superseded }) : "",
      })
    : w.t("closed.none");
  return {
    id: "closed",
    heading: w.t("headings.closed"),
    pageBreak: true,
    blocks: [closed.length ? { kind: "links", text, links } : { kind: "text", text }],
    subsections: [],
  };
}

function closedSection(w: Writer, d: BriefingData, listed: BriefingPledge[] = d.pledges): DocSection {
  const closed = listed.filter((p) => !stillOpen(p));
  const items: DocItem[] = closed.map((p) => {
    const line = w.t("pledge.closed", {
      status: w.status(p.status),
      day: w.day(p.since),
      area: w.name(p.area.name, p.area.nameJa),
    });
    return {
      title: w.name(p.title, p.titleJa),
      ...langOf(w, p.titleJa),
      href: `/pledges/${p.id}`,
      status: p.status,
      lines: [
        p.supersededBy
          ? w.t("pledge.supersededBy", { line, title: w.name(p.supersededBy.title, p.supersededBy.titleJa) })
          : line,
      ],
    };
  });
  return {
    id: "closed",
    heading: w.t("headings.closed"),
    pageBreak: true,
    blocks: [items.length ? { kind: "items", items } : { kind: "text", text: w.t("closed.none") }],
    subsections: [],
  };
}

// The full listing's order: open pledges by area (as the query orders them), then the rest.
function listingOrder(d: BriefingData): BriefingPledge[] {
  return [...d.pledges.filter(stillOpen), ...d.pledges.filter((p) => !stillOpen(p))];
}

// Builds the briefing document from its data, in the reader's language (English by default):
// by default every pledge on one document (small data sets, the tests); the page and
// downloads ask for the summary or a page of the listing.
export function buildBriefing(d: BriefingData, form?: BriefingForm, locale: Locale = "en"): BriefingDoc {
  const w = writer(locale);
  const meta = [w.t("meta.asOf", { day: w.day(d.asOf) })];
  if (d.lastMeeting)
    meta.push(
      w.t("meta.lastMeeting", {
        meeting: w.name(d.lastMeeting.title, d.lastMeeting.titleJa),
        day: w.day(d.lastMeeting.date),
      }),
    );
  if (d.evidenceUpTo) meta.push(w.t("meta.evidenceUpTo", { day: w.day(d.evidenceUpTo) }));
  if (d.area) meta.push(w.t("meta.area", { area: w.name(d.area.name, d.area.nameJa) }));
  const head = { locale, title: w.t("title"), subtitle: w.name(d.dialogue.name, d.dialogue.nameJa), meta };
  if (form?.form === "summary") {
    return {
      ...head,
      sections: [
        figuresSection(w, d),
        changesSection(w, d, SUMMARY_CHANGES),
        openSection(w, d, d.pledges, form.perArea),
        closedSummary(w, d),
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
      meta: [...meta, w.t("meta.listing", { page, pages })],
      listing: { page, pages },
      sections: [
        ...(page === 1 ? [figuresSection(w, d), changesSection(w, d)] : []),
        openSection(w, d, listed),
        closedSection(w, d, listed),
      ],
    };
  }
  return {
    ...head,
    sections: [figuresSection(w, d), changesSection(w, d), openSection(w, d), closedSection(w, d)],
  };
}

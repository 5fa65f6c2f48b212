import { dataSetScope, evidenceUpTo, headlineFigures } from "@/lib/data/cached";
import { formatDay } from "@/lib/domain/dates";
import type { PledgeFilters } from "@/lib/data/filters";
import { filtersToSearch } from "@/lib/data/filters";
import { Link } from "@/lib/i18n/navigation";

// The dashboard's headline numbers, each linking to the pledges behind it.
export async function HeadlineFigures({ filters }: { filters: PledgeFilters }) {
  const [f, evidence, scope] = await Promise.all([
    headlineFigures(filters),
    evidenceUpTo(filters.dialogue),
    dataSetScope(filters),
  ]);
  const items = [
    {
      label: "Pledges",
      value: f.total,
      href: `/pledges${filtersToSearch(filters)}`,
      // One count everywhere: the card counts a restated pledge once, and says so where it stands.
      note:
        scope.superseded > 0
          ? `of ${scope.pledges} recorded: ${scope.superseded} restated by a later pledge, counted once`
          : undefined,
    },
    {
      label: "Delivered",
      value: f.byStatus.delivered,
      href: `/pledges${filtersToSearch({ ...filters, status: "delivered" })}`,
    },
    {
      label: "In progress",
      value: f.byStatus.in_progress,
      href: `/pledges${filtersToSearch({ ...filters, status: "in_progress" })}`,
    },
    {
      label: "Stalled",
      value: f.byStatus.stalled,
      href: `/pledges${filtersToSearch({ ...filters, status: "stalled" })}`,
    },
    { label: "Overdue", value: f.overdue, href: `/pledges${filtersToSearch({ ...filters, overdue: true })}` },
    {
      label: "Past target, unconfirmed",
      value: f.unconfirmed,
      href: `/pledges${filtersToSearch({ ...filters, unconfirmed: true })}`,
    },
    { label: "Share delivered", value: `${Math.round(f.shareDelivered * 100)}%`, href: null },
  ];
  return (
    <>
      <ul className="figures" aria-label="Headline figures">
        {items.map((i) => (
          <li className="figure" key={i.label} data-testid={`figure-${i.label.toLowerCase().replace(/,? /g, "-")}`}>
            <span className="figure-value">{i.href ? <Link href={i.href}>{i.value}</Link> : i.value}</span>
            <span className="figure-label">{i.label}</span>
            {"note" in i && i.note && <span className="figure-note muted small">{i.note}</span>}
          </li>
        ))}
      </ul>
      <p className="muted small" data-testid="evidence-up-to">
        {evidence
          ? `Evidence up to ${formatDay(evidence)} (the latest reviewed meeting or dated report). `
          : "No reviewed evidence yet. "}
        Overdue: a report after the target date found the pledge unfinished. Past target, unconfirmed: the target passed
        and no later source says either way.
      </p>
      <CollectionGapNote filters={filters} unconfirmed={f.unconfirmed} inGap={f.unconfirmedInGap} />
      <p className="muted small" data-testid="data-set-scope">
        What the data set holds: {scope.pledges} pledges recorded from {scope.meetings} meetings; {scope.notTwoPlusTwo}{" "}
        of the pledges come from contacts that are not 2+2 meetings (defence ministers&rsquo; calls, forums, service
        chiefs&rsquo; talks), often known through a single digest, so they show what was said once rather than a track
        record.
        {scope.notCollected > 0 &&
          ` ${scope.notCollected} meeting${scope.notCollected === 1 ? " is recorded without its statement" : "s are recorded without their statements"} (not collected).`}
        {scope.superseded > 0 &&
          ` ${scope.superseded} pledge${scope.superseded === 1 ? " was" : "s were"} restated by a later pledge with a new target; the figures count each such commitment once, under the later pledge (${scope.pledges - scope.superseded} pledges).`}
      </p>
    </>
  );
}

// How much of "past target, unconfirmed" rests on the collection rather than on delivery: the
// pledges whose expected report is in a meeting whose statement is not collected, with a link
// that leaves them out (or brings them back).
function CollectionGapNote({
  filters,
  unconfirmed,
  inGap,
}: {
  filters: PledgeFilters;
  unconfirmed: number;
  inGap: number;
}) {
  if (filters.gap === "exclude")
    return (
      <p className="muted small" data-testid="collection-gap">
        Leaving out the pledges past target, unconfirmed, that fall in a gap of the collection (a meeting expected to
        report on them is recorded without its statement).{" "}
        <Link href={`/${filtersToSearch({ ...filters, gap: undefined })}`}>Include them</Link>.
      </p>
    );
  if (inGap === 0) return null;
  return (
    <p className="muted small" data-testid="collection-gap">
      <Link href={`/pledges${filtersToSearch({ ...filters, unconfirmed: true, gap: "only" })}`}>
        {inGap} of the {unconfirmed}
      </Link>{" "}
      past target, unconfirmed fall in a gap of the collection: a meeting expected to report on them is recorded without
      its statement, so the figure reflects the collection, not delivery.{" "}
      <Link href={`/${filtersToSearch({ ...filters, gap: "exclude" })}`}>Leave them out</Link>.
    </p>
  );
}

export function FiguresSkeleton() {
  return (
    <div className="panel muted" aria-busy="true">
      Loading figures…
    </div>
  );
}

import Link from "next/link";
import { FilterSelect, toOptions } from "@/components/filter-select";
import { STATUSES, STATUS_LABELS } from "@/lib/domain/status";
import type { PledgeFilters } from "@/lib/data/filters";
import { PLEDGE_SORTS, type PledgeSort } from "@/lib/domain/pledge-sort";

type Option = { id: string; name: string };

const SIDE_OPTIONS = [
  { value: "japan", label: "Japan" },
  { value: "partner", label: "Partner country" },
  { value: "both", label: "Both" },
];
const DIRECTIONS = [
  { value: "asc", label: "Ascending" },
  { value: "desc", label: "Descending" },
];

// The pledge filters as a GET form: every choice lands in the URL, so a view can be shared.
export function PledgeFilterForm({
  filters,
  sort,
  dir,
  dialogues,
  meetings,
  areas,
  tags,
}: {
  filters: PledgeFilters;
  sort: PledgeSort;
  dir: "asc" | "desc";
  dialogues: Option[];
  meetings: (Option & { date: string })[];
  areas: Option[];
  tags: { id: string; label: string }[];
}) {
  return (
    <form method="get" className="filters panel" aria-label="Filter pledges">
      {filters.asof && <input type="hidden" name="asof" value={filters.asof} />}
      <label>
        Search title and text
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="e.g. missile" />
      </label>
      <FilterSelect
        label="Dialogue"
        name="dialogue"
        value={filters.dialogue}
        any="All"
        options={toOptions(dialogues)}
      />
      <FilterSelect
        label="Made at meeting"
        name="meeting"
        value={filters.meeting}
        any="Any"
        options={meetings.map((m) => ({ value: m.id, label: `${m.date.slice(0, 4)} · ${m.name}` }))}
      />
      <FilterSelect label="Area" name="area" value={filters.area} any="All" options={toOptions(areas)} />
      <FilterSelect
        label="Status"
        name="status"
        value={filters.status}
        any="Any"
        options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
      />
      <FilterSelect label="Side" name="side" value={filters.side} any="Any" options={SIDE_OPTIONS} />
      <FilterSelect
        label="Tag"
        name="tag"
        value={filters.tag}
        any="Any"
        options={tags.map((t) => ({ value: t.id, label: t.label }))}
      />
      <FilterSelect
        label="Sort by"
        name="sort"
        value={sort}
        options={Object.entries(PLEDGE_SORTS).map(([value, label]) => ({ value, label }))}
      />
      <FilterSelect label="Order" name="dir" value={dir} options={DIRECTIONS} />
      <label style={{ flexDirection: "row", alignItems: "center", gap: ".35rem" }}>
        <input type="checkbox" name="overdue" value="1" defaultChecked={!!filters.overdue} /> Overdue only
      </label>
      <label style={{ flexDirection: "row", alignItems: "center", gap: ".35rem" }}>
        <input type="checkbox" name="unconfirmed" value="1" defaultChecked={!!filters.unconfirmed} /> Past target,
        unconfirmed only
      </label>
      <button type="submit">Apply</button>
      <Link className="button secondary" href="/pledges">
        Clear
      </Link>
    </form>
  );
}

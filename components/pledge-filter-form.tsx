import { Link } from "@/lib/i18n/navigation";
import { FilterForm } from "@/components/filter-form";
import { FilterSelect, toOptions } from "@/components/filter-select";
import type { FilterChip } from "@/components/active-filters";
import { STATUSES, STATUS_LABELS } from "@/lib/domain/status";
import type { PledgeFilters } from "@/lib/data/filters";
import { DEFAULT_SORT, PLEDGE_SORTS, defaultDirection, type PledgeSort } from "@/lib/domain/pledge-sort";

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

// The pledge filters: every choice lands in the URL as it is made, so a view can be shared.
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
    // Keyed on the choices in force, so its fields follow a chip or the back button (not on
    // the search text, so typing keeps its focus while the list follows).
    <FilterForm label="Filter pledges" key={JSON.stringify({ ...filters, q: undefined, sort, dir })}>
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
        omitWhen={DEFAULT_SORT}
        options={Object.entries(PLEDGE_SORTS).map(([value, label]) => ({ value, label }))}
      />
      <FilterSelect label="Order" name="dir" value={dir} options={DIRECTIONS} omitWhen={defaultDirection(sort)} />
      <FilterSelect
        label="Past target, unconfirmed, in a collection gap"
        name="gap"
        value={filters.gap}
        any="Include"
        options={[
          { value: "exclude", label: "Leave out" },
          { value: "only", label: "Only these" },
        ]}
      />
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
    </FilterForm>
  );
}

// The chips for the filters in force, named as the form names them.
export function filterChips(
  filters: PledgeFilters,
  names: {
    dialogues: Option[];
    meetings: { id: string; title: string }[];
    areas: Option[];
    tags: { id: string; label: string }[];
  },
): FilterChip[] {
  // A chosen id's display name (the id itself if it names nothing any more).
  const nameOf = (xs: { id: string; name?: string; title?: string; label?: string }[], id: string) => {
    const x = xs.find((y) => y.id === id);
    return x?.name ?? x?.title ?? x?.label ?? id;
  };
  const chips: FilterChip[] = [];
  if (filters.q) chips.push({ name: "q", label: "Search", value: `“${filters.q}”` });
  if (filters.dialogue)
    chips.push({
      name: "dialogue",
      label: "Dialogue",
      value: nameOf(names.dialogues, filters.dialogue),
    });
  if (filters.meeting)
    chips.push({
      name: "meeting",
      label: "Made at",
      value: nameOf(names.meetings, filters.meeting),
    });
  if (filters.area) chips.push({ name: "area", label: "Area", value: nameOf(names.areas, filters.area) });
  if (filters.status) chips.push({ name: "status", label: "Status", value: STATUS_LABELS[filters.status] });
  if (filters.side)
    chips.push({
      name: "side",
      label: "Side",
      value: SIDE_OPTIONS.find((o) => o.value === filters.side)?.label ?? filters.side,
    });
  if (filters.tag)
    chips.push({
      name: "tag",
      label: "Tag",
      value: nameOf(names.tags, filters.tag),
    });
  if (filters.overdue) chips.push({ name: "overdue", label: "Overdue", value: "only" });
  if (filters.unconfirmed) chips.push({ name: "unconfirmed", label: "Past target, unconfirmed", value: "only" });
  if (filters.gap)
    chips.push({
      name: "gap",
      label: "In a collection gap",
      value: filters.gap === "only" ? "only these" : "left out",
    });
  if (filters.from) chips.push({ name: "from", label: "Made from", value: filters.from });
  if (filters.to) chips.push({ name: "to", label: "Made until", value: filters.to });
  return chips;
}

import { FilterSelect, toOptions } from "@/components/filter-select";
import type { PledgeFilters } from "@/lib/data/filters";
import { formatDay } from "@/lib/domain/dates";
import { Link } from "@/lib/i18n/navigation";

type Option = { id: string; name: string };

// The charts' filters as a GET form (dialogue, area, side, meeting range), so a view can be
// shared and printed as it is. The range picks meetings; their dates go in the URL.
export function ChartFilterForm({
  filters,
  dialogues,
  areas,
  meetings,
  partnerCountry,
}: {
  filters: PledgeFilters;
  dialogues: Option[];
  areas: Option[];
  meetings: { id: string; title: string; date: string }[];
  partnerCountry: string;
}) {
  const dates = [...new Map(meetings.map((m) => [m.date, m])).values()].sort((a, b) => a.date.localeCompare(b.date));
  const meetingOptions = dates.map((m) => ({ value: m.date, label: `${formatDay(m.date)} · ${m.title}` }));
  return (
    <form method="get" className="filters panel" aria-label="Filter the charts">
      <FilterSelect
        label="Dialogue"
        name="dialogue"
        value={filters.dialogue}
        any="All dialogues"
        options={toOptions(dialogues)}
      />
      <FilterSelect label="Area" name="area" value={filters.area} any="All areas" options={toOptions(areas)} />
      <FilterSelect
        label="Undertaken by"
        name="side"
        value={filters.side}
        any="Any side"
        options={[
          { value: "japan", label: "Japan" },
          { value: "partner", label: partnerCountry },
          { value: "both", label: "Both" },
        ]}
      />
      <FilterSelect label="From meeting" name="from" value={filters.from} any="The first" options={meetingOptions} />
      <FilterSelect label="To meeting" name="to" value={filters.to} any="The latest" options={meetingOptions} />
      <button type="submit">Apply</button>
      <Link className="button secondary" href="/charts">
        Clear
      </Link>
    </form>
  );
}

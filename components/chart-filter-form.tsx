import type { PledgeFilters } from "@/lib/data/filters";
import { formatDay } from "@/lib/domain/dates";

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
  return (
    <form method="get" className="filters panel" aria-label="Filter the charts">
      <label>
        Dialogue
        <select name="dialogue" defaultValue={filters.dialogue ?? ""}>
          <option value="">All dialogues</option>
          {dialogues.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Area
        <select name="area" defaultValue={filters.area ?? ""}>
          <option value="">All areas</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Undertaken by
        <select name="side" defaultValue={filters.side ?? ""}>
          <option value="">Any side</option>
          <option value="japan">Japan</option>
          <option value="partner">{partnerCountry}</option>
          <option value="both">Both</option>
        </select>
      </label>
      <label>
        From meeting
        <select name="from" defaultValue={filters.from ?? ""}>
          <option value="">The first</option>
          {dates.map((m) => (
            <option key={m.date} value={m.date}>
              {formatDay(m.date)} · {m.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        To meeting
        <select name="to" defaultValue={filters.to ?? ""}>
          <option value="">The latest</option>
          {dates.map((m) => (
            <option key={m.date} value={m.date}>
              {formatDay(m.date)} · {m.title}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Apply</button>
      <a className="button secondary" href="/charts">
        Clear
      </a>
    </form>
  );
}

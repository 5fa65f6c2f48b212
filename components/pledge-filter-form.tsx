import Link from "next/link";
import { STATUSES, STATUS_LABELS } from "@/lib/domain/status";
import type { PledgeFilters } from "@/lib/data/filters";
import { PLEDGE_SORTS, type PledgeSort } from "@/lib/data/pledges";

type Option = { id: string; name: string };

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
      <label>
        Search title and text
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="e.g. missile" />
      </label>
      <label>
        Dialogue
        <select name="dialogue" defaultValue={filters.dialogue ?? ""}>
          <option value="">All</option>
          {dialogues.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Made at meeting
        <select name="meeting" defaultValue={filters.meeting ?? ""}>
          <option value="">Any</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.date.slice(0, 4)} · {m.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Area
        <select name="area" defaultValue={filters.area ?? ""}>
          <option value="">All</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select name="status" defaultValue={filters.status ?? ""}>
          <option value="">Any</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Side
        <select name="side" defaultValue={filters.side ?? ""}>
          <option value="">Any</option>
          <option value="japan">Japan</option>
          <option value="partner">Partner country</option>
          <option value="both">Both</option>
        </select>
      </label>
      <label>
        Tag
        <select name="tag" defaultValue={filters.tag ?? ""}>
          <option value="">Any</option>
          {tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sort by
        <select name="sort" defaultValue={sort}>
          {Object.entries(PLEDGE_SORTS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        Order
        <select name="dir" defaultValue={dir}>
          <option value="asc">Ascending</option>
          <option value="desc">Descending</option>
        </select>
      </label>
      <label style={{ flexDirection: "row", alignItems: "center", gap: ".35rem" }}>
        <input type="checkbox" name="overdue" value="1" defaultChecked={!!filters.overdue} /> Overdue only
      </label>
      <button type="submit">Apply</button>
      <Link className="button secondary" href="/pledges">
        Clear
      </Link>
    </form>
  );
}

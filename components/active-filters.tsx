import { Link } from "@/lib/i18n/navigation";
import { withoutFilter } from "@/lib/domain/filter-query";

export type FilterChip = { name: string; label: string; value: string };

// The filters in force, each with a link that removes it, and one that clears them all:
// what a reader sees is what the URL says.
export function ActiveFilters({ path, query, chips }: { path: string; query: string; chips: FilterChip[] }) {
  if (chips.length === 0) return null;
  return (
    <div className="active-filters no-print" data-testid="active-filters">
      <span className="muted small">Filtered by</span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.name}>
            <span>
              {chip.label}: <strong>{chip.value}</strong>
            </span>{" "}
            <Link
              href={`${path}${withoutFilter(query, chip.name)}`}
              aria-label={`Remove the filter ${chip.label}: ${chip.value}`}
              className="chip-remove"
              scroll={false}
            >
              ×
            </Link>
          </li>
        ))}
      </ul>
      <Link href={path} className="small" scroll={false}>
        Clear all filters
      </Link>
    </div>
  );
}

import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { withoutFilter } from "@/lib/domain/filter-query";

// `lang`: the value's language where it is not the page's (an English name or tag).
export type FilterChip = { name: string; label: string; value: string; lang?: string };

// The filters in force, each with a link that removes it, and one that clears them all:
// what a reader sees is what the URL says.
export function ActiveFilters({ path, query, chips }: { path: string; query: string; chips: FilterChip[] }) {
  const t = useTranslations("filters.active");
  if (chips.length === 0) return null;
  return (
    <div className="active-filters no-print" data-testid="active-filters">
      <span className="muted small">{t("filteredBy")}</span>
      <ul>
        {chips.map((chip) => (
          <li key={chip.name}>
            <span>
              {chip.label}: <strong lang={chip.lang}>{chip.value}</strong>
            </span>{" "}
            <Link
              href={`${path}${withoutFilter(query, chip.name)}`}
              aria-label={t("remove", { label: chip.label, value: chip.value })}
              className="chip-remove"
              scroll={false}
            >
              ×
            </Link>
          </li>
        ))}
      </ul>
      <Link href={path} className="small" scroll={false}>
        {t("clearAll")}
      </Link>
    </div>
  );
}

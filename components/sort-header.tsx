import { Link } from "@/lib/i18n/navigation";
import { defaultDirection, type PledgeSort } from "@/lib/domain/pledge-sort";

// A column header that sorts the pledge list by its column: a click sorts by it (in the
// column's first direction), a second click reverses; aria-sort says the order in force.
export function SortHeader({
  label,
  sortKey,
  current,
  dir,
  hrefFor,
}: {
  label: string;
  sortKey: PledgeSort;
  current: PledgeSort;
  dir: "asc" | "desc";
  hrefFor: (sort: PledgeSort, dir: "asc" | "desc") => string;
}) {
  const active = current === sortKey;
  const next = active ? (dir === "asc" ? "desc" : "asc") : defaultDirection(sortKey);
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={hrefFor(sortKey, next)} scroll={false} className="sort-link">
        {label}
        <span aria-hidden="true">{active ? (dir === "asc" ? " ▲" : " ▼") : ""}</span>
      </Link>
    </th>
  );
}

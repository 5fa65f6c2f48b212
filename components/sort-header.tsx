import Link from "next/link";

// A column header that sorts the list by its column: a click sorts by it (ascending for
// names, newest first for dates), a second click reverses; aria-sort says the order in force.
export function SortHeader({
  label,
  sortKey,
  current,
  dir,
  defaultDir,
  hrefFor,
}: {
  label: string;
  sortKey: string;
  current: string;
  dir: "asc" | "desc";
  defaultDir: "asc" | "desc";
  hrefFor: (sort: string, dir: "asc" | "desc") => string;
}) {
  const active = current === sortKey;
  const next = active ? (dir === "asc" ? "desc" : "asc") : defaultDir;
  return (
    <th scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={hrefFor(sortKey, next)} scroll={false} className="sort-link">
        {label}
        <span aria-hidden="true">{active ? (dir === "asc" ? " ▲" : " ▼") : ""}</span>
      </Link>
    </th>
  );
}

import { headlineFigures } from "@/lib/data/aggregates";
import type { PledgeFilters } from "@/lib/data/filters";
import { filtersToSearch } from "@/lib/data/filters";
import Link from "next/link";

// The dashboard's headline numbers, each linking to the pledges behind it.
export async function HeadlineFigures({ filters }: { filters: PledgeFilters }) {
  const f = await headlineFigures(filters);
  const items = [
    { label: "Pledges", value: f.total, href: `/pledges${filtersToSearch(filters)}` },
    { label: "Delivered", value: f.byStatus.delivered, href: `/pledges${filtersToSearch({ ...filters, status: "delivered" })}` },
    { label: "In progress", value: f.byStatus.in_progress, href: `/pledges${filtersToSearch({ ...filters, status: "in_progress" })}` },
    { label: "Stalled", value: f.byStatus.stalled, href: `/pledges${filtersToSearch({ ...filters, status: "stalled" })}` },
    { label: "Overdue", value: f.overdue, href: `/pledges${filtersToSearch({ ...filters, overdue: true })}` },
    { label: "Share delivered", value: `${Math.round(f.shareDelivered * 100)}%`, href: null },
  ];
  return (
    <ul className="figures" aria-label="Headline figures">
      {items.map((i) => (
        <li className="figure" key={i.label} data-testid={`figure-${i.label.toLowerCase().replace(/ /g, "-")}`}>
          <span className="figure-value">{i.href ? <Link href={i.href}>{i.value}</Link> : i.value}</span>
          <span className="figure-label">{i.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function FiguresSkeleton() {
  return <div className="panel muted" aria-busy="true">Loading figures…</div>;
}

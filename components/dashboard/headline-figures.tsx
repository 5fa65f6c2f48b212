import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { dataSetScope, evidenceUpTo, headlineFigures } from "@/lib/data/cached";
import { formatDay } from "@/lib/domain/dates";
import type { PledgeFilters } from "@/lib/data/filters";
import { filtersToSearch } from "@/lib/data/filters";
import { Link } from "@/lib/i18n/navigation";

// The dashboard's headline numbers, each linking to the pledges behind it.
export async function HeadlineFigures({ filters }: { filters: PledgeFilters }) {
  const [f, evidence, scope, t, locale] = await Promise.all([
    headlineFigures(filters),
    evidenceUpTo(filters.dialogue),
    dataSetScope(filters),
    getTranslations("dashboard"),
    getLocale(),
  ]);
  // `id` names the figure's test id, the same in every language.
  const items = [
    {
      id: "pledges",
      label: t("figures.pledges"),
      value: f.total,
      href: `/pledges${filtersToSearch(filters)}`,
      // One count everywhere: the card counts a restated pledge once, and says so where it stands.
      note:
        scope.superseded > 0
          ? t("figures.pledgesNote", { pledges: scope.pledges, superseded: scope.superseded })
          : undefined,
    },
    {
      id: "delivered",
      label: t("figures.delivered"),
      value: f.byStatus.delivered,
      href: `/pledges${filtersToSearch({ ...filters, status: "delivered" })}`,
    },
    {
      id: "in-progress",
      label: t("figures.inProgress"),
      value: f.byStatus.in_progress,
      href: `/pledges${filtersToSearch({ ...filters, status: "in_progress" })}`,
    },
    {
      id: "stalled",
      label: t("figures.stalled"),
      value: f.byStatus.stalled,
      href: `/pledges${filtersToSearch({ ...filters, status: "stalled" })}`,
    },
    {
      id: "overdue",
      label: t("figures.overdue"),
      value: f.overdue,
      href: `/pledges${filtersToSearch({ ...filters, overdue: true })}`,
    },
    {
      id: "past-target-unconfirmed",
      label: t("figures.unconfirmed"),
      value: f.unconfirmed,
      href: `/pledges${filtersToSearch({ ...filters, unconfirmed: true })}`,
    },
    {
      id: "share-delivered",
      label: t("figures.shareDelivered"),
      value: `${Math.round(f.shareDelivered * 100)}%`,
      href: null,
    },
  ];
  return (
    <>
      <ul className="figures" aria-label={t("figures.label")}>
        {items.map((i) => (
          <li className="figure" key={i.id} data-testid={`figure-${i.id}`}>
            <span className="figure-value">{i.href ? <Link href={i.href}>{i.value}</Link> : i.value}</span>
            <span className="figure-label">{i.label}</span>
            {"note" in i && i.note && <span className="figure-note muted small">{i.note}</span>}
          </li>
        ))}
      </ul>
      <p className="muted small" data-testid="evidence-up-to">
        {evidence ? t("evidence.upTo", { date: formatDay(evidence, locale) }) : t("evidence.none")}{" "}
        {t("evidence.definitions")}
      </p>
      <CollectionGapNote filters={filters} unconfirmed={f.unconfirmed} inGap={f.unconfirmedInGap} />
      <p className="muted small" data-testid="data-set-scope">
        {t("scope.holds", { pledges: scope.pledges, meetings: scope.meetings, notTwoPlusTwo: scope.notTwoPlusTwo })}
        {scope.notCollected > 0 && <> {t("scope.notCollected", { count: scope.notCollected })}</>}
        {scope.superseded > 0 && (
          <> {t("scope.superseded", { count: scope.superseded, counted: scope.pledges - scope.superseded })}</>
        )}
      </p>
    </>
  );
}

// How much of "past target, unconfirmed" rests on the collection rather than on delivery: the
// pledges whose expected report is in a meeting whose statement is not collected, with a link
// that leaves them out (or brings them back).
function CollectionGapNote({
  filters,
  unconfirmed,
  inGap,
}: {
  filters: PledgeFilters;
  unconfirmed: number;
  inGap: number;
}) {
  const t = useTranslations("dashboard.gap");
  if (filters.gap === "exclude")
    return (
      <p className="muted small" data-testid="collection-gap">
        {t.rich("excluded", {
          link: (chunks) => <Link href={`/${filtersToSearch({ ...filters, gap: undefined })}`}>{chunks}</Link>,
        })}
      </p>
    );
  if (inGap === 0) return null;
  return (
    <p className="muted small" data-testid="collection-gap">
      {t.rich("inGap", {
        inGap,
        unconfirmed,
        link: (chunks) => (
          <Link href={`/pledges${filtersToSearch({ ...filters, unconfirmed: true, gap: "only" })}`}>{chunks}</Link>
        ),
        leave: (chunks) => <Link href={`/${filtersToSearch({ ...filters, gap: "exclude" })}`}>{chunks}</Link>,
      })}
    </p>
  );
}

export function FiguresSkeleton() {
  const t = useTranslations("dashboard.figures");
  return (
    <div className="panel muted" aria-busy="true">
      {t("loading")}
    </div>
  );
}

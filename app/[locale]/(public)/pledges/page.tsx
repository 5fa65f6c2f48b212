import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listAreas, listTags } from "@/lib/data/areas";
import { listDialogues, listMeetings } from "@/lib/data/cached";
import { filtersToSearch } from "@/lib/data/filters";
import { listPledges } from "@/lib/data/pledges";
import type { PledgeSort } from "@/lib/domain/pledge-sort";
import { pledgeListParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { formatDay } from "@/lib/domain/dates";
import { DeadlineBadge, StatusBadge } from "@/components/status-badge";
import { PledgeFilterForm } from "@/components/pledge-filter-form";
import { Pagination } from "@/components/pagination";
import { ActiveFilters } from "@/components/active-filters";
import { SortHeader } from "@/components/sort-header";
import { filterChips } from "@/components/pledge-filter-form";
import { localName, localPartner, localTitle, withLocalNames, withLocalTitles } from "@/lib/i18n/names";
import { Local, OurTitlesNote } from "@/components/local-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("pledges.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PledgesPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(pledgeListParams, await searchParams);
  const { sort, dir, page, ...filters } = data;

  const [result, allDialogues, allMeetings, allAreas, tags, t, tf, ts, locale] = await Promise.all([
    listPledges(filters, { sort, dir, page }),
    listDialogues(),
    listMeetings(filters.dialogue),
    listAreas(),
    listTags(),
    getTranslations("pledges.list"),
    getTranslations("filters"),
    getTranslations("status"),
    getLocale(),
  ]);
  // Names and titles in the reader's language (lib/i18n/names.ts).
  const dialogues = withLocalNames(locale, allDialogues);
  const meetings = withLocalTitles(locale, allMeetings);
  const areas = withLocalNames(locale, allAreas);
  // The order as the URL gives it (absent when it is the default), kept by links that change the rest.
  const keep = { sort, dir };
  const sorting = {
    current: result.sort,
    dir: result.dir,
    hrefFor: (sort: PledgeSort, dir: "asc" | "desc") => `/pledges${filtersToSearch(filters, { sort, dir })}`,
  };
  const chips = filterChips(filters, { dialogues, meetings, areas, tags }, { t: tf, ts });
  const asOfMeeting = filters.asof ? meetings.find((x) => x.id === filters.asof) : undefined;
  const asOf = asOfMeeting
    ? t("asOf.meeting", { meeting: asOfMeeting.title, date: formatDay(asOfMeeting.date, locale) })
    : t("asOf.unknownMeeting");

  return (
    <>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">
        {t("matches", { count: result.total })}{" "}
        <span className="no-print">
          {t("export")}{" "}
          <a href={`/${locale}/pledges/pledges.csv${filtersToSearch(filters)}`} download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={`/${locale}/pledges/pledges.json${filtersToSearch(filters)}`} download>
            JSON
          </a>
        </span>
      </p>
      {filters.asof && (
        <p className="panel small" data-testid="as-of-notice">
          {t(filters.status ? "asOf.madeByStatus" : "asOf.made", { asOf })}{" "}
          <Link href={`/pledges${filtersToSearch({ ...filters, asof: undefined })}`}>{t("asOf.drop")}</Link>
        </p>
      )}
      <PledgeFilterForm
        filters={filters}
        sort={result.sort}
        dir={result.dir}
        dialogues={dialogues}
        meetings={meetings.map((m) => ({ id: m.id, name: m.title, lang: m.lang, date: m.date }))}
        areas={areas}
        tags={tags}
      />
      <ActiveFilters path="/pledges" query={filtersToSearch(filters, keep)} chips={chips} />
      {result.rows.length === 0 ? (
        <div className="panel empty">
          <p>{t("empty")}</p>
          <p>{t.rich("emptyHint", { link: (chunks) => <Link href="/pledges">{chunks}</Link> })}</p>
        </div>
      ) : (
        <div className="panel table-scroll">
          <table data-testid="pledge-table" className="card-table">
            <caption className="sr-only">{t("caption", { sort: t(`sortedBy.${result.sort}`) })}</caption>
            <thead>
              <tr>
                <SortHeader label={t("column.pledge")} sortKey="title" {...sorting} />
                <SortHeader label={t("column.status")} sortKey="status" {...sorting} />
                <SortHeader label={t("column.area")} sortKey="area" {...sorting} />
                <th scope="col">{t("column.side")}</th>
                <SortHeader label={t("column.made")} sortKey="made" {...sorting} />
                <SortHeader label={t("column.target")} sortKey="target" {...sorting} />
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/pledges/${r.id}`}>
                      <Local value={localTitle(locale, r)} />
                    </Link>
                    {!filters.dialogue && (
                      <div className="muted small">
                        <Local value={localName(locale, r.dialogue)} />
                      </div>
                    )}
                  </td>
                  <td data-label={t("column.status")}>
                    <StatusBadge status={r.status} /> <DeadlineBadge overdue={r.overdue} unconfirmed={r.unconfirmed} />
                    <div className="muted small">{t("since", { date: formatDay(r.statusDate, locale) })}</div>
                  </td>
                  <td data-label={t("column.area")}>
                    <Local value={localName(locale, r.area)} />
                  </td>
                  <td data-label={t("column.side")}>
                    {ts(`side.${r.side}`, { partner: localPartner(locale, r.dialogue).text })}
                  </td>
                  <td data-label={t("column.made")}>
                    <Link href={`/meetings/${r.meeting.id}`}>
                      <Local value={localTitle(locale, r.meeting)} />
                    </Link>
                    <div className="muted small">{formatDay(r.meeting.date, locale)}</div>
                  </td>
                  <td data-label={t("column.target")}>
                    {r.targetDate ? formatDay(r.targetDate, locale) : <span className="muted">—</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={result.page}
            pages={result.pages}
            hrefFor={(p) => `/pledges${filtersToSearch(filters, { ...keep, page: p })}`}
          />
          <OurTitlesNote shown={result.rows.some((r) => localTitle(locale, r).japanese)} />
        </div>
      )}
    </>
  );
}

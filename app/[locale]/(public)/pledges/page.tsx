import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { listAreas, listTags } from "@/lib/data/areas";
import { listDialogues, listMeetings } from "@/lib/data/cached";
import { filtersToSearch } from "@/lib/data/filters";
import { listPledges } from "@/lib/data/pledges";
import { PLEDGE_SORTS, type PledgeSort } from "@/lib/domain/pledge-sort";
import { pledgeListParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { formatDay } from "@/lib/domain/dates";
import { sideLabel } from "@/lib/domain/status";
import { DeadlineBadge, StatusBadge } from "@/components/status-badge";
import { PledgeFilterForm } from "@/components/pledge-filter-form";
import { Pagination } from "@/components/pagination";
import { ActiveFilters } from "@/components/active-filters";
import { SortHeader } from "@/components/sort-header";
import { filterChips } from "@/components/pledge-filter-form";

export const metadata: Metadata = { title: "Pledges" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PledgesPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(pledgeListParams, await searchParams);
  const { sort, dir, page, ...filters } = data;

  const [result, dialogues, meetings, areas, tags] = await Promise.all([
    listPledges(filters, { sort, dir, page }),
    listDialogues(),
    listMeetings(filters.dialogue),
    listAreas(),
    listTags(),
  ]);
  // The order as the URL gives it (absent when it is the default), kept by links that change the rest.
  const keep = { sort, dir };
  const sorting = {
    current: result.sort,
    dir: result.dir,
    hrefFor: (sort: PledgeSort, dir: "asc" | "desc") => `/pledges${filtersToSearch(filters, { sort, dir })}`,
  };
  const chips = filterChips(filters, { dialogues, meetings, areas, tags });

  return (
    <>
      <h1>Pledges</h1>
      <ParamNotice problems={problems} />
      <p className="lead">
        {result.total} {result.total === 1 ? "pledge matches" : "pledges match"} these filters.{" "}
        <span className="no-print">
          Export them with their status history:{" "}
          <a href={`/pledges/pledges.csv${filtersToSearch(filters)}`} download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={`/pledges/pledges.json${filtersToSearch(filters)}`} download>
            JSON
          </a>
        </span>
      </p>
      {filters.asof && (
        <p className="panel small" data-testid="as-of-notice">
          {(() => {
            const m = meetings.find((x) => x.id === filters.asof);
            return m ? `As of ${m.title} (${formatDay(m.date)})` : "As of a meeting not in this dialogue";
          })()}
          : the pledges made by then{filters.status ? ", by their status at that meeting" : ""}; the Status column shows
          today&rsquo;s. <Link href={`/pledges${filtersToSearch({ ...filters, asof: undefined })}`}>Drop this</Link>
        </p>
      )}
      <PledgeFilterForm
        filters={filters}
        sort={result.sort}
        dir={result.dir}
        dialogues={dialogues}
        meetings={meetings.map((m) => ({ id: m.id, name: m.title, date: m.date }))}
        areas={areas}
        tags={tags}
      />
      <ActiveFilters path="/pledges" query={filtersToSearch(filters, keep)} chips={chips} />
      {result.rows.length === 0 ? (
        <div className="panel empty">
          <p>No pledge matches these filters.</p>
          <p>
            Try fewer filters, or <Link href="/pledges">clear them all</Link>.
          </p>
        </div>
      ) : (
        <div className="panel table-scroll">
          <table data-testid="pledge-table" className="card-table">
            <caption className="sr-only">Pledges, sorted by {PLEDGE_SORTS[result.sort].toLowerCase()}</caption>
            <thead>
              <tr>
                <SortHeader label="Pledge" sortKey="title" {...sorting} />
                <SortHeader label="Status" sortKey="status" {...sorting} />
                <SortHeader label="Area" sortKey="area" {...sorting} />
                <th scope="col">Side</th>
                <SortHeader label="Made at" sortKey="made" {...sorting} />
                <SortHeader label="Target" sortKey="target" {...sorting} />
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/pledges/${r.id}`}>{r.title}</Link>
                    {!filters.dialogue && <div className="muted small">{r.dialogue.name}</div>}
                  </td>
                  <td data-label="Status">
                    <StatusBadge status={r.status} /> <DeadlineBadge overdue={r.overdue} unconfirmed={r.unconfirmed} />
                    <div className="muted small">since {formatDay(r.statusDate)}</div>
                  </td>
                  <td data-label="Area">{r.area.name}</td>
                  <td data-label="Side">{sideLabel(r.side, r.dialogue.partnerCountry)}</td>
                  <td data-label="Made at">
                    <Link href={`/meetings/${r.meeting.id}`}>{r.meeting.title}</Link>
                    <div className="muted small">{formatDay(r.meeting.date)}</div>
                  </td>
                  <td data-label="Target">
                    {r.targetDate ? formatDay(r.targetDate) : <span className="muted">—</span>}
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
        </div>
      )}
    </>
  );
}

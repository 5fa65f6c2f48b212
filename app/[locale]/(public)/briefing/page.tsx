import type { Metadata } from "next";
import { FilterSelect, toOptions } from "@/components/filter-select";
import { listAreas } from "@/lib/data/areas";
import { getBriefingData } from "@/lib/data/cached";
import { resolveBriefingParams } from "@/lib/briefing/data";
import { buildBriefing } from "@/lib/briefing/document";
import { briefingParams } from "@/lib/validation/briefing";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { BriefingView } from "@/components/briefing/briefing-view";
import { PrintButton } from "@/components/briefing/print-button";
import { Pagination } from "@/components/pagination";
import { formatDay } from "@/lib/domain/dates";

export const metadata: Metadata = { title: "Briefing for the next meeting" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BriefingPage({ searchParams }: Props) {
  const { data: params, problems } = parseSearchParams(briefingParams, await searchParams);
  const resolved = await resolveBriefingParams(params);
  if (!resolved.dialogueId) {
    return (
      <div className="empty panel">
        <h1>No data yet</h1>
        <p>
          The database holds no dialogues. Run <code>npm run db:seed</code> to load the real data set.
        </p>
      </div>
    );
  }
  const [data, areas] = await Promise.all([
    getBriefingData({ dialogueId: resolved.dialogueId, asOf: resolved.asOf, areaId: resolved.areaId }),
    listAreas(),
  ]);
  if (!data) return null;
  const doc = buildBriefing(data, resolved.form);
  const full = resolved.form.form === "full";
  const query = new URLSearchParams({
    dialogue: data.dialogue.id,
    date: data.asOf,
    ...(data.area ? { area: data.area.id } : {}),
    ...(full ? { form: "full" } : {}),
    ...(doc.listing && doc.listing.page > 1 ? { page: String(doc.listing.page) } : {}),
  });
  const pageHref = (page: number) => {
    const q = new URLSearchParams(query);
    q.set("page", String(page));
    return `/briefing?${q}`;
  };
  const days = [resolved.asOf, ...resolved.meetingDays]
    .filter((d, n, all) => all.indexOf(d) === n)
    .sort()
    .reverse();
  return (
    <>
      <form method="get" className="filters panel no-print" aria-label="Choose the briefing">
        <FilterSelect
          label="Dialogue"
          name="dialogue"
          value={data.dialogue.id}
          options={toOptions(resolved.dialogues)}
        />
        <FilterSelect
          label="As of"
          name="date"
          value={data.asOf}
          options={days.map((d) => ({ value: d, label: d === days[0] ? `${formatDay(d)} (latest)` : formatDay(d) }))}
        />
        <FilterSelect label="Area" name="area" value={data.area?.id} any="All areas" options={toOptions(areas)} />
        <FilterSelect
          label="Form"
          name="form"
          value={full ? "full" : "summary"}
          options={[
            { value: "summary", label: "Summary" },
            { value: "full", label: "Full listing" },
          ]}
        />
        <button type="submit">Show</button>
        <span className="briefing-actions">
          <a className="button secondary" href={`/briefing/briefing.pdf?${query}`} download>
            Download PDF
          </a>{" "}
          <a className="button secondary" href={`/briefing/briefing.md?${query}`} download>
            Download Markdown
          </a>{" "}
          <PrintButton />
        </span>
      </form>
      <ParamNotice problems={problems} />
      {resolved.movedFrom && (
        <p className="notice" role="status" data-testid="briefing-day-notice">
          A briefing is as of a meeting of the dialogue or today: {formatDay(resolved.movedFrom)} is shown as of{" "}
          {formatDay(data.asOf)}, the latest of those on or before it.
        </p>
      )}
      {!full && (
        <p className="muted small no-print">
          The summary lists, for each area, the open pledges that most need attention, with links to the rest.{" "}
          <a href={`/briefing?${new URLSearchParams({ ...Object.fromEntries(query), form: "full" })}`}>Full listing</a>
        </p>
      )}
      {doc.listing && <Pagination page={doc.listing.page} pages={doc.listing.pages} hrefFor={pageHref} />}
      <BriefingView doc={doc} />
      {doc.listing && <Pagination page={doc.listing.page} pages={doc.listing.pages} hrefFor={pageHref} />}
    </>
  );
}

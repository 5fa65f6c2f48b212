import { Suspense } from "react";
import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { listAreas } from "@/lib/data/areas";
import { listDialogues, listMeetings } from "@/lib/data/cached";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { chartParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { ChartFilterForm } from "@/components/chart-filter-form";
import { AttentionWidget, CoverageWidget, HeatMapWidget, SideProgressWidget } from "@/components/chart-widgets";
import { AreaProgressWidget, MeetingProgressWidget, PanelSkeleton } from "@/components/dashboard/progress-widgets";

export const metadata: Metadata = { title: "Charts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChartsPage({ searchParams }: Props) {
  const { data: parsed, problems } = parseSearchParams(chartParams, await searchParams);
  const [dialogues, areas] = await Promise.all([listDialogues(), listAreas()]);
  const known = dialogues.find((d) => d.id === parsed.dialogue);
  // Only the filters the charts honour; status is what they show, so it is not a filter here.
  const filters: PledgeFilters = {
    dialogue: known?.id,
    area: areas.some((a) => a.id === parsed.area) ? parsed.area : undefined,
    side: parsed.side,
    from: parsed.from,
    to: parsed.to,
  };
  // The per-meeting charts need one dialogue: the chosen one, else the one with most pledges.
  const perMeeting = known ?? dialogues[0];
  const meetings = await listMeetings(known?.id);
  const heatPage = parsed.heatmap;
  const key = filtersToSearch(filters);

  if (!perMeeting) {
    return (
      <div className="empty panel">
        <h1>No data yet</h1>
        <p>
          The database holds no dialogues. Run <code>npm run db:seed</code> to load the real data set.
        </p>
      </div>
    );
  }
  return (
    <>
      <h1>Charts</h1>
      <ParamNotice problems={problems} />
      <p className="lead">
        {known ? known.name : "All dialogues"}: where the pledges stand, how that moved from meeting to meeting, and
        which need attention. Each chart has a table view with the same numbers.{" "}
        <Link href={`/briefing${filtersToSearch({ dialogue: perMeeting.id, area: filters.area })}`}>
          Briefing for the next meeting →
        </Link>
      </p>
      <ChartFilterForm
        filters={filters}
        dialogues={dialogues}
        areas={areas}
        meetings={meetings}
        partnerCountry={known?.partnerCountry ?? "Partner country"}
      />
      <Suspense key={`areas-${key}`} fallback={<PanelSkeleton label="progress by area" />}>
        <AreaProgressWidget filters={filters} />
      </Suspense>
      {!known && (
        <p className="muted small">
          The next three charts follow one dialogue at a time: {perMeeting.name}. Choose another dialogue above.
        </p>
      )}
      <Suspense key={`meetings-${key}`} fallback={<PanelSkeleton label="status at each meeting" />}>
        <MeetingProgressWidget dialogue={perMeeting} filters={{ ...filters, dialogue: perMeeting.id }} />
      </Suspense>
      <Suspense key={`coverage-${key}`} fallback={<PanelSkeleton label="report coverage" />}>
        <CoverageWidget dialogue={perMeeting} filters={filters} />
      </Suspense>
      <div id="heat-map">
        <Suspense key={`heat-${key}-${heatPage}`} fallback={<PanelSkeleton label="the heat map" />}>
          <HeatMapWidget dialogue={perMeeting} filters={filters} page={heatPage} />
        </Suspense>
      </div>
      <Suspense key={`sides-${key}`} fallback={<PanelSkeleton label="pledges by side" />}>
        <SideProgressWidget filters={filters} partnerCountry={known?.partnerCountry ?? "the partner"} />
      </Suspense>
      <Suspense key={`attention-${key}`} fallback={<PanelSkeleton label="overdue and stale pledges" />}>
        <AttentionWidget filters={filters} />
      </Suspense>
    </>
  );
}

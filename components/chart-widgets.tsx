import {
  attentionByArea,
  pledgesNeedingAttention,
  progressBySide,
  reportCoverageByMeeting,
  statusMatrix,
} from "@/lib/data/cached";
import { filtersToSearch, type PledgeFilters } from "@/lib/data/filters";
import { AttentionPanel } from "./attention-panel";
import { CoveragePanel } from "./charts/coverage-panel";
import { HeatMapPanel } from "./heat-map-panel";
import { Pagination } from "./pagination";
import { SideProgressPanel } from "./side-progress";

// The charts page's own widgets, each one async server component fed by SQL aggregates.

export async function SideProgressWidget({
  filters,
  partnerCountry,
}: {
  filters: PledgeFilters;
  partnerCountry: string;
}) {
  return <SideProgressPanel rows={await progressBySide(filters)} partnerCountry={partnerCountry} filters={filters} />;
}

export async function AttentionWidget({ filters }: { filters: PledgeFilters }) {
  const [areas, list] = await Promise.all([attentionByArea(filters), pledgesNeedingAttention(filters, 50)]);
  return <AttentionPanel areas={areas} pledges={list.rows} total={list.total} filters={filters} />;
}

export async function CoverageWidget({
  dialogue,
  filters,
}: {
  dialogue: { id: string; name: string };
  filters: PledgeFilters;
}) {
  const coverage = await reportCoverageByMeeting(dialogue.id, { ...filters, dialogue: dialogue.id });
  return <CoveragePanel coverage={coverage} dialogueName={dialogue.name} />;
}

export async function HeatMapWidget({
  dialogue,
  filters,
  page,
}: {
  dialogue: { id: string; name: string };
  filters: PledgeFilters;
  page: number;
}) {
  const scoped = { ...filters, dialogue: dialogue.id };
  const [matrix, coverage] = await Promise.all([
    statusMatrix(dialogue.id, scoped, page),
    reportCoverageByMeeting(dialogue.id, scoped),
  ]);
  // The meeting range narrows the columns; statusMatrix always returns every meeting of the dialogue.
  const keep = matrix.meetings.map(
    (m) => (!filters.from || m.date >= filters.from) && (!filters.to || m.date <= filters.to),
  );
  const meetings = matrix.meetings.filter((_, i) => keep[i]);
  const rows = matrix.rows.map((r) => ({
    id: r.id,
    title: r.title,
    titleJa: r.titleJa,
    cells: r.cells.filter((_, i) => keep[i]),
  }));
  return (
    <HeatMapPanel
      dialogueName={dialogue.name}
      meetings={meetings}
      rows={rows}
      coverage={coverage}
      total={matrix.total}
      pagination={
        <Pagination
          page={matrix.page}
          pages={matrix.pages}
          hrefFor={(p) => `/charts${filtersToSearch(filters, { heatmap: p })}#heat-map`}
        />
      }
    />
  );
}

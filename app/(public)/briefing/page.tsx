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
  const query = new URLSearchParams({
    dialogue: data.dialogue.id,
    date: data.asOf,
    ...(data.area ? { area: data.area.id } : {}),
  });
  return (
    <>
      <form method="get" className="filters panel no-print" aria-label="Choose the briefing">
        <FilterSelect
          label="Dialogue"
          name="dialogue"
          value={data.dialogue.id}
          options={toOptions(resolved.dialogues)}
        />
        <label>
          As of
          <input type="date" name="date" defaultValue={data.asOf} />
        </label>
        <FilterSelect label="Area" name="area" value={data.area?.id} any="All areas" options={toOptions(areas)} />
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
      <BriefingView doc={buildBriefing(data)} />
    </>
  );
}

import { Suspense } from "react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { localPartner, withLocalNames, withLocalTitles } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("charts.page");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ChartsPage({ searchParams }: Props) {
  const { data: parsed, problems } = parseSearchParams(chartParams, await searchParams);
  const [allDialogues, allAreas, t, locale] = await Promise.all([
    listDialogues(),
    listAreas(),
    getTranslations("charts.page"),
    getLocale(),
  ]);
  // Named in the reader's language (lib/i18n/names.ts).
  const dialogues = withLocalNames(locale, allDialogues);
  const areas = withLocalNames(locale, allAreas);
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
  const meetings = withLocalTitles(locale, await listMeetings(known?.id));
  const partnerCountry = known && localPartner(locale, known).text;
  const heatPage = parsed.heatmap;
  const key = filtersToSearch(filters);

  if (!perMeeting) {
    return (
      <div className="empty panel">
        <h1>{t("noData")}</h1>
        <p>{t.rich("noDataText", { code: (chunks) => <code>{chunks}</code> })}</p>
      </div>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">
        {t("lead", { dialogue: known ? known.name : t("allDialogues") })}{" "}
        <Link href={`/briefing${filtersToSearch({ dialogue: perMeeting.id, area: filters.area })}`}>
          {t("briefing")}
        </Link>
      </p>
      <ChartFilterForm
        filters={filters}
        dialogues={dialogues}
        areas={areas}
        meetings={meetings}
        partnerCountry={partnerCountry ?? t("partnerCountry")}
      />
      <Suspense key={`areas-${key}`} fallback={<PanelSkeleton label={t("loading.areas")} />}>
        <AreaProgressWidget filters={filters} />
      </Suspense>
      {!known && <p className="muted small">{t("oneDialogue", { dialogue: perMeeting.name })}</p>}
      <Suspense key={`meetings-${key}`} fallback={<PanelSkeleton label={t("loading.meetings")} />}>
        <MeetingProgressWidget dialogue={perMeeting} filters={{ ...filters, dialogue: perMeeting.id }} />
      </Suspense>
      <Suspense key={`coverage-${key}`} fallback={<PanelSkeleton label={t("loading.coverage")} />}>
        <CoverageWidget dialogue={perMeeting} filters={filters} />
      </Suspense>
      <div id="heat-map">
        <Suspense key={`heat-${key}-${heatPage}`} fallback={<PanelSkeleton label={t("loading.heatMap")} />}>
          <HeatMapWidget dialogue={perMeeting} filters={filters} page={heatPage} />
        </Suspense>
      </div>
      <Suspense key={`sides-${key}`} fallback={<PanelSkeleton label={t("loading.sides")} />}>
        <SideProgressWidget filters={filters} partnerCountry={partnerCountry ?? t("thePartner")} />
      </Suspense>
      <Suspense key={`attention-${key}`} fallback={<PanelSkeleton label={t("loading.attention")} />}>
        <AttentionWidget filters={filters} />
      </Suspense>
    </>
  );
}

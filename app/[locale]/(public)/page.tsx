import { Suspense } from "react";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listDialogues } from "@/lib/data/cached";
import { dashboardParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { DialogueFilter } from "@/components/dialogue-filter";
import { FiguresSkeleton, HeadlineFigures } from "@/components/dashboard/headline-figures";
import { LatestUpdates } from "@/components/dashboard/latest-updates";
import { AreaProgressWidget, MeetingProgressWidget, PanelSkeleton } from "@/components/dashboard/progress-widgets";
import { withLocalNames } from "@/lib/i18n/names";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(dashboardParams, await searchParams);
  const [allDialogues, t, locale] = await Promise.all([listDialogues(), getTranslations("dashboard"), getLocale()]);
  // Named in the reader's language (lib/i18n/names.ts).
  const dialogues = withLocalNames(locale, allDialogues);
  const filters = { dialogue: data.dialogue, gap: data.gap };
  const known = dialogues.find((d) => d.id === filters.dialogue);
  if (!known) filters.dialogue = undefined;
  // The per-meeting picture needs one dialogue: the chosen one, else the one with most pledges.
  const timelineDialogue = known ?? dialogues[0];
  const key = `${filters.dialogue ?? "all"}-${filters.gap ?? "all"}`;

  if (dialogues.length === 0) {
    return (
      <div className="empty panel">
        <h1>{t("empty.title")}</h1>
        <p>{t.rich("empty.body", { code: (chunks) => <code>{chunks}</code> })}</p>
      </div>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">{t("lead", { dialogue: known ? known.name : t("allDialogues") })}</p>
      <DialogueFilter dialogues={dialogues} selected={filters.dialogue} />
      <div style={{ height: "1rem" }} />
      <Suspense key={`figures-${key}`} fallback={<FiguresSkeleton />}>
        <HeadlineFigures filters={filters} />
      </Suspense>
      <Suspense key={`areas-${key}`} fallback={<PanelSkeleton label={t("loading.areas")} />}>
        <AreaProgressWidget filters={filters} />
      </Suspense>
      <div className="grid-2">
        {timelineDialogue && (
          <Suspense key={`meetings-${key}`} fallback={<PanelSkeleton label={t("loading.meetings")} />}>
            <MeetingProgressWidget dialogue={timelineDialogue} filters={{}} />
          </Suspense>
        )}
        <Suspense key={`latest-${key}`} fallback={<PanelSkeleton label={t("loading.latest")} />}>
          <LatestUpdates filters={filters} />
        </Suspense>
      </div>
    </>
  );
}

import { useTranslations } from "next-intl";
import { progressByArea, statusMixByMeeting } from "@/lib/data/cached";
import type { PledgeFilters } from "@/lib/data/filters";
import { AreaProgressPanel } from "@/components/area-progress";
import { MeetingProgressPanel } from "@/components/meeting-progress";

export async function AreaProgressWidget({ filters }: { filters: PledgeFilters }) {
  return <AreaProgressPanel rows={await progressByArea(filters)} filters={filters} />;
}

export async function MeetingProgressWidget({
  dialogue,
  filters,
}: {
  dialogue: { id: string; name: string };
  filters: PledgeFilters;
}) {
  return (
    <MeetingProgressPanel rows={await statusMixByMeeting(dialogue.id, filters)} dialogue={dialogue} filters={filters} />
  );
}

// `label` names what is loading, in the reader's language ("progress by area").
export function PanelSkeleton({ label }: { label: string }) {
  const t = useTranslations("common");
  return (
    <div className="panel muted" aria-busy="true" style={{ minHeight: 200 }}>
      {t("loading", { what: label })}
    </div>
  );
}

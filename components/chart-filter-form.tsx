import { useLocale, useTranslations } from "next-intl";
import { FilterSelect, toOptions } from "@/components/filter-select";
import type { PledgeFilters } from "@/lib/data/filters";
import { formatDay } from "@/lib/domain/dates";
import { Link } from "@/lib/i18n/navigation";

// Names and titles in the reader's language (lib/i18n/names.ts), `lang` where they are not.
type Option = { id: string; name: string; lang?: string };

// The charts' filters as a GET form (dialogue, area, side, meeting range), so a view can be
// shared and printed as it is. The range picks meetings; their dates go in the URL.
export function ChartFilterForm({
  filters,
  dialogues,
  areas,
  meetings,
  partnerCountry,
}: {
  filters: PledgeFilters;
  dialogues: Option[];
  areas: Option[];
  meetings: { id: string; title: string; lang?: string; date: string }[];
  partnerCountry: string;
}) {
  const t = useTranslations("charts.filter");
  const ts = useTranslations("status");
  const locale = useLocale();
  const dates = [...new Map(meetings.map((m) => [m.date, m])).values()].sort((a, b) => a.date.localeCompare(b.date));
  const meetingOptions = dates.map((m) => ({
    value: m.date,
    label: `${formatDay(m.date, locale)} · ${m.title}`,
    lang: m.lang,
  }));
  return (
    <form method="get" className="filters panel" aria-label={t("label")}>
      <FilterSelect
        label={t("dialogue")}
        name="dialogue"
        value={filters.dialogue}
        any={t("allDialogues")}
        options={toOptions(dialogues)}
      />
      <FilterSelect label={t("area")} name="area" value={filters.area} any={t("allAreas")} options={toOptions(areas)} />
      <FilterSelect
        label={t("side")}
        name="side"
        value={filters.side}
        any={t("anySide")}
        options={[
          { value: "japan", label: ts("side.japan") },
          { value: "partner", label: partnerCountry },
          { value: "both", label: t("both") },
        ]}
      />
      <FilterSelect label={t("from")} name="from" value={filters.from} any={t("first")} options={meetingOptions} />
      <FilterSelect label={t("to")} name="to" value={filters.to} any={t("latest")} options={meetingOptions} />
      <button type="submit">{t("apply")}</button>
      <Link className="button secondary" href="/charts">
        {t("clear")}
      </Link>
    </form>
  );
}

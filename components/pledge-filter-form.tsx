import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { FilterForm } from "@/components/filter-form";
import { FilterSelect, toOptions } from "@/components/filter-select";
import type { FilterChip } from "@/components/active-filters";
import { SIDES, STATUSES } from "@/lib/domain/status";
import type { PledgeFilters } from "@/lib/data/filters";
import { DEFAULT_SORT, PLEDGE_SORT_KEYS, defaultDirection, type PledgeSort } from "@/lib/domain/pledge-sort";

// `name` in the reader's language (lib/i18n/names.ts), `lang` where it is not.
type Option = { id: string; name: string; lang?: string };

// The words of the filters, and of the status labels their chips show (translators of the
// "filters" and "status" catalogues).
type FiltersT = ReturnType<typeof useTranslations<"filters">>;
type StatusT = ReturnType<typeof useTranslations<"status">>;

const sideOptions = (t: FiltersT) => SIDES.map((side) => ({ value: side, label: t(`side.${side}`) }));

// The pledge filters: every choice lands in the URL as it is made, so a view can be shared.
export function PledgeFilterForm({
  filters,
  sort,
  dir,
  dialogues,
  meetings,
  areas,
  tags,
}: {
  filters: PledgeFilters;
  sort: PledgeSort;
  dir: "asc" | "desc";
  dialogues: Option[];
  meetings: (Option & { date: string })[];
  areas: Option[];
  tags: { id: string; label: string }[];
}) {
  const t = useTranslations("filters");
  const ts = useTranslations("status");
  return (
    // Keyed on the choices in force, so its fields follow a chip or the back button (not on
    // the search text, so typing keeps its focus while the list follows).
    <FilterForm label={t("pledge.formLabel")} key={JSON.stringify({ ...filters, q: undefined, sort, dir })}>
      {filters.asof && <input type="hidden" name="asof" value={filters.asof} />}
      <label>
        {t("pledge.search")}
        <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder={t("pledge.searchPlaceholder")} />
      </label>
      <FilterSelect
        label={t("pledge.dialogue")}
        name="dialogue"
        value={filters.dialogue}
        any={t("all")}
        options={toOptions(dialogues)}
      />
      <FilterSelect
        label={t("pledge.meeting")}
        name="meeting"
        value={filters.meeting}
        any={t("any")}
        options={meetings.map((m) => ({ value: m.id, label: `${m.date.slice(0, 4)} · ${m.name}`, lang: m.lang }))}
      />
      <FilterSelect
        label={t("pledge.area")}
        name="area"
        value={filters.area}
        any={t("all")}
        options={toOptions(areas)}
      />
      <FilterSelect
        label={t("pledge.status")}
        name="status"
        value={filters.status}
        any={t("any")}
        options={STATUSES.map((s) => ({ value: s, label: ts(`label.${s}`) }))}
      />
      <FilterSelect label={t("pledge.side")} name="side" value={filters.side} any={t("any")} options={sideOptions(t)} />
      <FilterSelect
        label={t("pledge.tag")}
        name="tag"
        value={filters.tag}
        any={t("any")}
        // Tags are English words of the data set.
        options={tags.map((tag) => ({ value: tag.id, label: tag.label, lang: "en" }))}
      />
      <FilterSelect
        label={t("pledge.sortBy")}
        name="sort"
        value={sort}
        omitWhen={DEFAULT_SORT}
        options={PLEDGE_SORT_KEYS.map((value) => ({ value, label: t(`sort.${value}`) }))}
      />
      <FilterSelect
        label={t("pledge.order")}
        name="dir"
        value={dir}
        options={[
          { value: "asc", label: t("direction.asc") },
          { value: "desc", label: t("direction.desc") },
        ]}
        omitWhen={defaultDirection(sort)}
      />
      <FilterSelect
        label={t("pledge.gap")}
        name="gap"
        value={filters.gap}
        any={t("pledge.gapInclude")}
        options={[
          { value: "exclude", label: t("pledge.gapExclude") },
          { value: "only", label: t("pledge.gapOnly") },
        ]}
      />
      <label style={{ flexDirection: "row", alignItems: "center", gap: ".35rem" }}>
        <input type="checkbox" name="overdue" value="1" defaultChecked={!!filters.overdue} /> {t("pledge.overdueOnly")}
      </label>
      <label style={{ flexDirection: "row", alignItems: "center", gap: ".35rem" }}>
        <input type="checkbox" name="unconfirmed" value="1" defaultChecked={!!filters.unconfirmed} />{" "}
        {t("pledge.unconfirmedOnly")}
      </label>
      <button type="submit">{t("pledge.apply")}</button>
      <Link className="button secondary" href="/pledges">
        {t("pledge.clear")}
      </Link>
    </FilterForm>
  );
}

// The chips for the filters in force, named as the form names them.
export function filterChips(
  filters: PledgeFilters,
  names: {
    dialogues: Option[];
    meetings: { id: string; title: string; lang?: string }[];
    areas: Option[];
    tags: { id: string; label: string }[];
  },
  { t, ts }: { t: FiltersT; ts: StatusT },
): FilterChip[] {
  // A chosen id's display name (the id itself if it names nothing any more).
  const nameOf = (xs: { id: string; name?: string; title?: string; label?: string }[], id: string) => {
    const x = xs.find((y) => y.id === id);
    return x?.name ?? x?.title ?? x?.label ?? id;
  };
  // The language of a chosen name where it is not the page's.
  const langOf = (xs: { id: string; lang?: string }[], id: string) => xs.find((y) => y.id === id)?.lang;
  const chips: FilterChip[] = [];
  if (filters.q) chips.push({ name: "q", label: t("chip.search"), value: t("chip.searchValue", { q: filters.q }) });
  if (filters.dialogue)
    chips.push({
      name: "dialogue",
      label: t("chip.dialogue"),
      value: nameOf(names.dialogues, filters.dialogue),
      lang: langOf(names.dialogues, filters.dialogue),
    });
  if (filters.meeting)
    chips.push({
      name: "meeting",
      label: t("chip.madeAt"),
      value: nameOf(names.meetings, filters.meeting),
      lang: langOf(names.meetings, filters.meeting),
    });
  if (filters.area)
    chips.push({
      name: "area",
      label: t("chip.area"),
      value: nameOf(names.areas, filters.area),
      lang: langOf(names.areas, filters.area),
    });
  if (filters.status) chips.push({ name: "status", label: t("chip.status"), value: ts(`label.${filters.status}`) });
  if (filters.side)
    chips.push({
      name: "side",
      label: t("chip.side"),
      value: sideOptions(t).find((o) => o.value === filters.side)?.label ?? filters.side,
    });
  if (filters.tag)
    chips.push({
      name: "tag",
      label: t("chip.tag"),
      value: nameOf(names.tags, filters.tag),
      lang: "en",
    });
  if (filters.overdue) chips.push({ name: "overdue", label: t("chip.overdue"), value: t("chip.only") });
  if (filters.unconfirmed) chips.push({ name: "unconfirmed", label: t("chip.unconfirmed"), value: t("chip.only") });
  if (filters.gap)
    chips.push({
      name: "gap",
      label: t("chip.gap"),
      value: filters.gap === "only" ? t("chip.onlyThese") : t("chip.leftOut"),
    });
  if (filters.from) chips.push({ name: "from", label: t("chip.from"), value: filters.from });
  if (filters.to) chips.push({ name: "to", label: t("chip.to"), value: filters.to });
  return chips;
}

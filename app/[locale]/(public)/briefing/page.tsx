import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterSelect, toOptions } from "@/components/filter-select";
import { getBriefingData } from "@/lib/data/cached";
import { briefingAreas, resolveBriefingParams } from "@/lib/briefing/data";
import { buildBriefing } from "@/lib/briefing/document";
import { briefingParams } from "@/lib/validation/briefing";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { BriefingView } from "@/components/briefing/briefing-view";
import { PrintButton } from "@/components/briefing/print-button";
import { Pagination } from "@/components/pagination";
import { formatDay } from "@/lib/domain/dates";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("briefing.page");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BriefingPage({ searchParams }: Props) {
  const { data: params, problems } = parseSearchParams(briefingParams, await searchParams);
  const [resolved, t, locale] = await Promise.all([
    resolveBriefingParams(params),
    getTranslations("briefing.page"),
    getLocale(),
  ]);
  const day = (d: string) => formatDay(d, locale);
  // Names in the reader's language where the data has them.
  const named = <T extends { id: string; name: string; nameJa?: string }>(xs: T[]) =>
    xs.map((x) => ({ id: x.id, name: (locale === "ja" && x.nameJa) || x.name }));
  if (!resolved.dialogueId) {
    return (
      <div className="empty panel">
        <h1>{t("noData")}</h1>
        <p>{t.rich("noDataText", { code: (chunks) => <code>{chunks}</code> })}</p>
      </div>
    );
  }
  const [data, areas] = await Promise.all([
    getBriefingData({ dialogueId: resolved.dialogueId, asOf: resolved.asOf, areaId: resolved.areaId }),
    briefingAreas(),
  ]);
  if (!data) return null;
  const doc = buildBriefing(data, resolved.form, locale);
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
      <form method="get" className="filters panel no-print" aria-label={t("choose")}>
        <FilterSelect
          label={t("dialogue")}
          name="dialogue"
          value={data.dialogue.id}
          options={toOptions(named(resolved.dialogues))}
        />
        <FilterSelect
          label={t("asOf")}
          name="date"
          value={data.asOf}
          options={days.map((d) => ({ value: d, label: d === days[0] ? t("latest", { day: day(d) }) : day(d) }))}
        />
        <FilterSelect
          label={t("area")}
          name="area"
          value={data.area?.id}
          any={t("allAreas")}
          options={toOptions(named(areas))}
        />
        <FilterSelect
          label={t("form")}
          name="form"
          value={full ? "full" : "summary"}
          options={[
            { value: "summary", label: t("summary") },
            { value: "full", label: t("full") },
          ]}
        />
        <button type="submit">{t("show")}</button>
        <span className="briefing-actions">
          {/* Downloads are plain links, so they name the language themselves. */}
          <a className="button secondary" href={`/${locale}/briefing/briefing.pdf?${query}`} download>
            {t("pdf")}
          </a>{" "}
          <a className="button secondary" href={`/${locale}/briefing/briefing.md?${query}`} download>
            {t("markdown")}
          </a>{" "}
          <PrintButton />
        </span>
      </form>
      <ParamNotice problems={problems} />
      {resolved.movedFrom && (
        <p className="notice" role="status" data-testid="briefing-day-notice">
          {t("moved", { moved: day(resolved.movedFrom), asOf: day(data.asOf) })}
        </p>
      )}
      {!full && (
        <p className="muted small no-print">
          {t("summaryNote")}{" "}
          <Link href={`/briefing?${new URLSearchParams({ ...Object.fromEntries(query), form: "full" })}`}>
            {t("full")}
          </Link>
        </p>
      )}
      {doc.listing && <Pagination page={doc.listing.page} pages={doc.listing.pages} hrefFor={pageHref} />}
      <BriefingView doc={doc} />
      {doc.listing && <Pagination page={doc.listing.page} pages={doc.listing.pages} hrefFor={pageHref} />}
    </>
  );
}

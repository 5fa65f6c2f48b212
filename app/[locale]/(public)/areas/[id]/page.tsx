import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getArea } from "@/lib/data/areas";
import { areaPageParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { listPledges } from "@/lib/data/pledges";
import { progressByArea } from "@/lib/data/cached";
import { formatDay } from "@/lib/domain/dates";
import { AreaProgressPanel } from "@/components/area-progress";
import { Pagination } from "@/components/pagination";
import { DeadlineBadge, StatusBadge } from "@/components/status-badge";
import { pathId } from "@/lib/validation/ids";
import { localName, localTitle } from "@/lib/i18n/names";
import { Local, OurTitlesNote } from "@/components/local-text";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = pathId((await params).id);
  const area = id ? await getArea(id) : null;
  if (area) return { title: localName(await getLocale(), area).text };
  const t = await getTranslations("areas.notFound");
  return { title: t("title") };
}

export default async function AreaPage({ params, searchParams }: Props) {
  const id = pathId((await params).id) ?? notFound();
  const sp = await searchParams;
  const area = await getArea(id);
  if (!area) notFound();
  const { data, problems } = parseSearchParams(areaPageParams, sp);
  const { dialogue, page } = data;
  const [progress, pledges] = await Promise.all([
    progressByArea({ dialogue, area: id }),
    listPledges({ dialogue, area: id }, { sort: "made", page }),
  ]);
  const [t, locale] = await Promise.all([getTranslations("areas.detail"), getLocale()]);
  const name = localName(locale, area);
  return (
    <>
      <p className="small">
        <Link href="/areas">{t("allAreas")}</Link>
      </p>
      <h1 lang={name.lang}>{name.text}</h1>
      <ParamNotice problems={problems} />
      {area.description && (
        // Descriptions are recorded in English.
        <p className="lead" lang="en">
          {area.description}
        </p>
      )}
      <AreaProgressPanel
        rows={progress}
        filters={{ dialogue, area: id }}
        title={t("status", { area: name.text.toLocaleLowerCase(locale) })}
      />
      <section className="panel" aria-labelledby="area-pledges">
        <h2 id="area-pledges">{t("pledges", { count: pledges.total })}</h2>
        {pledges.rows.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <ul>
            {pledges.rows.map((p) => (
              <li key={p.id}>
                <Link href={`/pledges/${p.id}`}>
                  <Local value={localTitle(locale, p)} />
                </Link>{" "}
                <StatusBadge status={p.status} /> <DeadlineBadge overdue={p.overdue} unconfirmed={p.unconfirmed} />
                <div className="muted small" lang={localTitle(locale, p.meeting).lang}>
                  {t("meetingDay", {
                    meeting: localTitle(locale, p.meeting).text,
                    day: formatDay(p.meeting.date, locale),
                  })}
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={pledges.page}
          pages={pledges.pages}
          hrefFor={(n) => `/areas/${id}?${new URLSearchParams({ ...(dialogue ? { dialogue } : {}), page: String(n) })}`}
        />
        <OurTitlesNote shown={pledges.rows.some((p) => localTitle(locale, p).japanese)} />
      </section>
    </>
  );
}

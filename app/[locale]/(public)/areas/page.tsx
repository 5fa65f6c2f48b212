import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listDialogues, progressByArea } from "@/lib/data/cached";
import { dialogueParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { AreaProgressPanel } from "@/components/area-progress";
import { DialogueFilter } from "@/components/dialogue-filter";
import { localText, withLocalNames } from "@/lib/i18n/names";
import { Local } from "@/components/local-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AreasPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(dialogueParams, await searchParams);
  const { dialogue } = data;
  const [dialogues, rows] = await Promise.all([listDialogues(), progressByArea({ dialogue })]);
  const [t, locale] = await Promise.all([getTranslations("areas.list"), getLocale()]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">{t("lead")}</p>
      <DialogueFilter dialogues={withLocalNames(locale, dialogues)} selected={dialogue} />
      <div style={{ height: "1rem" }} />
      <AreaProgressPanel rows={rows} filters={{ dialogue }} />
      <ul className="panel" style={{ listStyle: "none" }}>
        {rows.map((a) => (
          <li key={a.areaId} style={{ padding: ".3rem 0" }}>
            <Link href={`/areas/${a.areaId}${dialogue ? `?dialogue=${dialogue}` : ""}`}>
              <Local value={localText(locale, a.area, a.areaJa)} />
            </Link>{" "}
            <span className="muted small">{t("counts", { total: a.total, delivered: a.delivered })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

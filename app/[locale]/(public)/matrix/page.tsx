import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listDialogues, statusMatrix } from "@/lib/data/cached";
import { matrixParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { formatMonth } from "@/lib/domain/dates";
import { MatrixCellView, StatusLegend } from "@/components/matrix-cell";
import { DialogueFilter } from "@/components/dialogue-filter";
import { Pagination } from "@/components/pagination";
import { localText, localTitle, withLocalNames } from "@/lib/i18n/names";
import { Local, OurTitlesNote } from "@/components/local-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matrix");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MatrixPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(matrixParams, await searchParams);
  const { page, ...filters } = data;
  const [allDialogues, t, ts, locale] = await Promise.all([
    listDialogues(),
    getTranslations("matrix"),
    getTranslations("status"),
    getLocale(),
  ]);
  const dialogues = withLocalNames(locale, allDialogues);
  const dialogue = dialogues.find((d) => d.id === filters.dialogue) ?? dialogues[0];
  if (!dialogue) return <div className="panel empty">{t("noDialogues")}</div>;
  const matrix = await statusMatrix(dialogue.id, { ...filters, dialogue: dialogue.id }, page);
  // Each column's name, "4th 2+2" or the kind alone for a meeting without a number.
  const names = matrix.meetings.map((m) =>
    m.ordinal ? t("shortName", { ordinal: m.ordinal, kind: ts(`kind.${m.kind}`) }) : ts(`kind.${m.kind}`),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">{t("lead", { dialogue: dialogue.name })}</p>
      <DialogueFilter dialogues={dialogues} selected={dialogue.id} allowAll={false} />
      <div style={{ marginTop: "1rem" }}>
        <StatusLegend />
      </div>
      {matrix.rows.length === 0 ? (
        <div className="panel empty">{t("empty")}</div>
      ) : (
        <div className="panel table-scroll sticky-grid" tabIndex={0} role="region" aria-label={t("region")}>
          <table className="matrix" data-testid="matrix">
            <caption className="sr-only">{t("caption", { dialogue: dialogue.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("pledge")}</th>
                {matrix.meetings.map((m, i) => (
                  <th scope="col" key={m.id}>
                    <Link href={`/meetings/${m.id}`}>{names[i]}</Link>
                    <div className="muted small">{formatMonth(m.date, locale)}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r) => (
                <tr key={r.id} data-pledge={r.id}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link href={`/pledges/${r.id}`}>
                      <Local value={localTitle(locale, r)} />
                    </Link>
                    <div className="muted small">
                      <Local value={localText(locale, r.area, r.areaJa)} />
                    </div>
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={matrix.meetings[i]!.id}>
                      <MatrixCellView cell={c} pledge={localTitle(locale, r).text} meeting={names[i] ?? ""} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={matrix.page}
            pages={matrix.pages}
            hrefFor={(p) => `/matrix?dialogue=${dialogue.id}&page=${p}`}
          />
          <OurTitlesNote shown={matrix.rows.some((r) => localTitle(locale, r).japanese)} />
        </div>
      )}
    </>
  );
}

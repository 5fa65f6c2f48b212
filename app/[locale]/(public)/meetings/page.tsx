import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listDialogues, listMeetings } from "@/lib/data/cached";
import { dialogueParams } from "@/lib/validation/pledge-filters";
import { parseSearchParams } from "@/lib/validation/search-params";
import { ParamNotice } from "@/components/param-notice";
import { formatDay } from "@/lib/domain/dates";
import { DialogueFilter } from "@/components/dialogue-filter";
import { localName, localTitle, withLocalNames } from "@/lib/i18n/names";
import { Local, OurTitlesNote } from "@/components/local-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetings.list");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MeetingsPage({ searchParams }: Props) {
  const { data, problems } = parseSearchParams(dialogueParams, await searchParams);
  const { dialogue } = data;
  const [dialogues, meetings] = await Promise.all([listDialogues(), listMeetings(dialogue)]);
  const [t, ts, locale] = await Promise.all([getTranslations("meetings.list"), getTranslations("status"), getLocale()]);
  return (
    <>
      <h1>{t("title")}</h1>
      <ParamNotice problems={problems} />
      <p className="lead">{t("lead")}</p>
      <DialogueFilter dialogues={withLocalNames(locale, dialogues)} selected={dialogue} />
      {meetings.length === 0 ? (
        <div className="panel empty">{t("empty")}</div>
      ) : (
        <div className="panel table-scroll" style={{ marginTop: "1rem" }}>
          <table>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("date")}</th>
                <th scope="col">{t("meeting")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("formatPlace")}</th>
                <th scope="col" className="num">
                  {t("pledgesMade")}
                </th>
                <th scope="col" className="num">
                  {t("updatesReported")}
                </th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td>{formatDay(m.date, locale)}</td>
                  <td>
                    <Link href={`/meetings/${m.id}`}>
                      <Local value={localTitle(locale, m)} />
                    </Link>
                    <div className="muted small">
                      <Local value={localName(locale, m.dialogue)} />
                    </div>
                  </td>
                  <td>{ts(`kind.${m.kind}`)}</td>
                  <td>
                    {m.place
                      ? t.rich("withPlace", {
                          format: ts(`format.${m.format}`),
                          place: m.place,
                          // Places are recorded in English.
                          en: (chunks) => <span lang="en">{chunks}</span>,
                        })
                      : ts(`format.${m.format}`)}
                  </td>
                  <td className="num">{m.pledgesMade.toLocaleString(locale)}</td>
                  <td className="num">{m.updatesReported.toLocaleString(locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <OurTitlesNote shown={meetings.some((m) => localTitle(locale, m).japanese)} />
        </div>
      )}
    </>
  );
}
